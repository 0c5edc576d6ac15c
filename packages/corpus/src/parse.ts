/**
 * Validating a corpus in the published form (corpus.json): the schema record by record, then the
 * integrity rules on every record that is sound. One broken record never hides the problems of
 * the others, and a reference to a broken record is not reported twice. This is the entry point
 * for a developer who brings a corpus of their own.
 */
import { z } from 'zod';
import {
  checkIntegrity,
  COLLECTIONS,
  type Collection,
  type IntegrityContext,
} from './integrity.js';
import { CorpusValidationError, type CorpusIssue } from './issues.js';
import { Corpus } from './schema.js';

export type ParseResult = { ok: true; corpus: Corpus } | { ok: false; issues: CorpusIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v);

/** A zod issue in words that say what to fix: which field is missing, which values are allowed. */
export function describeSchemaIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.at(-1);
  const expected =
    issue.code === 'invalid_value'
      ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
      : issue.code === 'invalid_type'
        ? `expected ${issue.expected}`
        : undefined;
  if (input === undefined && expected)
    return typeof field === 'string'
      ? `the field "${field}" is missing (${expected})`
      : `missing (${expected})`;
  switch (issue.code) {
    case 'invalid_type':
      // YAML reads 800 and 2022 as numbers; a field that wants the words needs them in quotes.
      if (issue.expected === 'string' && typeof input === 'number')
        return `expected text, found the number ${input}: write it in quotes, '${input}'`;
      return `expected ${issue.expected}, found ${typeName(input)}${typeof input === 'string' ? ` ${JSON.stringify(input)}` : ''}`;
    case 'invalid_value':
      return `${JSON.stringify(input)} is not ${expected}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return `${JSON.stringify(input)} is not ${issue.message}`;
    default:
      return issue.message;
  }
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) =>
      v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );

/** Where a zod issue is, in the terms a person fixing the data uses: collection, record id, field. */
export function locateSchemaIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  file?: string,
): CorpusIssue {
  const [head, index, ...rest] = issue.path;
  const located: CorpusIssue = {
    rule: 'schema',
    message: describeSchemaIssue(issue, valueAt(data, issue.path)),
    ...(file ? { file } : {}),
  };
  if (typeof head === 'string' && typeof index === 'number') {
    const record = (data as Record<string, unknown[]>)[head]?.[index] as
      { id?: unknown } | undefined;
    located.collection = head;
    located.recordId = typeof record?.id === 'string' ? record.id : `#${index}`;
    if (rest.length) located.field = rest.join('.');
  } else if (issue.path.length) {
    located.field = issue.path.join('.');
  }
  return located;
}

/** The schema of one record of each collection. */
export const RECORD_SCHEMAS = {
  documents: Corpus.shape.documents.element,
  outlets: Corpus.shape.outlets.element,
  actors: Corpus.shape.actors.element,
  topics: Corpus.shape.topics.element,
  claims: Corpus.shape.claims.element,
  statements: Corpus.shape.statements.element,
  flags: Corpus.shape.flags.element,
  nonClaims: Corpus.shape.nonClaims.element,
} as const satisfies Record<Collection, z.ZodType>;

type Records = { [C in Collection]: z.infer<(typeof RECORD_SCHEMAS)[C]>[] };

/** The fields of the corpus that are not collections: its id, version, licences, event… */
const Manifest = Corpus.omit(
  Object.fromEntries(COLLECTIONS.map((c) => [c, true])) as { [C in Collection]: true },
);
export type Manifest = z.infer<typeof Manifest>;

export interface SortedRecords {
  records: Records;
  issues: CorpusIssue[];
  context: IntegrityContext;
}

/**
 * Splits each collection into its sound records and the ids of the broken ones, with every schema
 * problem located by `located`.
 */
export function sortRecords(
  data: Partial<Record<Collection, unknown>>,
  located: (issue: z.core.$ZodIssue, collection: Collection) => CorpusIssue,
): SortedRecords {
  const issues: CorpusIssue[] = [];
  const unsound = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<
    Collection,
    Set<string>
  >;
  const partial = new Set<string>();
  const otherTexts: string[] = [];
  let textsIncomplete = false;
  const records = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Records;
  for (const collection of COLLECTIONS) {
    const list = data[collection];
    if (!Array.isArray(list)) {
      issues.push({
        rule: 'schema',
        collection,
        message:
          list === undefined
            ? `the list "${collection}" is missing`
            : `"${collection}" must be a list, found ${typeName(list)}`,
      });
      continue;
    }
    list.forEach((record: unknown, index) => {
      const parsed = RECORD_SCHEMAS[collection].safeParse(record);
      if (parsed.success) {
        (records[collection] as unknown[]).push(parsed.data);
        return;
      }
      for (const i of parsed.error.issues)
        issues.push(located({ ...i, path: [collection, index, ...i.path] }, collection));
      const { id, documentId, text } = isObject(record) ? record : {};
      if (typeof id === 'string') unsound[collection].add(id);
      if (typeof documentId === 'string') partial.add(documentId);
      if (collection === 'documents') {
        if (typeof text === 'string') otherTexts.push(text);
        else textsIncomplete = true;
      }
    });
  }
  return {
    records,
    issues,
    context: { unsound, unreadable: new Set(), partial, otherTexts, textsIncomplete },
  };
}

export function safeParseCorpus(data: unknown): ParseResult {
  if (!isObject(data))
    return {
      ok: false,
      issues: [{ rule: 'schema', message: `a corpus is an object, found ${typeName(data)}` }],
    };
  const manifest = Manifest.safeParse(
    Object.fromEntries(
      Object.entries(data).filter(([k]) => !COLLECTIONS.includes(k as Collection)),
    ),
  );
  const issues = manifest.success
    ? []
    : manifest.error.issues.map((i) => locateSchemaIssue(i, data));
  const sorted = sortRecords(data, (i) => locateSchemaIssue(i, data));
  const corpus = { ...(manifest.success ? manifest.data : {}), ...sorted.records } as Corpus;
  issues.push(...sorted.issues, ...checkIntegrity(corpus, sorted.context));
  return issues.length ? { ok: false, issues } : { ok: true, corpus };
}

/** Validates a corpus and returns it typed, or throws a CorpusValidationError listing every problem. */
export function parseCorpus(data: unknown): Corpus {
  const result = safeParseCorpus(data);
  if (!result.ok) throw new CorpusValidationError(result.issues);
  return result.corpus;
}
