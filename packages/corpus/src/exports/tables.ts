/**
 * The corpus as flat tables, for CSV and the Frictionless Data Package: one table per record type,
 * nested fields flattened with underscores, lists moved to link tables so every cell holds one value.
 * Column descriptions and allowed values come from the schema (schema.ts), by the column's path.
 * `corpusFromTables` is the exact inverse, which is what lets the tests prove the CSVs lose nothing.
 */
import type { z } from 'zod';
import { precisionOf } from '../dates.js';
import type { Collection } from '../integrity.js';
import { RECORD_SCHEMAS } from '../parse.js';
import { describedField, enumValues, fieldSchema } from '../schema-docs.js';
import { Corpus as CorpusSchema, type Claim, type Corpus, type CorpusData } from '../schema.js';

export type Cell = string | number | boolean | null;
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

type Row = Record<string, Cell>;
type Data = Record<string, unknown>;

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** Whether an empty cell is allowed (a null or absent value). */
  optional: boolean;
  /** The values a closed vocabulary allows. */
  enum?: readonly string[];
  /** A regular expression every value matches. */
  pattern?: string;
  /** The cell of a record. */
  read: (record: Data) => Cell;
  /** Writes the cell back into a record being rebuilt; absent for a column derived from others. */
  write?: (record: Data, cell: Cell) => void;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface TableSpec {
  name: string;
  title: string;
  description: string;
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
  fields: Field[];
  rows: (corpus: Corpus) => Row[];
}

function get(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v == null ? v : (v as Data)[key]), record);
}

function set(record: Data, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Data;
  target[keys.at(-1)!] = value;
}

/** The data package type of a column, read from what its schema accepts. */
function typeOf(field: z.ZodType): FieldType {
  if (field.safeParse(true).success) return 'boolean';
  if (field.safeParse(1.5).success) return 'number';
  return field.safeParse(1).success ? 'integer' : 'string';
}

interface ColumnOptions {
  type?: FieldType;
  description?: string;
  list?: boolean;
}

/** A column holding the field at `path` of a record described by `schema`. */
function column(schema: z.ZodType, path: string, options: ColumnOptions = {}): Field {
  const field = fieldSchema(schema, path);
  const optional = field.safeParse(null).success || field.safeParse(undefined).success;
  const values = options.list ? undefined : enumValues(field);
  return {
    name: path.replace(/\./g, '_'),
    type: options.type ?? typeOf(field),
    description: options.description ?? describedField(schema, path),
    optional,
    ...(values ? { enum: values } : {}),
    read: (record) => {
      const v = get(record, path);
      if (options.list) return v == null ? null : (v as string[]).join(';');
      return (v ?? null) as Cell;
    },
    write: (record, cell) =>
      set(record, path, options.list && cell !== null ? String(cell).split(';') : cell),
  };
}

const columns = (schema: z.ZodType, paths: string[]) => paths.map((p) => column(schema, p));

/** A date column's precision, derived for spreadsheets that would read "2013" as 1 January. */
const precisionColumn = (path: string, what: string, optional = false): Field => ({
  name: `${path.replace(/\./g, '_')}_precision`,
  type: 'string',
  description: `How precisely ${what} is given: day, month or year (derived from the date)`,
  optional,
  enum: ['day', 'month', 'year'],
  read: (record) => {
    const date = get(record, path);
    return typeof date === 'string' ? precisionOf(date) : null;
  },
});

const fk = (fields: string, resource: string): ForeignKey => ({
  fields,
  reference: { resource, fields: 'id' },
});

const spanColumns = (schema: z.ZodType, prefix: string) =>
  columns(schema, [`${prefix}.exact`, `${prefix}.start`, `${prefix}.end`]);

const datedColumns = (schema: z.ZodType, prefix: string, what: string, optional = false) => [
  ...columns(schema, [`${prefix}.date`, `${prefix}.basis`, `${prefix}.evidence`]).map((f) => ({
    ...f,
    optional: optional || f.optional,
  })),
  precisionColumn(`${prefix}.date`, what, optional),
];

