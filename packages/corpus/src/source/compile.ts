/**
 * Compiles the authored corpus (YAML data and texts) to the published form: quotes, numerals and
 * cues located to character offsets, texts embedded and hashed, date spans derived. Pure: the
 * folder reader (folder.ts) hands it parsed files, so tests and other tools can compile data they
 * hold in memory. Every problem is reported with the file it is in, and one broken record or file
 * never hides the problems of the others: the integrity rules run on every record that is sound.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { dateSpanOf } from '../dates.js';
import {
  checkIntegrity,
  COLLECTIONS,
  type Collection,
  type IntegrityContext,
} from '../integrity.js';
import type { CorpusIssue } from '../issues.js';
import { locateSchemaIssue, type ParseResult } from '../parse.js';
import { Actor, Topic, type CorpusData, type Span } from '../schema.js';

type Claim = CorpusData['claims'][number];
import {
  AuthoredClaim,
  AuthoredDocumentMeta,
  AuthoredFlag,
  AuthoredManifest,
  AuthoredNonClaim,
  AuthoredOutlet,
  AuthoredStatement,
} from './format.js';

/** A corpus in the authored form, as parsed data: what a folder of YAML and texts holds. */
export interface AuthoredCorpus {
  /** corpus.yaml */
  manifest: unknown;
  /** outlets.yaml, actors.yaml, topics.yaml; undefined for a file that could not be read. */
  outlets: unknown;
  actors: unknown;
  topics: unknown;
  /** documents/*.yaml, each with the path it is reported by; data undefined for a file that could not be read. */
  documents: readonly { file: string; data: unknown }[];
  /** The texts, by file name (the documents' sourceFile). */
  texts: Readonly<Record<string, string>>;
}

interface Located {
  span?: Span;
  issue?: string;
}

/** Which field says which occurrence is meant, and what it counts in. */
export interface Occurrence {
  field: 'quoteOccurrence' | 'numeralOccurrence' | 'occurrence';
  within: 'the text' | 'the quote';
}

const IN_TEXT: Occurrence = { field: 'quoteOccurrence', within: 'the text' };

/** Finds the nth (1-based) occurrence of `needle` in `haystack`, insisting on it being unambiguous. */
export function locate(
  haystack: string,
  needle: string,
  occurrence: number | undefined,
  offset = 0,
  how: Occurrence = IN_TEXT,
): Located {
  const starts: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1))
    starts.push(i);
  if (starts.length === 0) return { issue: `"${needle}" does not occur in ${how.within}` };
  if (occurrence === undefined && starts.length > 1)
    return {
      issue: `"${needle}" occurs ${starts.length} times in ${how.within}; say which with ${how.field}: 1 to ${starts.length}`,
    };
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined)
    return {
      issue: `"${needle}" occurs ${starts.length} times in ${how.within}, so ${how.field}: ${occurrence} does not exist`,
    };
  return { span: { exact: needle, start: offset + start, end: offset + start + needle.length } };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const REGISTRIES = [
  ['outlets', 'outlets.yaml', AuthoredOutlet],
  ['actors', 'actors.yaml', Actor],
  ['topics', 'topics.yaml', Topic],
] as const;

const NESTED = ['claims', 'statements', 'flags', 'nonClaims'] as const;
type Nested = (typeof NESTED)[number];
const NESTED_SCHEMAS = {
  claims: AuthoredClaim,
  statements: AuthoredStatement,
  flags: AuthoredFlag,
  nonClaims: AuthoredNonClaim,
} as const;

/** Collects what compiling finds: problems, sound records, broken ids, the file of each record. */
class Compilation {
  readonly issues: CorpusIssue[] = [];
  readonly unsound = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<
    Collection,
    Set<string>
  >;
  readonly unreadable = new Set<Collection>();
  readonly partial = new Set<string>();
  readonly otherTexts: string[] = [];
  textsIncomplete = false;
  readonly fileOf = new Map<string, string>();

  /** Validates `data` against `schema`, reporting each problem at `path` inside `file`. */
  validate<S extends z.ZodType>(
    schema: S,
    data: unknown,
    file: string,
    path: (string | number)[] = [],
  ): z.infer<S> | undefined {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const wrapped = path.reduceRight<unknown>(
      (inner, key) =>
        typeof key === 'number' ? Object.assign([], { [key]: inner }) : { [key]: inner },
      data,
    );
    for (const issue of parsed.error.issues)
      this.issues.push(
        locateSchemaIssue({ ...issue, path: [...path, ...issue.path] }, wrapped, file),
      );
    return undefined;
  }

