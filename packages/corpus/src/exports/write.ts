/**
 * Writing the published files. Everything is written to a fresh temporary folder first and moved
 * into place only when all of it has been written, so a failure never leaves a half-written export
 * or replaces a good one.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { Corpus as CorpusSchema, type Corpus } from '../schema.js';
import { authoredJsonSchemas } from '../source/format.js';
import { TABLES, type TableSpec } from './tables.js';

export const EXPORT_FILES = {
  json: 'corpus.json',
  schema: 'corpus.schema.json',
  dataPackage: 'datapackage/datapackage.json',
} as const;

/** The authored files' schemas, named after the file each describes. */
const authoredSchemaFile = (file: string) =>
  `authored/${file === 'documents/*.yaml' ? 'document.yaml' : file}.schema.json`;

/** The JSON Schema of corpus.json, generated from the zod schema. */
export function corpusJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CorpusSchema, { target: 'draft-2020-12' }),
    $id: 'https://attribution-lab.org/schema/corpus.schema.json',
    title: 'Attribution Lab corpus',
    description:
      'Documents, the figures in them anchored to exact characters, and who the texts attribute them to. Cross-record rules (offsets, references, coverage) are checked by parseCorpus, not by this schema.',
  };
}

// Excel on Windows reads a CSV without a byte order mark in the local code page, which garbles
// curly quotes, accents and Arabic; every CSV reader the data package names skips the mark.
const BOM = '\ufeff';

export function csvOf(table: TableSpec, corpus: Corpus): string {
  const columns = table.fields.map((f) => f.name);
  const rows = table.rows(corpus).map((row) => columns.map((c) => row[c] ?? ''));
  return (
    BOM +
    stringify([columns, ...rows], {
      record_delimiter: 'unix',
      // csv-stringify writes false as an empty cell, which would read back as missing.
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    })
  );
}

const resourceName = (table: TableSpec) => table.name.replace(/_/g, '-');

/** The day the corpus was released, as the RFC 3339 datetime a data package's `created` must be. */
const createdAt = (released: string) => `${released.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`;

/** A Frictionless Data Package descriptor: one CSV resource per table, keys declared. */
export function dataPackage(corpus: Corpus): Record<string, unknown> {
  const sources = corpus.documents
    .filter((d) => d.copy.url)
    .map((d) => ({ title: d.title, path: d.copy.url! }));
  return {
    profile: 'tabular-data-package',
    name: corpus.id,
    title: corpus.title,
    description: corpus.description,
    version: corpus.version,
    created: createdAt(corpus.released),
    licenses: corpus.licenses.map(({ name, path, title }) => ({
      ...(name ? { name } : {}),
      ...(path ? { path } : {}),
      title,
    })),
    // The profile wants at least one source when the list is there at all.
    ...(sources.length ? { sources } : {}),
    keywords: ['source attribution', 'media literacy', corpus.event.name],
    resources: TABLES.map((t) => ({
      name: resourceName(t),
      path: `${t.name}.csv`,
      profile: 'tabular-data-resource',
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      schema: {
        fields: t.fields.map((f) => {
          const constraints = {
            ...(f.optional ? {} : { required: true }),
            ...(f.enum ? { enum: f.enum } : {}),
            ...(f.pattern ? { pattern: f.pattern } : {}),
          };
          return {
            name: f.name,
            type: f.type,
            description: f.description,
            ...(Object.keys(constraints).length ? { constraints } : {}),
          };
        }),
        missingValues: [''],
        primaryKey: t.primaryKey,
        ...(t.foreignKeys?.length
          ? {
              foreignKeys: t.foreignKeys.map((k) => ({
                fields: k.fields,
                reference: {
                  resource: resourceName(TABLES.find((r) => r.name === k.reference.resource)!),
                  fields: k.reference.fields,
                },
              })),
            }
          : {}),
      },
    })),
  };
}

/** Every published file, by path relative to the export folder. */
function exportFiles(corpus: Corpus): Map<string, string> {
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  const files = new Map<string, string>([
    [EXPORT_FILES.json, json(corpus)],
    [EXPORT_FILES.schema, json(corpusJsonSchema())],
    [EXPORT_FILES.dataPackage, json(dataPackage(corpus))],
  ]);
  for (const t of TABLES) files.set(`datapackage/${t.name}.csv`, csvOf(t, corpus));
  for (const [file, schema] of Object.entries(authoredJsonSchemas()))
    files.set(authoredSchemaFile(file), json(schema));
  return files;
}

/** Writes the exports under `outDir`, all or nothing; returns the paths written. */
export function writeExports(corpus: Corpus, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(join(outDir, '.export-'));
  try {
    const files = exportFiles(corpus);
    for (const [path, content] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), content);
    }
    // Make every destination folder before replacing any file, so the likely failures (a path
    // in the way, no permission) happen while the previous export is still whole.
    for (const path of files.keys()) mkdirSync(dirname(join(outDir, path)), { recursive: true });
    return [...files.keys()].map((path) => {
      renameSync(join(staging, path), join(outDir, path));
      return join(outDir, path);
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
