import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../schema.js';
import { fileURLToPath } from 'node:url';
import { compileCorpusFolder } from '../source/folder.js';
import { fixtureCorpus } from '../test-support/fixture.js';
import { bundledCorpus } from '../test-support/bundled.js';
import { corpusFromTables, TABLES, type Cell } from './tables.js';
import { corpusJsonSchema, csvOf, dataPackage, writeExports } from './write.js';

/** Reads a CSV as the data package declares it: empty cells are missing, numbers are numbers. */
function readCsv(csv: string, table: (typeof TABLES)[number]): Record<string, Cell>[] {
  const types = new Map(table.fields.map((f) => [f.name, f.type]));
  return parse(csv, {
    bom: true,
    columns: true,
    cast: (value, context) => {
      if (value === '') return null;
      const type = types.get(String(context.column));
      if (type === 'boolean') return value === 'true';
      return type === 'integer' || type === 'number' ? Number(value) : value;
    },
  });
}

describe.each([
  ['the fixture corpus', fixtureCorpus],
  ['the bundled corpus', bundledCorpus],
])('exports of %s', (_name, load: () => Corpus) => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = load();
  });

  it('CSV tables read back equal to the JSON', () => {
    const tables = Object.fromEntries(TABLES.map((t) => [t.name, readCsv(csvOf(t, corpus), t)]));
    expect(corpusFromTables(tables, corpus)).toEqual(corpus);
  });

  it('corpus.json validates against the generated JSON Schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(corpusJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(corpus))), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });

  it('the data package declares every CSV column, in order', () => {
    const pkg = dataPackage(corpus) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    for (const resource of pkg.resources) {
      const table = TABLES.find((t) => `${t.name}.csv` === resource.path)!;
      const header = csvOf(table, corpus)
        .replace(/^\ufeff/, '')
        .split('\n')[0]!
        .split(',');
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
    }
  });
});

describe('the JSON Schema', () => {
  it('rejects a claim without an attribution', () => {
    const corpus = JSON.parse(JSON.stringify(fixtureCorpus()));
    delete corpus.claims[0].attribution;
    const validate = new Ajv2020({ strict: false }).compile(corpusJsonSchema());
    expect(validate(corpus)).toBe(false);
  });
});

interface Descriptor {
  name: string;
  created: string;
  licenses: { name?: string; path?: string; title: string }[];
  sources: { title: string; path: string }[];
  resources: {
    name: string;
    path: string;
    description: string;
    schema: {
      fields: { name: string; description: string; constraints?: { enum?: string[] } }[];
      primaryKey: string | string[];
      foreignKeys?: { fields: string; reference: { resource: string } }[];
    };
  }[];
}

/**
 * Reads every table of an exported data package with `datapackage`, the JavaScript
 * implementation of Frictionless: types, constraints, primary keys and foreign keys, row by row.
 * It reads no byte order mark, so the copy it checks has the mark (there for Excel) taken off.
 */
