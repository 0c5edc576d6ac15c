/**
 * Writing finished PDFs so that a reader of a target path sees either the previous file or the
 * complete new one. Every target is checked first: a new path or a regular file is written, a
 * symbolic link is written through to the file it points at, and anything else (a device such as
 * /dev/null, a FIFO, a folder) is refused, because replacing it with a regular file would break
 * whatever relies on it. The bytes go to a temporary file beside the target (same file system, so
 * the rename is atomic) with the existing file's permissions and owner; when several files are
 * written together, either all of them replace their targets or none does.
 */
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export class OutputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
    cause?: unknown,
  ) {
    super(`cannot write ${path}: ${reason}`, { cause });
    this.name = 'OutputError';
  }
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder; give a file name such as briefing.pdf';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied; choose a folder you can write to';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ELOOP':
      return 'it is a symbolic link that points back at itself';
    default:
      return error.code ? `${error.code}: ${error.message}` : error.message;
  }
}

const KINDS: [(s: Stats) => boolean, string][] = [
  [(s) => s.isDirectory(), 'it is a folder; give a file name such as briefing.pdf'],
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), 'it is a device, not a file'],
  [(s) => s.isFIFO(), 'it is a named pipe (FIFO), not a file'],
  [(s) => s.isSocket(), 'it is a socket, not a file'],
];

/** Where the bytes for `path` must go: the path itself, or the file its symbolic link names. */
export interface Target {
  /** The path as the user gave it, for messages. */
  asked: string;
  /** The file to replace (a symbolic link resolved to what it points at). */
  file: string;
  /** The existing file's mode and owner, kept on the new one; null for a new path. */
  existing: { mode: number; uid: number; gid: number } | null;
}

/** The file a path names: itself, or for a symbolic link the file it points at (made if need be). */
function fileNamedBy(path: string): string {
  const file = resolve(path);
  if (!lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) return file;
  try {
    return realpathSync(file);
  } catch (error) {
    // A link to a file that does not exist yet: the new file goes where the link points.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return resolve(dirname(file), readlinkSync(file, 'utf8'));
  }
}

/** Checks a target before anything is written: a new path or a regular file, through links. */
export function checkTarget(path: string): Target {
  let file: string;
  let stats: Stats | undefined;
  try {
    file = fileNamedBy(path);
    stats = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw new OutputError(path, describe(error as NodeJS.ErrnoException), error);
  }
  if (!stats) return { asked: path, file, existing: null };
  const refusal = KINDS.find(([is]) => is(stats));
  if (refusal) throw new OutputError(path, refusal[1]);
  return {
    asked: path,
    file,
    existing: { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid },
  };
}

const temporaryFor = (file: string, suffix: string) =>
  join(dirname(file), `.${basename(file)}.${process.pid}.${suffix}`);

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The file was never created (its folder is missing or not a folder).
  }
}

interface Staged {
  target: Target;
  temporary: string;
  backup: string | null;
}

/** Writes the bytes beside the target with the target's mode and owner, not yet in its place. */
function stage(target: Target, bytes: Uint8Array): Staged {
  const temporary = temporaryFor(target.file, 'tmp');
  try {
    mkdirSync(dirname(target.file), { recursive: true });
    writeFileSync(temporary, bytes, { flush: true });
    if (target.existing) {
      chmodSync(temporary, target.existing.mode);
      if (process.getuid?.() === 0) chownSync(temporary, target.existing.uid, target.existing.gid);
    }
    return { target, temporary, backup: null };
  } catch (error) {
    removeQuietly(temporary);
    throw new OutputError(target.asked, describe(error as NodeJS.ErrnoException), error);
  }
}

/**
 * Writes every file or none: each target is checked and each file staged before any target is
 * replaced, and if a replacement fails, the files already replaced are put back as they were.
 */
export function writeFilesAtomic(files: readonly { path: string; bytes: Uint8Array }[]): void {
  const targets = files.map((f) => checkTarget(f.path));
  const staged: Staged[] = [];
  try {
    files.forEach((f, i) => staged.push(stage(targets[i]!, f.bytes)));
  } catch (error) {
    staged.forEach((s) => removeQuietly(s.temporary));
    throw error;
  }
  const replaced: Staged[] = [];
  try {
    for (const s of staged) {
      if (s.target.existing) {
        s.backup = temporaryFor(s.target.file, 'previous');
        linkSync(s.target.file, s.backup);
      }
      renameSync(s.temporary, s.target.file);
      replaced.push(s);
    }
  } catch (error) {
    for (const s of replaced.reverse())
      if (s.backup) renameSync(s.backup, s.target.file);
      else removeQuietly(s.target.file);
    staged.forEach((s) => {
      removeQuietly(s.temporary);
      if (s.backup && !replaced.includes(s)) removeQuietly(s.backup);
    });
    const failed = staged[replaced.length] ?? staged[0]!;
    throw new OutputError(failed.target.asked, describe(error as NodeJS.ErrnoException), error);
  }
  staged.forEach((s) => s.backup && removeQuietly(s.backup));
}

/** Writes one file, atomically, with the checks above. */
export const writeFileAtomic = (path: string, bytes: Uint8Array): void =>
  writeFilesAtomic([{ path, bytes }]);
