/**
 * The corpus as flat tables, for CSV and the Frictionless Data Package: one table per record type,
 * nested fields flattened with underscores, lists moved to link tables so every cell holds one value.
 * `corpusFromTables` is the exact inverse, which is what lets the tests prove the CSVs lose nothing.
 */
import type { Corpus } from '../schema.js';

export type Cell = string | number | null;
export type FieldType = 'string' | 'integer' | 'number' | 'date';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** Where the value lives in the record, as a dotted path; omitted for link-table columns. */
  path?: string;
  /** Whether an empty cell is allowed (a null or absent value). */
  optional?: boolean;
  /** A list, written in one cell separated by ";". */
  list?: boolean;
  /**
   * For a value that is a number in some records and a string in others: this column holds it
   * only when it has this type, so each column keeps one type.
   */
  only?: 'number' | 'string';
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSpec {
  name: string;
  title: string;
  description: string;
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  fields: Field[];
  rows: (corpus: Corpus) => Record<string, Cell>[];
}

/** A table whose rows are one collection's records, flattened by the fields' paths. */
function recordTable(
  spec: Omit<TableSpec, 'rows'>,
  select: (corpus: Corpus) => readonly object[],
): TableSpec {
  return { ...spec, rows: (corpus) => rowsOf(spec.fields, select(corpus)) };
}

const fk = (fields: string, resource: string): ForeignKey => ({
  fields,
  reference: { resource, fields: 'id' },
});

function get(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v == null ? v : (v as Record<string, unknown>)[key]), record);
}

function cellOf(f: Field, record: object): Cell {
  const v = f.path ? get(record, f.path) : null;
  if (f.only && typeof v !== f.only) return null;
  if (f.list) return v == null ? null : (v as string[]).join(';');
  return (v ?? null) as Cell;
}

/** Rows from records by the fields' paths. */
function rowsOf(fields: Field[], records: readonly object[]): Record<string, Cell>[] {
  return records.map((record) =>
    Object.fromEntries(fields.map((f) => [f.name, cellOf(f, record)])),
  );
}

const str = (name: string, description: string, path = name, optional = false): Field => ({
  name,
  type: 'string',
  description,
  path,
  optional,
});
const int = (name: string, description: string, path = name): Field => ({
  name,
  type: 'integer',
  description,
  path,
});
const span = (prefix: string, what: string): Field[] => [
  str(`${prefix}_exact`, `${what}, exactly as in the text`, `${prefix}.exact`),
  int(
    `${prefix}_start`,
    `Offset of the first character of ${what.toLowerCase()} in the document text (UTF-16 code units, as JavaScript counts)`,
    `${prefix}.start`,
  ),
  int(
    `${prefix}_end`,
    `Offset just past the last character of ${what.toLowerCase()}`,
    `${prefix}.end`,
  ),
];
const dated = (prefix: string, what: string, optional = false): Field[] => [
  str(`${prefix}_date`, `${what}: ISO date at the precision known`, `${prefix}.date`, optional),
  str(
    `${prefix}_basis`,
    `Whether ${what.toLowerCase()} is stated in the text, inferred, or unknown`,
    `${prefix}.basis`,
    optional,
  ),
  str(
    `${prefix}_evidence`,
    `The cues ${what.toLowerCase()} rests on`,
    `${prefix}.evidence`,
    optional,
  ),
];

const documentFields: Field[] = [
  str('id', 'Readable identifier of the document'),
  str('sourceFile', 'Name of the source text file'),
  str('title', 'Headline of the text'),
  str('text', 'The exact text, byte for byte as supplied'),
  str('sha256', 'SHA-256 of the text in UTF-8'),
  str(
    'outlet_outletId',
    'The outlet that published the original, if known',
    'outlet.outletId',
    true,
  ),
  str(
    'outlet_basis',
    'Whether the outlet is stated in the text, inferred, or unknown',
    'outlet.basis',
  ),
  str('outlet_evidence', 'The cues the outlet attribution rests on', 'outlet.evidence'),
  str('outlet_description', 'How to name the source in a sentence', 'outlet.description'),
  ...dated('published', 'Publication date'),
  ...dated('contentAsOf', 'Date the content speaks as of, where it differs from publication', true),
  str('language', 'Language of this copy (ISO 639)'),
  str(
    'originalLanguage_language',
    'Language the text was first written in',
    'originalLanguage.language',
  ),
  str(
    'originalLanguage_basis',
    'Whether the original language is stated or inferred',
    'originalLanguage.basis',
  ),
  str(
    'originalLanguage_evidence',
    'The cues for the original language',
    'originalLanguage.evidence',
  ),
  str('translation', 'original, machine, human or unknown'),
  str(
    'translationEvidence_basis',
    'Whether the kind of translation is stated, inferred or unknown',
    'translationEvidence.basis',
  ),
  str(
    'translationEvidence_evidence',
    'The cues for the kind of translation',
    'translationEvidence.evidence',
  ),
  str('copy_url', 'Where this copy was found', 'copy.url', true),
  str('copy_site', 'The site that holds this copy', 'copy.site', true),
  str('copy_kind', 'original, republication, aggregator, paste or not-located', 'copy.kind'),
  str('copy_evidence', 'What is known of the copy', 'copy.evidence'),
  str('author_name', 'Author or interviewer, if named', 'author.name', true),
  str('author_basis', 'Whether the author is stated or inferred', 'author.basis'),
  str('genre', 'news, interview, analysis or statement-report'),
];