  /** A list of records, each validated alone, so one broken record leaves the rest in. */
  records<S extends z.ZodType>(
    schema: S,
    list: unknown,
    file: string,
    collection: Collection,
  ): z.infer<S>[] {
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      this.issues.push({
        rule: 'schema',
        file,
        collection,
        message: `"${collection}" must be a list`,
      });
      return [];
    }
    return list.flatMap((record: unknown, index) => {
      const sound = this.validate(schema, record, file, [collection, index]);
      const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
      if (id) this.fileOf.set(`${collection}:${id}`, file);
      if (sound) return [sound];
      if (id) this.unsound[collection].add(id);
      return [];
    });
  }

  place(file: string, collection: Collection, recordId: string, field: string, located: Located) {
    if (located.issue)
      this.issues.push({
        rule: 'quote-located',
        file,
        collection,
        recordId,
        field,
        message: located.issue,
      });
    return located.span;
  }

  get context(): IntegrityContext {
    return {
      unsound: this.unsound,
      unreadable: this.unreadable,
      partial: this.partial,
      otherTexts: this.otherTexts,
      textsIncomplete: this.textsIncomplete,
    };
  }
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function compileClaim(
  c: Compilation,
  file: string,
  text: string,
  documentId: string,
  authored: z.infer<typeof AuthoredClaim>,
): Claim | undefined {
  const { quote, quoteOccurrence, numeral, numeralOccurrence, reportingCues, ...claim } = authored;
  const q = c.place(file, 'claims', claim.id, 'quote', locate(text, quote, quoteOccurrence));
  if (!q) return undefined;
  const n = c.place(
    file,
    'claims',
    claim.id,
    'numeral',
    locate(quote, numeral, numeralOccurrence, q.start, {
      field: 'numeralOccurrence',
      within: 'the quote',
    }),
  );
  const cues = reportingCues.map((cue, i) => {
    const span = c.place(
      file,
      'claims',
      claim.id,
      `reportingCues.${i}.words`,
      locate(text, cue.words, cue.occurrence, 0, { field: 'occurrence', within: 'the text' }),
    );
    return span && { kind: cue.kind, quote: span };
  });
  if (!n || cues.some((cue) => !cue)) return undefined;
  return {
    ...claim,
    documentId,
    quote: q,
    numeral: { asWritten: n.exact, start: n.start, end: n.end },
    dateSpan: typeof claim.value === 'string' ? dateSpanOf(claim.value) : null,
    reportingCues: cues as Claim['reportingCues'],
  };
}

function compileDocument(
  c: Compilation,
  corpus: CorpusData,
  source: { file: string; data: unknown },
  texts: Readonly<Record<string, string>>,
) {
  const { file, data } = source;
  if (data === undefined) {
    c.textsIncomplete = true;
    return;
  }
  if (!isObject(data)) {
    c.issues.push({
      rule: 'schema',
      file,
      message: 'a document file holds one document (a mapping)',
    });
    return;
  }
  const { claims, statements, flags, nonClaims, ...fields } = data;
  const nested = { claims, statements, flags, nonClaims } as Record<Nested, unknown>;
  const meta = c.validate(AuthoredDocumentMeta, fields, file);
  const sourceFile = typeof fields.sourceFile === 'string' ? fields.sourceFile : undefined;
  const text = sourceFile === undefined ? undefined : texts[sourceFile];
  if (sourceFile !== undefined && text === undefined)
    c.issues.push({
      rule: 'files',
      file,
      field: 'sourceFile',
      message: `the text file texts/${sourceFile} is missing`,
    });
  const records = Object.fromEntries(
    NESTED.map((n) => [n, c.records(NESTED_SCHEMAS[n], nested[n], file, n)]),
  ) as { [N in Nested]: z.infer<(typeof NESTED_SCHEMAS)[N]>[] };
  const documentId = typeof fields.id === 'string' ? fields.id : undefined;
  if (documentId) c.fileOf.set(`documents:${documentId}`, file);
  if (!meta || text === undefined) {
    // The document cannot be checked against its text: its records stay out, unreported by rules.
    if (documentId) c.unsound.documents.add(documentId);
    if (text !== undefined) c.otherTexts.push(text);
    else c.textsIncomplete = true;
    for (const n of NESTED) for (const r of records[n]) c.unsound[n].add(r.id);
    return;
  }
  corpus.documents.push({ ...meta, text, sha256: sha256(text) });
  // A record left out (broken, or its words not found) may hold a numeral: coverage cannot tell.
  let partial = NESTED.some(
    (n) => Array.isArray(nested[n]) && nested[n].length > records[n].length,
  );
  for (const claim of records.claims) {
    const compiled = compileClaim(c, file, text, meta.id, claim);
    if (compiled) {
      corpus.claims.push(compiled);
    } else {
      c.unsound.claims.add(claim.id);
      partial = true;
    }
  }
  for (const collection of ['statements', 'flags', 'nonClaims'] as const)
    for (const { quote, quoteOccurrence, ...record } of records[collection]) {
      const q = c.place(file, collection, record.id, 'quote', locate(text, quote, quoteOccurrence));
      if (q) {
        (corpus[collection] as unknown[]).push({ ...record, documentId: meta.id, quote: q });
      } else {
        c.unsound[collection].add(record.id);
        partial = true;
      }
    }
  if (partial) c.partial.add(meta.id);
}

