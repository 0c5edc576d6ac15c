/**
 * Writing a finished PDF so that a reader of the target path sees either the previous file or the
 * complete new one: the bytes go to a temporary file in the same folder (same file system, so the
 * rename is atomic) and only a complete file is moved into place.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputError extends Error {
  constructor(
    readonly path: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${path}: ${describe(cause)}`, { cause });
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
    default:
      return error.code ? `${error.code}: ${error.message}` : error.message;
  }
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, bytes, { flush: true });
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw new OutputError(path, error as NodeJS.ErrnoException);
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The temporary file was never created (its folder is missing or not a folder).
  }
}