const claimFields: Field[] = [
  str('id', 'Identifier of the claim'),
  str('documentId', 'The document the figure is in'),
  str('topicId', 'What the figure measures'),
  ...span('quote', 'The shortest clause or sentence holding the figure'),
  str('numeral_asWritten', 'The numeral as written', 'numeral.asWritten'),
  int('numeral_start', 'Offset of the numeral in the document text', 'numeral.start'),
  int('numeral_end', 'Offset just past the numeral', 'numeral.end'),
  {
    name: 'value_number',
    type: 'number',
    description: 'The value, for counts, durations and ordinals',
    path: 'value',
    optional: true,
    only: 'number',
  },
  {
    ...str('value_date', 'The value, for dates: ISO date or interval', 'value', true),
    only: 'string',
  },
  {
    ...str(
      'inferred_parts',
      'Date parts supplied from context, separated by ";"',
      'inferred.parts',
      true,
    ),
    list: true,
  },
  str('inferred_evidence', 'Why those parts were inferred', 'inferred.evidence', true),
  str(
    'qualifier',
    'What the text committed to: none, around, about, at least, almost, nearly, more than, over, some, a total of',
  ),
  str(
    'attribution_actorId',
    'Who the text says the figure came from; empty when stated in the text’s own voice',
    'attribution.actorId',
    true,
  ),
  str('attribution_basis', 'explicit or implied', 'attribution.basis'),
  str('attribution_cue', 'The attributing words', 'attribution.cue'),
  ...dated('asOf', 'Date the figure speaks as of'),
  str('note', 'Annotator’s note', 'note', true),
];

