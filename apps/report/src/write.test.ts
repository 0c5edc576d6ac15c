import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTarget, OutputError, writeFileAtomic, writeFilesAtomic } from './write.js';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-write-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('writeFileAtomic', () => {
  it('creates missing folders and replaces an existing file whole', () => {
    const dir = folder();
    const path = join(dir, 'out', 'briefing.pdf');
    writeFileAtomic(path, Buffer.from('first'));
    writeFileAtomic(path, Buffer.from('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'out'))).toEqual(['briefing.pdf']);
  });

  it('fails with the path and a reason when a part of the path is a file, leaving nothing behind', () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), 'not a folder');
    expect(() => writeFileAtomic(join(dir, 'file', 'briefing.pdf'), Buffer.from('x'))).toThrow(
      OutputError,
    );
    expect(() => writeFileAtomic(join(dir, 'file', 'briefing.pdf'), Buffer.from('x'))).toThrow(
      /file, not a folder/,
    );
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('keeps the previous file when the target is a folder it cannot replace', () => {
    const dir = folder();
    const target = join(dir, 'briefing.pdf');
    writeFileAtomic(join(target, 'inside.pdf'), Buffer.from('good'));
    expect(() => writeFileAtomic(target, Buffer.from('new'))).toThrow(/folder/);
    expect(readFileSync(join(target, 'inside.pdf'), 'utf8')).toBe('good');
    expect(readdirSync(dir)).toEqual(['briefing.pdf']);
    expect(existsSync(join(dir, `.briefing.pdf.${process.pid}.tmp`))).toBe(false);
  });
});

describe('what a target may be', () => {
  it('refuses a device such as /dev/null, without touching it', () => {
    expect(() => checkTarget('/dev/null')).toThrow(
      'cannot write /dev/null: it is a device, not a file',
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a named pipe and leaves it a pipe', () => {
    const fifo = join(folder(), 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    expect(() => writeFileAtomic(fifo, Buffer.from('x'))).toThrow(
      /named pipe \(FIFO\), not a file/,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes through a symbolic link to the file it points at, and keeps the link', () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.pdf'), 'old');
    symlinkSync('real.pdf', join(dir, 'link.pdf'));
    writeFileAtomic(join(dir, 'link.pdf'), Buffer.from('new'));
    expect(lstatSync(join(dir, 'link.pdf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.pdf'), 'utf8')).toBe('new');
  });

  it('creates the file a dangling link points at', () => {
    const dir = folder();
    symlinkSync('made.pdf', join(dir, 'link.pdf'));
    writeFileAtomic(join(dir, 'link.pdf'), Buffer.from('new'));
    expect(readFileSync(join(dir, 'made.pdf'), 'utf8')).toBe('new');
  });

  it('keeps an existing file’s permissions', () => {
    const path = join(folder(), 'private.pdf');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    writeFileAtomic(path, Buffer.from('new'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });
});

describe('writeFilesAtomic', () => {
  it('replaces no file when one of them cannot be written', () => {
    const dir = folder();
    const briefing = join(dir, 'briefing.pdf');
    writeFileSync(briefing, 'previous');
    writeFileSync(join(dir, 'blocked'), 'a file where a folder should be');
    expect(() =>
      writeFilesAtomic([
        { path: briefing, bytes: Buffer.from('new briefing') },
        { path: join(dir, 'blocked', 'worksheet.pdf'), bytes: Buffer.from('new worksheet') },
      ]),
    ).toThrow(/blocked\/worksheet\.pdf: a part of the path is a file/);
    expect(readFileSync(briefing, 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'briefing.pdf']);
  });

  it('replaces every file when all can be written', () => {
    const dir = folder();
    writeFilesAtomic([
      { path: join(dir, 'a.pdf'), bytes: Buffer.from('a') },
      { path: join(dir, 'b.pdf'), bytes: Buffer.from('b') },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });
});