/**
 * Completes and orders the claim–flag link. An author may list it on either side (a flag's
 * claimIds or a claim's flagIds); the published form lists it on both, within one document,
 * in corpus order, so every export writes it once and reads it back the same.
 */
function linkFlags(corpus: CorpusData): void {
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const flags = new Map(corpus.flags.map((f) => [f.id, f]));
  const sameDocument = (claimId: string, flagId: string) =>
    claims.get(claimId)?.documentId === flags.get(flagId)?.documentId;
  for (const f of corpus.flags)
    for (const id of f.claimIds) {
      const claim = claims.get(id);
      if (claim && sameDocument(id, f.id) && !claim.flagIds.includes(f.id))
        claim.flagIds.push(f.id);
    }
  for (const c of corpus.claims)
    for (const id of c.flagIds) {
      const flag = flags.get(id);
      if (flag && sameDocument(c.id, id) && !flag.claimIds.includes(c.id)) flag.claimIds.push(c.id);
    }
  const claimOrder = new Map(corpus.claims.map((c, i) => [c.id, i]));
  const flagOrder = new Map(corpus.flags.map((f, i) => [f.id, i]));
  const byOrder = (order: Map<string, number>) => (a: string, b: string) =>
    (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
  for (const c of corpus.claims) c.flagIds.sort(byOrder(flagOrder));
  for (const f of corpus.flags) f.claimIds.sort(byOrder(claimOrder));
}

/** Compiles a corpus in the authored form, reporting every problem it can find in one pass. */
export function compileAuthored(authored: AuthoredCorpus): ParseResult {
  const c = new Compilation();
  const manifest = c.validate(AuthoredManifest, authored.manifest, 'corpus.yaml');
  const registry = <N extends (typeof REGISTRIES)[number]>([collection, file, schema]: N) =>
    c.records(schema, authored[collection], file, collection);
  for (const [collection] of REGISTRIES)
    if (authored[collection] === undefined) c.unreadable.add(collection);
  const corpus = {
    ...manifest,
    documents: [],
    outlets: registry(REGISTRIES[0]),
    actors: registry(REGISTRIES[1]),
    topics: registry(REGISTRIES[2]),
    claims: [],
    statements: [],
    flags: [],
    nonClaims: [],
  } as unknown as CorpusData;
  if (authored.documents.length === 0)
    c.issues.push({
      rule: 'files',
      file: 'documents',
      message: 'no document files (*.yaml) found',
    });
  for (const source of authored.documents) compileDocument(c, corpus, source, authored.texts);
  linkFlags(corpus);

  // Integrity rules see the compiled corpus; point each problem back at the file to edit.
  for (const issue of checkIntegrity(corpus, c.context)) {
    const file =
      issue.collection && issue.recordId && c.fileOf.get(`${issue.collection}:${issue.recordId}`);
    c.issues.push(file ? { ...issue, file } : issue);
  }
  return c.issues.length || !manifest ? { ok: false, issues: c.issues } : { ok: true, corpus };
}