const record = (collection: Collection) => RECORD_SCHEMAS[collection] as z.ZodType;

/** A table whose rows are one collection's records, described as the schema describes it. */
function recordTable(
  collection: Collection,
  spec: Pick<TableSpec, 'title' | 'fields' | 'foreignKeys'> & { name?: string },
): TableSpec {
  return {
    name: spec.name ?? collection,
    primaryKey: 'id',
    description: describedField(CorpusSchema, collection),
    ...spec,
    rows: (corpus) => (corpus[collection] as readonly Data[]).map((r) => rowOf(spec.fields, r)),
  };
}

const rowOf = (fields: readonly Field[], r: Data): Row =>
  Object.fromEntries(fields.map((f) => [f.name, f.read(r)]));

const isRange = (v: unknown): v is { low: number; high: number } =>
  typeof v === 'object' && v !== null;

const claim = record('claims');
const claimValueDescription = describedField(claim, 'value');

/** The value of a claim in the column that fits its kind, so each column keeps one type. */
const valueColumns: Field[] = [
  {
    name: 'value_number',
    type: 'number',
    description: `The value when it is one number (counts, durations, ordinals). ${claimValueDescription}`,
    optional: true,
    read: (r) => (typeof r.value === 'number' ? r.value : null),
    write: (r, cell) => {
      if (cell !== null) r.value = cell;
    },
  },
  {
    name: 'value_low',
    type: 'number',
    description: 'The lower end, when the value is a range ("between 70 and 80")',
    optional: true,
    read: (r) => (isRange(r.value) ? r.value.low : null),
    write: (r, cell) => {
      if (cell !== null) r.value = { ...(isRange(r.value) ? r.value : {}), low: cell };
    },
  },
  {
    name: 'value_high',
    type: 'number',
    description: 'The upper end, when the value is a range',
    optional: true,
    read: (r) => (isRange(r.value) ? r.value.high : null),
    write: (r, cell) => {
      if (cell !== null) r.value = { ...(isRange(r.value) ? r.value : {}), high: cell };
    },
  },
  {
    name: 'value_date',
    type: 'string',
    description:
      'The value when it is a date, as the text gives it: an ISO date at its precision (2013, 2022-01, 2022-01-20) or an interval (2013/2014); see dateSpan_* for the days it covers',
    optional: true,
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$',
    read: (r) => (typeof r.value === 'string' ? r.value : null),
    write: (r, cell) => {
      if (cell !== null) r.value = cell;
      else r.value ??= null;
    },
  },
  ...columns(claim, ['dateSpan.start', 'dateSpan.end']).map((f) => ({
    ...f,
    type: 'date' as const,
    optional: true,
  })),
  { ...column(claim, 'dateSpan.precision'), optional: true },
];

const doc = record('documents');
const statement = record('statements');
const flag = record('flags');
const nonClaim = record('nonClaims');

