/**
 * The package as an outside developer gets it: packed into a tarball, installed with npm into a
 * fresh project, then used by its README: the command, the data, the types. npm fetches the
 * package's three dependencies from the registry, so this test needs the network CI has.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpus } from './test-support/fixture.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

let scratch: string;
let tarball: string;

const run = (command: string, args: string[], cwd = scratch) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const bin = (...args: string[]) =>
  run(join(scratch, 'node_modules', '.bin', 'attribution-corpus'), args);
const tarFiles = () => execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');

// Packing, then installing with npm, takes several seconds and more on a busy machine.
describe('the packed package, installed with npm in a fresh project', { timeout: 180_000 }, () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'corpus-consumer-'));
    execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: PACKAGE, stdio: 'pipe' });
    tarball = join(
      scratch,
      readdirSync(scratch).find((f) => f.endsWith('.tgz'))!,
    );
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'consumer', type: 'module' }),
    );
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
    if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
  }, 180_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('names its dependencies by version, with no workspace or catalog specifier', () => {
    const manifest = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
      encoding: 'utf8',
    });
    expect(manifest).not.toMatch(/"(workspace|catalog):/);
  });

  it('ships the compiled code, its types, the data and the docs, and no source maps', () => {
    const files = tarFiles();
    for (const file of [
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/bin/attribution-corpus.js',
      'package/dist/bin.js',
      'package/dist/corpus.json',
      'package/dist/datapackage/datapackage.json',
      'package/dist/authored/document.yaml.schema.json',
      'package/data/corpus.yaml',
      'package/README.md',
      'package/NOTICE.md',
    ])
      expect(files).toContain(file);
    expect(files.filter((f) => /\.map$|\/src\/|\.test\./.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('corpus.json'))).toEqual(['package/dist/corpus.json']);
  });

  it('runs its command: a valid corpus passes with exit code 0', () => {
    const result = bin('validate');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/: valid \(5 documents, \d+ claims/);
  });

  it('runs its command: an invalid corpus fails with exit code 1 and says where', () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...fixtureCorpus(), version: 'one' }));
    const result = bin('validate', broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('version: "one" is not a semantic version [schema]');
  });

  it('gives the data to a plain Node program, frozen, and its JSON as the README imports it', () => {
    const program = `
      import { corpus, figuresSideBySide } from '@attribution-lab/corpus';
      import corpusJson from '@attribution-lab/corpus/corpus.json' with { type: 'json' };
      const rows = figuresSideBySide(corpus, 'prison-population');
      let frozen = false;
      try { corpus.claims[0].value = 3; } catch { frozen = true; }
      const same = corpusJson.claims.length === corpus.claims.length;
      console.log(JSON.stringify({ documents: corpus.documents.length, rows: rows.length, frozen, same }));`;
    const result = run(process.execPath, ['--input-type=module', '-e', program]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      documents: 5,
      rows: expect.any(Number),
      frozen: true,
      same: true,
    });
  });

  it('types the data read-only: changing a figure does not compile', () => {
    writeFileSync(
      join(scratch, 'use.ts'),
      `import { corpus, parseCorpus, type Claim } from '@attribution-lab/corpus';
const first: Claim = corpus.claims[0]!;
const checked = parseCorpus(JSON.parse('{}'));
console.log(first.value, checked.version);
// @ts-expect-error the corpus is read-only
corpus.claims[0]!.value = 3;
`,
    );
    const result = run(process.execPath, [
      TSC,
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--types',
      'node',
      '--typeRoots',
      join(PACKAGE, 'node_modules', '@types'),
      'use.ts',
    ]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes the exports of a corpus into a folder the developer names', () => {
    const result = bin('export', '--out', 'exports');
    expect(result.status).toBe(0);
    expect(
      readFileSync(join(scratch, 'exports', 'datapackage', 'claims.csv'), 'utf8').slice(0, 4),
    ).toBe('\ufeffid,');
  });
});
