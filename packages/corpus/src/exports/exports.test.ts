import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../schema.js';
import { fixtureCorpus } from '../test-support/fixture.js';
import { bundledCorpus } from '../test-support/bundled.js';
import { corpusFromTables, TABLES, type Cell } from './tables.js';
import { corpusJsonSchema, csvOf, dataPackage, writeExports } from './write.js';

/** Reads a CSV as the data package declares it: empty cells are missing, numbers are numbers. */
function readCsv(csv: string, table: (typeof TABLES)[number]): Record<string, Cell>[] {
  const types = new Map(table.fields.map((f) => [f.name, f.type]));
  return parse(csv, {
    columns: true,
    cast: (value, context) => {
      if (value === '') return null;
      const type = types.get(String(context.column));
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
      const header = csvOf(table, corpus).split('\n')[0]!.split(',');
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

describe('the data package', () => {
  it('declares foreign keys that point at declared resources and fields', () => {
    const pkg = dataPackage(fixtureCorpus()) as {
      resources: {
        name: string;
        schema: {
          fields: { name: string }[];
          foreignKeys?: { fields: string; reference: { resource: string } }[];
        };
      }[];
    };
    const names = new Set(pkg.resources.map((r) => r.name));
    const keys = pkg.resources.flatMap((r) => (r.schema.foreignKeys ?? []).map((k) => ({ r, k })));
    expect(keys.length).toBeGreaterThan(5);
    for (const { r, k } of keys) {
      expect(names).toContain(k.reference.resource);
      expect(r.schema.fields.map((f) => f.name)).toContain(k.fields);
    }
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