/** The tables, in the order the data package lists them. */
export const TABLES: readonly TableSpec[] = [
  recordTable('documents', {
    title: 'Documents',
    foreignKeys: [fk('outlet_outletId', 'outlets')],
    fields: [
      ...columns(doc, ['id', 'sourceFile', 'title', 'text', 'sha256']),
      ...columns(doc, ['outlet.outletId', 'outlet.basis', 'outlet.evidence', 'outlet.description']),
      ...datedColumns(doc, 'published', 'the publication date'),
      ...datedColumns(doc, 'contentAsOf', 'the content date', true),
      ...columns(doc, [
        'language',
        'originalLanguage.language',
        'originalLanguage.basis',
        'originalLanguage.evidence',
        'translation',
        'translationEvidence.basis',
        'translationEvidence.evidence',
        'copy.url',
        'copy.site',
        'copy.kind',
        'copy.evidence',
        'author.name',
        'author.basis',
        'genre',
      ]),
    ],
  }),
  recordTable('outlets', {
    title: 'Outlets',
    foreignKeys: [fk('actorId', 'actors')],
    fields: columns(record('outlets'), [
      'id',
      'name',
      'kind',
      'language',
      'country',
      'description',
      'actorId',
    ]),
  }),
  recordTable('actors', {
    title: 'Actors',
    fields: columns(record('actors'), ['id', 'name', 'kind', 'description']),
  }),
  {
    name: 'actor_aliases',
    title: 'Actor aliases',
    description: 'Every spelling of an actor used in the texts, one per row.',
    primaryKey: ['actorId', 'alias'],
    foreignKeys: [fk('actorId', 'actors')],
    fields: [
      linkColumn('actorId', 'The actor'),
      linkColumn('alias', describedField(record('actors'), 'aliases')),
    ],
    rows: (c) => c.actors.flatMap((a) => a.aliases.map((alias) => ({ actorId: a.id, alias }))),
  },
  recordTable('topics', {
    title: 'Topics',
    fields: columns(record('topics'), [
      'id',
      'label',
      'phrase',
      'kind',
      'overTime',
      'unit',
      'scope',
      'headline',
      'description',
    ]),
  }),
  recordTable('claims', {
    title: 'Claims',
    foreignKeys: [
      fk('documentId', 'documents'),
      fk('topicId', 'topics'),
      fk('attribution_actorId', 'actors'),
    ],
    fields: [
      ...columns(claim, ['id', 'documentId', 'topicId']),
      ...spanColumns(claim, 'quote'),
      ...columns(claim, ['numeral.asWritten', 'numeral.start', 'numeral.end']),
      ...valueColumns,
      column(claim, 'inferred.parts', { list: true }),
      ...columns(claim, ['inferred.evidence', 'interpretation', 'qualifier', 'limitedTo']),
      ...columns(claim, ['attribution.actorId', 'attribution.basis', 'attribution.cue']),
      ...datedColumns(claim, 'asOf', 'the date the figure speaks as of'),
      column(claim, 'note'),
    ].map((f) => (f.name.startsWith('inferred_') ? { ...f, optional: true } : f)),
  }),
  {
    name: 'claim_flags',
    title: 'Claim flags',
    description: 'Which flags apply to which claims.',
    primaryKey: ['claimId', 'flagId'],
    foreignKeys: [fk('claimId', 'claims'), fk('flagId', 'flags')],
    fields: [linkColumn('claimId', 'The claim'), linkColumn('flagId', 'The flag')],
    rows: (c) => c.claims.flatMap((cl) => cl.flagIds.map((flagId) => ({ claimId: cl.id, flagId }))),
  },
  {
    name: 'claim_intermediaries',
    title: 'Claim intermediaries',
    description: describedField(claim, 'attribution.via'),
    primaryKey: ['claimId', 'position'],
    foreignKeys: [fk('claimId', 'claims'), fk('actorId', 'actors')],
    fields: [
      linkColumn('claimId', 'The claim'),
      linkColumn('position', 'Order from the source towards the text, from 1', 'integer'),
      linkColumn('actorId', 'The actor who passed the figure on'),
    ],
    rows: (c) =>
      c.claims.flatMap((cl) =>
        cl.attribution.via.map((actorId, i) => ({ claimId: cl.id, position: i + 1, actorId })),
      ),
  },
  {
    name: 'reporting_cues',
    title: 'Reporting cues',
    description: describedField(claim, 'reportingCues'),
    primaryKey: ['claimId', 'position'],
    foreignKeys: [fk('claimId', 'claims')],
    fields: [
      linkColumn('claimId', 'The claim'),
      linkColumn('position', 'Order of the cue among the claim’s cues, from 1', 'integer'),
      ...columns(claim, ['reportingCues.kind']).map((f) => ({ ...f, name: 'kind' })),
      ...spanColumns(claim, 'reportingCues.quote').map((f) => ({
        ...f,
        name: f.name.replace('reportingCues_', ''),
      })),
    ],
    rows: (c) =>
      c.claims.flatMap((cl) =>
        cl.reportingCues.map((cue, i) => ({
          claimId: cl.id,
          position: i + 1,
          kind: cue.kind,
          quote_exact: cue.quote.exact,
          quote_start: cue.quote.start,
          quote_end: cue.quote.end,
        })),
      ),
  },
  recordTable('statements', {
    title: 'Statements',
    foreignKeys: [
      fk('documentId', 'documents'),
      fk('speakerId', 'actors'),
      fk('addressedToId', 'actors'),
    ],
    fields: [
      ...columns(statement, ['id', 'documentId', 'speakerId']),
      ...spanColumns(statement, 'quote'),
      ...columns(statement, ['mode', 'addressedToId']),
    ],
  }),
  recordTable('flags', {
    title: 'Flags',
    foreignKeys: [fk('documentId', 'documents')],
    fields: [
      ...columns(flag, ['id', 'documentId', 'kind']),
      ...spanColumns(flag, 'quote'),
      ...columns(flag, ['says', 'why']),
    ],
  }),
  recordTable('nonClaims', {
    name: 'non_claims',
    title: 'Non-claims',
    foreignKeys: [fk('documentId', 'documents')],
    fields: [
      ...columns(nonClaim, ['id', 'documentId']),
      ...spanColumns(nonClaim, 'quote'),
      ...columns(nonClaim, ['reason', 'note']),
    ],
  }),
];

