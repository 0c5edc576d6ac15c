import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFolder } from '@attribution-lab/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { fixtureCorpus } from './test-support/fixture.js';

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.url));
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

/** The command in this process: what it prints and the exit code it returns. */
function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

const temps: string[] = [];
const temp = (dir: string) => (temps.push(dir), dir);
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('attribution-corpus validate', () => {
  it('accepts a valid corpus folder and exits 0', () => {
    const result = run('validate', temp(fixtureFolder()));
    expect(result).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('valid (1 document, 3 claims'),
    });
  });

  it('accepts a valid corpus.json', () => {
    const file = join(temp(mkdtempSync(join(tmpdir(), 'cli-'))), 'corpus.json');
    writeFileSync(file, JSON.stringify(fixtureCorpus()));
    expect(run('validate', file).status).toBe(0);
  });

  it('lists each problem with its file, record and field, and exits 1', () => {
    const dir = temp(fixtureFolder());
    const doc = join(dir, 'documents', 'doc-one.yaml');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('topicId: escaped', 'topicId: fled'));
    const result = run('validate', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'documents/doc-one.yaml › claims[c-escaped] › topicId: "fled" is not the id of any record in topics [references-resolve]',
    );
  });

  it('says where a corpus.json is not JSON, and exits 1', () => {
    const file = join(temp(mkdtempSync(join(tmpdir(), 'cli-'))), 'corpus.json');
    writeFileSync(file, '{ "documents": [');
    const result = run('validate', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/corpus\.json: not valid JSON/);
  });

  it('exits 2 with the usage when the corpus is not there', () => {
    const result = run('validate', '/no/such/corpus');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^attribution-corpus: \/no\/such\/corpus: no such file or folder/,
    );
  });

  it('says nothing was written only when exporting', () => {
    const file = join(temp(mkdtempSync(join(tmpdir(), 'cli-'))), 'corpus.json');
    writeFileSync(file, '{}');
    expect(run('validate', file).stderr).not.toContain('nothing was written');
    expect(run('export', file, '--out', join(file, '..', 'out')).stderr).toContain(
      'nothing was written',
    );
  });

  it('exits 2 with the usage on an unknown command', () => {
    const result = run('check');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});

describe('attribution-corpus export', () => {
  it('writes the exports of a valid corpus', () => {
    const out = temp(mkdtempSync(join(tmpdir(), 'cli-out-')));
    const result = run('export', temp(fixtureFolder()), '--out', out);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'datapackage', 'claims.csv'))).toBe(true);
  });

  it('writes nothing for an invalid corpus and keeps the previous export', () => {
    const out = temp(mkdtempSync(join(tmpdir(), 'cli-out-')));
    const dir = temp(fixtureFolder());
    expect(run('export', dir, '--out', out).status).toBe(0);
    const before = readFileSync(join(out, 'corpus.json'), 'utf8');
    writeFileSync(join(dir, 'texts', 'doc-one.txt'), 'A different text with 7 numerals.');
    const result = run('export', dir, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(join(out, 'corpus.json'), 'utf8')).toBe(before);
  });

  it('needs --out', () => {
    expect(run('export').status).toBe(2);
  });
});

describe('attribution-corpus as a process', () => {
  // Starting Node with tsx takes about 0.3 s alone and several seconds while every workspace
  // tests at once on two cores: this is the one test that pays for a process.
  it('prints the problems on stderr and exits 1 for an invalid corpus', { timeout: 60_000 }, () => {
    const file = join(temp(mkdtempSync(join(tmpdir(), 'cli-'))), 'corpus.json');
    writeFileSync(file, JSON.stringify({ ...fixtureCorpus(), version: 'one' }));
    const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'validate', file], {
      cwd: PACKAGE,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('version: "one" is not a semantic version [schema]');
  });
});
