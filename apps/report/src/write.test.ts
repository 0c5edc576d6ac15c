import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError, writeFileAtomic } from './write.js';

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