/** A column of a link table, whose rows are built by the table, not read from a record. */
function linkColumn(name: string, description: string, type: FieldType = 'string'): Field {
  return { name, type, description, optional: false, read: (r) => (r[name] ?? null) as Cell };
}

/** Records from rows: the inverse of reading them, column by column. */
function recordsOf(spec: TableSpec, rows: readonly Row[]): Data[] {
  return rows.map((row) => {
    const rebuilt: Data = {};
    for (const f of spec.fields) f.write?.(rebuilt, row[f.name] ?? null);
    // A nullable object is absent when every one of its cells is empty.
    for (const key of ['inferred', 'contentAsOf', 'dateSpan']) {
      const nested = rebuilt[key] as Data | undefined;
      if (nested && Object.values(nested).every((v) => v === null)) rebuilt[key] = null;
    }
    return rebuilt;
  });
}

/** Rebuilds the corpus from its tables, given the manifest fields the tables do not carry. */
export function corpusFromTables(
  tables: Record<string, readonly Row[]>,
  manifest: Omit<
    Corpus,
    'documents' | 'outlets' | 'actors' | 'topics' | 'claims' | 'statements' | 'flags' | 'nonClaims'
  >,
): CorpusData {
  const spec = (name: string) => TABLES.find((t) => t.name === name)!;
  const records = (name: string) => recordsOf(spec(name), tables[name] ?? []);
  const linked = (table: string, claimId: unknown) =>
    (tables[table] ?? [])
      .filter((l) => l.claimId === claimId)
      .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0));
  const claims = records('claims').map((c) => ({
    ...c,
    reportingCues: linked('reporting_cues', c.id).map((cue) => ({
      kind: cue.kind,
      quote: { exact: cue.quote_exact, start: cue.quote_start, end: cue.quote_end },
    })),
    attribution: {
      ...(c.attribution as Data),
      via: linked('claim_intermediaries', c.id).map((l) => l.actorId),
    },
    flagIds: linked('claim_flags', c.id).map((l) => String(l.flagId)),
  })) as unknown as Claim[];
  return {
    ...manifest,
    documents: records('documents'),
    outlets: records('outlets'),
    actors: records('actors').map((a) => ({
      ...a,
      aliases: (tables.actor_aliases ?? [])
        .filter((r) => r.actorId === a.id)
        .map((r) => String(r.alias)),
    })),
    topics: records('topics'),
    claims,
    statements: records('statements'),
    flags: records('flags').map((f) => ({
      ...f,
      claimIds: claims.filter((c) => c.flagIds.includes(String(f.id))).map((c) => c.id),
    })),
    nonClaims: records('non_claims'),
  } as unknown as CorpusData;
}
