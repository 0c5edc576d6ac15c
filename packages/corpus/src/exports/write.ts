/**
 * Writing the published files. Everything is written to a fresh temporary folder first and moved
 * into place only when all of it has been written, so a failure never leaves a half-written export
 * or replaces a good one.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { Corpus } from '../schema.js';
import { TABLES } from './tables.js';

export const EXPORT_FILES = {
  json: 'corpus.json',
  schema: 'corpus.schema.json',
  dataPackage: 'datapackage/datapackage.json',
} as const;

/** The JSON Schema of corpus.json, generated from the zod schema. */
export function corpusJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Corpus, { target: 'draft-2020-12' }),
    $id: 'https://attribution-lab.org/schema/corpus.schema.json',
    title: 'Attribution Lab corpus',
    description:
      'Documents, the figures in them anchored to exact characters, and who the texts attribute them to. Cross-record rules (offsets, references, coverage) are checked by parseCorpus, not by this schema.',
  };
}

export function csvOf(table: (typeof TABLES)[number], corpus: Corpus): string {
  const columns = table.fields.map((f) => f.name);
  const rows = table.rows(corpus).map((row) => columns.map((c) => row[c] ?? ''));
  return stringify([columns, ...rows], { record_delimiter: 'unix' });
}

/** A Frictionless Data Package descriptor: one CSV resource per table, keys declared. */
export function dataPackage(corpus: Corpus): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'attribution-lab-corpus',
    title: corpus.title,
    version: corpus.version,
    created: corpus.released,
    description: corpus.event.description,
    licenses: [
      {
        name: 'other-at',
        title:
          'Annotations MIT; source texts reproduced for education and research, rights stay with their publishers',
      },
    ],
    resources: TABLES.map((t) => ({
      name: t.name.replace(/_/g, '-'),
      path: `${t.name}.csv`,
      profile: 'tabular-data-resource',
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      schema: {
        fields: t.fields.map((f) => ({
          name: f.name,
          type: f.type,
          description: f.description,
          ...(f.optional ? {} : { constraints: { required: true } }),
        })),
        missingValues: [''],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys?.length
          ? {
              foreignKeys: t.foreignKeys.map((k) => ({
                fields: k.fields,
                reference: {
                  resource: k.reference.resource.replace(/_/g, '-'),
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