async function frictionlessProblems(exportDir: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'frictionless-'));
  try {
    for (const file of readdirSync(join(exportDir, 'datapackage'))) {
      const text = readFileSync(join(exportDir, 'datapackage', file), 'utf8');
      writeFileSync(join(dir, file), text.replace(/^\ufeff/, ''));
    }
    const pkg = await Package.load(join(dir, 'datapackage.json'), { strict: false });
    const problems = pkg.errors.map((e: Error) => `descriptor: ${e.message}`);
    for (const resource of pkg.resources) {
      try {
        await resource.read({ relations: true });
      } catch (error) {
        const { message, errors = [] } = error as { message: string; errors?: Error[] };
        problems.push(`${resource.name}: ${[message, ...errors.map((e) => e.message)].join('; ')}`);
      }
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the data package of a corpus someone else wrote (examples/)', () => {
  it('passes the same Frictionless validation', async () => {
    const example = compileCorpusFolder(
      fileURLToPath(new URL('../../../../examples/ashford-vale-flood', import.meta.url)),
    );
    expect(example.ok ? [] : example.issues).toEqual([]);
    const out = mkdtempSync(join(tmpdir(), 'export-example-'));
    try {
      writeExports((example as { corpus: Corpus }).corpus, out);
      expect(await frictionlessProblems(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the data package', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'export-'));
    writeExports(bundledCorpus(), out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const descriptor = () =>
    JSON.parse(readFileSync(join(out, 'datapackage', 'datapackage.json'), 'utf8')) as Descriptor;

  it('passes an independent Frictionless validation: every table, type, key and reference', async () => {
    expect(await frictionlessProblems(out)).toEqual([]);
  });

  it('fails that validation when a reference points at no record, so the check is real', async () => {
    const claims = join(out, 'datapackage', 'claims.csv');
    const good = readFileSync(claims, 'utf8');
    try {
      writeFileSync(claims, good.replace(',prison-population,', ',prison-capacity,'));
      expect((await frictionlessProblems(out)).join('\n')).toMatch(/^claims: .*foreign key/im);
    } finally {
      writeFileSync(claims, good);
    }
  });

  it('is valid under the published Data Package profile, created as an RFC 3339 datetime', () => {
    const require = createRequire(import.meta.url);
    // The profile declares draft-04, whose meta-schema Ajv 8 does not bundle; its keywords are the same.
    const {
      $schema: _draft,
      ...profile
    } = require('datapackage/lib/profiles/tabular-data-package.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(profile);
    expect(validate(descriptor()), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...descriptor(), created: '2026-11-30' })).toBe(false);
  });

  it('takes its name, title, licences and sources from the corpus', () => {
    const corpus = bundledCorpus();
    const pkg = descriptor();
    expect(pkg.name).toBe(corpus.id);
    expect(pkg.licenses.map((l) => l.name)).toEqual(corpus.licenses.map((l) => l.name));
    expect(pkg.sources.map((s) => s.path)).toEqual(
      corpus.documents.flatMap((d) => (d.copy.url ? [d.copy.url] : [])),
    );
    expect(JSON.stringify(dataPackage(fixtureCorpus()))).not.toMatch(
      /five|al-Sina|attribution-lab-corpus/i,
    );
  });

  it('lists the allowed values of every closed vocabulary', () => {
    const field = (resource: string, name: string) =>
      descriptor()
        .resources.find((r) => r.name === resource)!
        .schema.fields.find((f) => f.name === name)!;
    expect(field('claims', 'qualifier').constraints?.enum).toContain('at least');
    expect(field('topics', 'overTime').constraints?.enum).toEqual([
      'running-count',
      'estimate',
      'date',
      'duration',
    ]);
    expect(field('documents', 'copy_kind').constraints?.enum).toContain('aggregator');
    expect(field('claims', 'dateSpan_precision').constraints?.enum).toEqual([
      'day',
      'month',
      'year',
    ]);
  });

  it('gives every table a primary key and every reference a foreign key of its own', () => {
    const pkg = descriptor();
    for (const r of pkg.resources) expect(r.schema.primaryKey, r.name).toBeDefined();
    const keys = pkg.resources.flatMap((r) =>
      (r.schema.foreignKeys ?? []).map((k) => `${r.name}.${k.fields}→${k.reference.resource}`),
    );
    expect(keys).toContain('statements.addressedToId→actors');
    expect(keys).toContain('claim-intermediaries.actorId→actors');
    expect(keys).toContain('outlets.actorId→actors');
  });

  it('describes every table and column from the schema', () => {
    for (const r of descriptor().resources) {
      expect(r.description, r.name).toMatch(/\w/);
      for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).toMatch(/\w/);
    }
  });

  it('writes CSVs that Excel opens as UTF-8: a byte order mark, then the header', () => {
    const csv = readFileSync(join(out, 'datapackage', 'documents.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toMatch(/^id,sourceFile,/);
  });

  it('gives a year-only date its whole year and says it is a year', () => {
    const rows = readCsv(
      readFileSync(join(out, 'datapackage', 'claims.csv'), 'utf8'),
      TABLES.find((t) => t.name === 'claims')!,
    );
    expect(rows.find((r) => r.id === 'c002-abu-ghraib-attack-date')).toMatchObject({
      value_date: '2013',
      dateSpan_start: '2013-01-01',
      dateSpan_end: '2013-12-31',
      dateSpan_precision: 'year',
    });
  });
});

describe('writeExports', () => {
  it('writes corpus.json, its schema and one CSV per table', () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      const written = writeExports(fixtureCorpus(), out).map((p) => p.slice(out.length + 1));
      expect(written).toEqual([
        'corpus.json',
        'corpus.schema.json',
        'datapackage/datapackage.json',
        ...TABLES.map((t) => `datapackage/${t.name}.csv`),
        'authored/corpus.yaml.schema.json',
        'authored/outlets.yaml.schema.json',
        'authored/actors.yaml.schema.json',
        'authored/topics.yaml.schema.json',
        'authored/document.yaml.schema.json',
      ]);
      expect(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'))).toEqual(fixtureCorpus());
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('leaves the previous export untouched when it cannot write', () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      writeExports(fixtureCorpus(), out);
      const before = readFileSync(join(out, 'corpus.json'), 'utf8');
      // A file where the datapackage folder should be makes the staged write fail part-way.
      rmSync(join(out, 'datapackage'), { recursive: true });
      writeFileSync(join(out, 'datapackage'), 'in the way');
      const changed = { ...fixtureCorpus(), title: 'Changed' };
      expect(() => writeExports(changed, out)).toThrow();
      expect(readFileSync(join(out, 'corpus.json'), 'utf8')).toBe(before);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