export const TABLES: TableSpec[] = [
  recordTable(
    {
      name: 'documents',
      title: 'Documents',
      description: 'The five texts with their provenance.',
      primaryKey: 'id',
      foreignKeys: [fk('outlet_outletId', 'outlets')],
      fields: documentFields,
    },
    (c) => c.documents,
  ),
  recordTable(
    {
      name: 'outlets',
      title: 'Outlets',
      description: 'News organisations that published the original texts.',
      primaryKey: 'id',
      fields: [
        str('id', 'Identifier'),
        str('name', 'Name'),
        str('kind', 'Kind of outlet'),
        str('language', 'Main language (ISO 639)'),
        str('country', 'Country', 'country', true),
        str('description', 'Short description'),
      ],
    },
    (c) => c.outlets,
  ),
  recordTable(
    {
      name: 'actors',
      title: 'Actors',
      description: 'Every person, organisation and place the texts name.',
      primaryKey: 'id',
      fields: [
        str('id', 'Identifier'),
        str('name', 'Canonical English name'),
        str(
          'kind',
          'person, armed-group, organisation, government, media, unnamed-source, place or facility',
        ),
        str('description', 'Role or description from the texts'),
      ],
    },
    (c) => c.actors,
  ),
  {
    name: 'actor_aliases',
    title: 'Actor aliases',
    description: 'Every spelling of an actor used in the texts, one per row.',
    foreignKeys: [fk('actorId', 'actors')],
    fields: [str('actorId', 'The actor'), str('alias', 'A spelling used in at least one text')],
    rows: (c) => c.actors.flatMap((a) => a.aliases.map((alias) => ({ actorId: a.id, alias }))),
  },
  recordTable(
    {
      name: 'topics',
      title: 'Topics',
      description: 'What a figure measures.',
      primaryKey: 'id',
      fields: [
        str('id', 'Identifier'),
        str('label', 'Short label'),
        str('phrase', 'The measure as a noun phrase'),
        str('kind', 'count, date, duration or ordinal'),
        str('unit', 'Unit of the value'),
        str('scope', 'event or background'),
        str('description', 'What is measured'),
      ],
    },
    (c) => c.topics,
  ),
  recordTable(
    {
      name: 'claims',
      title: 'Claims',
      description: 'One row per figure in the texts, anchored to its characters and attributed.',
      primaryKey: 'id',
      foreignKeys: [
        fk('documentId', 'documents'),
        fk('topicId', 'topics'),
        fk('attribution_actorId', 'actors'),
      ],
      fields: claimFields,
    },
    (c) => c.claims,
  ),
  {
    name: 'claim_flags',
    title: 'Claim flags',
    description: 'Which flags apply to which claims.',
    foreignKeys: [fk('claimId', 'claims'), fk('flagId', 'flags')],
    fields: [str('claimId', 'The claim'), str('flagId', 'The flag')],
    rows: (c) =>
      c.claims.flatMap((claim) => claim.flagIds.map((flagId) => ({ claimId: claim.id, flagId }))),
  },
  recordTable(
    {
      name: 'statements',
      title: 'Statements',
      description: 'What named people and organisations are quoted or reported as saying.',
      primaryKey: 'id',
      foreignKeys: [fk('documentId', 'documents'), fk('speakerId', 'actors')],
      fields: [
        str('id', 'Identifier'),
        str('documentId', 'The document'),
        str('speakerId', 'The speaker'),
        ...span('quote', 'The statement'),
        str('mode', 'direct or reported'),
        str('addressedToId', 'The actor or outlet addressed, if said', 'addressedToId', true),
      ],
    },
    (c) => c.statements,
  ),
  recordTable(
    {
      name: 'flags',
      title: 'Flags',
      description:
        'What a careful reader should know: errors, inconsistencies, translation artefacts, unverifiable figures.',
      primaryKey: 'id',
      foreignKeys: [fk('documentId', 'documents')],
      fields: [
        str('id', 'Identifier'),
        str('documentId', 'The document'),
        str('kind', 'Kind of flag'),
        ...span('quote', 'The flagged passage'),
        str('says', 'What the source says'),
        str('why', 'Why it is flagged'),
      ],
    },
    (c) => c.flags,
  ),
  recordTable(
    {
      name: 'non_claims',
      title: 'Non-claims',
      description: 'Numerals deliberately not treated as figures, with the reason.',
      primaryKey: 'id',
      foreignKeys: [fk('documentId', 'documents')],
      fields: [
        str('id', 'Identifier'),
        str('documentId', 'The document'),
        ...span('quote', 'The passage holding the numeral'),
        str('reason', 'Why it is not a claim'),
        str('note', 'Explanation'),
      ],
    },
    (c) => c.nonClaims,
  ),
];

function tableSpec(name: string): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`no table named ${name}`);
  return spec;
}

function set(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[keys.at(-1)!] = value;
}

/** Records from rows by the fields' paths: the inverse of rowsOf. */
function recordsOf(
  spec: TableSpec,
  rows: readonly Record<string, Cell>[],
): Record<string, unknown>[] {
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const f of spec.fields) {
      if (!f.path) continue;
      const cell = row[f.name] ?? null;
      // Of the columns that share a path by type, the one with a value wins.
      if (f.only && cell === null && get(record, f.path) !== undefined) continue;
      set(record, f.path, f.list && cell !== null ? String(cell).split(';') : cell);
    }
    // A nullable object is absent when every one of its cells is empty.
    for (const key of ['inferred', 'contentAsOf']) {
      const nested = record[key] as Record<string, unknown> | undefined;
      if (nested && Object.values(nested).every((v) => v === null)) record[key] = null;
    }
    return record;
  });
}

/** Rebuilds the corpus from its tables, given the manifest fields the tables do not carry. */
export function corpusFromTables(
  tables: Record<string, readonly Record<string, Cell>[]>,
  manifest: Pick<Corpus, 'version' | 'released' | 'title' | 'event'>,
): Corpus {
  const records = (name: string) => recordsOf(tableSpec(name), tables[name] ?? []);
  const aliases = tables.actor_aliases ?? [];
  const links = tables.claim_flags ?? [];
  const claims = records('claims').map((c) => ({
    ...c,
    id: String(c.id),
    flagIds: links.filter((l) => l.claimId === c.id).map((l) => String(l.flagId)),
  }));
  return {
    ...manifest,
    documents: records('documents'),
    outlets: records('outlets'),
    actors: records('actors').map((a) => ({
      ...a,
      aliases: aliases.filter((r) => r.actorId === a.id).map((r) => String(r.alias)),
    })),
    topics: records('topics'),
    claims,
    statements: records('statements'),
    flags: records('flags').map((f) => ({
      ...f,
      claimIds: claims.filter((c) => c.flagIds.includes(String(f.id))).map((c) => String(c.id)),
    })),
    nonClaims: records('non_claims'),
  } as Corpus;
}
