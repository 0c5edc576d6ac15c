/**
 * Rules on the corpus as a whole: what the schema cannot say about one record in isolation.
 * Each rule is a pure function from a schema-valid corpus to the issues it finds, so a test can
 * break exactly one rule and see exactly that rule complain.
 */
import { createHash } from 'node:crypto';
import type { CorpusIssue } from './issues.js';
import { datePartsOf, findNumerals, parseNumeral, type DateParts } from './numerals.js';
import type { Claim, Corpus, Span } from './schema.js';

export type IntegrityRule = (corpus: Corpus) => CorpusIssue[];

type Collection =
  'documents' | 'outlets' | 'actors' | 'topics' | 'claims' | 'statements' | 'flags' | 'nonClaims';
const COLLECTIONS: Collection[] = [
  'documents',
  'outlets',
  'actors',
  'topics',
  'claims',
  'statements',
  'flags',
  'nonClaims',
];

export const uniqueIds: IntegrityRule = (corpus) =>
  COLLECTIONS.flatMap((collection) => {
    const seen = new Set<string>();
    return corpus[collection].flatMap((record) => {
      if (!seen.has(record.id)) {
        seen.add(record.id);
        return [];
      }
      return [
        {
          rule: 'unique-ids',
          collection,
          recordId: record.id,
          field: 'id',
          message: `the id "${record.id}" is used by more than one record`,
        },
      ];
    });
  });

export const referencesResolve: IntegrityRule = (corpus) => {
  const ids = Object.fromEntries(
    COLLECTIONS.map((c) => [c, new Set(corpus[c].map((r) => r.id))]),
  ) as Record<Collection, Set<string>>;
  const issues: CorpusIssue[] = [];
  const check = (
    collection: Collection,
    recordId: string,
    field: string,
    target: Collection,
    value: string | null,
  ) => {
    if (value !== null && !ids[target].has(value)) {
      issues.push({
        rule: 'references-resolve',
        collection,
        recordId,
        field,
        message: `"${value}" is not the id of any record in ${target}`,
      });
    }
  };
  for (const d of corpus.documents)
    check('documents', d.id, 'outlet.outletId', 'outlets', d.outlet.outletId);
  for (const c of corpus.claims) {
    check('claims', c.id, 'documentId', 'documents', c.documentId);
    check('claims', c.id, 'topicId', 'topics', c.topicId);
    check('claims', c.id, 'attribution.actorId', 'actors', c.attribution.actorId);
    c.flagIds.forEach((f, i) => check('claims', c.id, `flagIds.${i}`, 'flags', f));
  }
  for (const s of corpus.statements) {
    check('statements', s.id, 'documentId', 'documents', s.documentId);
    check('statements', s.id, 'speakerId', 'actors', s.speakerId);
    if (
      s.addressedToId !== null &&
      !ids.actors.has(s.addressedToId) &&
      !ids.outlets.has(s.addressedToId)
    ) {
      issues.push({
        rule: 'references-resolve',
        collection: 'statements',
        recordId: s.id,
        field: 'addressedToId',
        message: `"${s.addressedToId}" is not the id of any actor or outlet`,
      });
    }
  }
  for (const f of corpus.flags) {
    check('flags', f.id, 'documentId', 'documents', f.documentId);
    f.claimIds.forEach((c, i) => check('flags', f.id, `claimIds.${i}`, 'claims', c));
  }
  for (const n of corpus.nonClaims)
    check('nonClaims', n.id, 'documentId', 'documents', n.documentId);
  return issues;
};

/** A flag that names a claim and a claim that names the flag must agree. */
export const flagsAgree: IntegrityRule = (corpus) => {
  const flags = new Map(corpus.flags.map((f) => [f.id, f]));
  const issues: CorpusIssue[] = [];
  for (const c of corpus.claims) {
    c.flagIds.forEach((flagId, i) => {
      const flag = flags.get(flagId);
      if (flag && !flag.claimIds.includes(c.id)) {
        issues.push({
          rule: 'flags-agree',
          collection: 'claims',
          recordId: c.id,
          field: `flagIds.${i}`,
          message: `flag "${flagId}" does not list this claim in its claimIds`,
        });
      }
    });
  }
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  for (const f of corpus.flags) {
    f.claimIds.forEach((claimId, i) => {
      const claim = claims.get(claimId);
      if (claim && !claim.flagIds.includes(f.id)) {
        issues.push({
          rule: 'flags-agree',
          collection: 'flags',
          recordId: f.id,
          field: `claimIds.${i}`,
          message: `claim "${claimId}" does not list this flag in its flagIds`,
        });
      }
      if (claim && claim.documentId !== f.documentId) {
        issues.push({
          rule: 'flags-agree',
          collection: 'flags',
          recordId: f.id,
          field: `claimIds.${i}`,
          message: `claim "${claimId}" is in document "${claim.documentId}", not "${f.documentId}"`,
        });
      }
    });
  }
  return issues;
};

export const hashesMatch: IntegrityRule = (corpus) =>
  corpus.documents.flatMap((d) => {
    const actual = createHash('sha256').update(d.text, 'utf8').digest('hex');
    return actual === d.sha256
      ? []
      : [
          {
            rule: 'sha256-matches',
            collection: 'documents',
            recordId: d.id,
            field: 'sha256',
            message: `expected ${actual} (the SHA-256 of the text), found ${d.sha256}`,
          },
        ];
  });

function spanIssues(
  text: string,
  span: Span,
  rule: string,
  collection: Collection,
  recordId: string,
  field: string,
): CorpusIssue[] {
  if (span.end <= span.start || span.end > text.length) {
    return [
      {
        rule,
        collection,
        recordId,
        field,
        message: `offsets ${span.start}–${span.end} are not a range inside the text (length ${text.length})`,
      },
    ];
  }
  const actual = text.slice(span.start, span.end);
  return actual === span.exact
    ? []
    : [
        {
          rule,
          collection,
          recordId,
          field,
          message: `expected the text at ${span.start}–${span.end} to be "${span.exact}", found "${actual}"`,
        },
      ];
}

export const quotesMatchText: IntegrityRule = (corpus) => {
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const issues: CorpusIssue[] = [];
  const spans: [Collection, { id: string; documentId: string; quote: Span }[]][] = [
    ['claims', corpus.claims],
    ['statements', corpus.statements],
    ['flags', corpus.flags],
    ['nonClaims', corpus.nonClaims],
  ];
  for (const [collection, records] of spans) {
    for (const r of records) {
      const text = texts.get(r.documentId);
      if (text !== undefined)
        issues.push(...spanIssues(text, r.quote, 'quote-matches-text', collection, r.id, 'quote'));
    }
  }
  for (const c of corpus.claims) {
    const text = texts.get(c.documentId);
    if (text === undefined) continue;
    const { asWritten, start, end } = c.numeral;
    issues.push(
      ...spanIssues(
        text,
        { exact: asWritten, start, end },
        'numeral-matches-text',
        'claims',
        c.id,
        'numeral',
      ),
    );
    if (start < c.quote.start || end > c.quote.end) {
      issues.push({
        rule: 'numeral-in-quote',
        collection: 'claims',
        recordId: c.id,
        field: 'numeral',
        message: `the numeral at ${start}–${end} lies outside the quote at ${c.quote.start}–${c.quote.end}`,
      });
    }
  }
  return issues;
};

function sameParts(
  parsed: DateParts,
  value: DateParts,
  inferred: readonly string[],
): string | null {
  for (const part of ['year', 'month', 'day'] as const) {
    const said = parsed[part];
    const has = value[part];
    if (said !== undefined && said !== has)
      return `the text says ${part} ${said}, the value has ${has ?? 'none'}`;
    if (said === undefined && has !== undefined && !inferred.includes(part)) {
      return `the value has a ${part} (${has}) that the text does not give; list "${part}" in inferred.parts with the evidence`;
    }
    if (said !== undefined && inferred.includes(part))
      return `"${part}" is listed as inferred but the text gives it`;
  }
  return null;
}

function valueIssue(claim: Claim, topicKind: string, language?: string): string | null {
  const as = topicKind === 'date' ? 'date' : 'number';
  const parsed = parseNumeral(claim.numeral.asWritten, { as, language });
  if (parsed === null) return `"${claim.numeral.asWritten}" is not a numeral form the parser knows`;
  if (parsed.kind === 'vague')
    return claim.value === null
      ? null
      : `"${claim.numeral.asWritten}" commits to no number, so the value must be null`;
  if (parsed.kind === 'range')
    return `"${claim.numeral.asWritten}" is a range (${parsed.low} to ${parsed.high}), which a claim's value cannot hold`;
  if (parsed.kind === 'number') {
    if (topicKind === 'date')
      return `the topic is a date but "${claim.numeral.asWritten}" is a number`;
    return claim.value === parsed.value
      ? null
      : `"${claim.numeral.asWritten}" means ${parsed.value}, the value is ${JSON.stringify(claim.value)}`;
  }
  if (topicKind !== 'date')
    return `"${claim.numeral.asWritten}" is a date but the topic is a ${topicKind}`;
  if (typeof claim.value !== 'string')
    return `"${claim.numeral.asWritten}" is a date, the value must be an ISO date`;
  const [from, to] = claim.value.split('/');
  if ((to === undefined) !== (parsed.to === undefined))
    return `"${claim.numeral.asWritten}" is ${parsed.to ? 'a range' : 'a single date'}, the value ${claim.value} is not`;
  const inferred = claim.inferred?.parts ?? [];
  return (
    sameParts(parsed.from, datePartsOf(from!), inferred) ??
    (parsed.to && to ? sameParts(parsed.to, datePartsOf(to), inferred) : null)
  );
}

export const valuesMatchNumerals: IntegrityRule = (corpus) => {
  const topics = new Map(corpus.topics.map((t) => [t.id, t]));
  const languages = new Map(corpus.documents.map((d) => [d.id, d.language]));
  return corpus.claims.flatMap((c) => {
    const topic = topics.get(c.topicId);
    if (!topic) return [];
    const problem = valueIssue(c, topic.kind, languages.get(c.documentId));
    return problem
      ? [
          {
            rule: 'value-matches-numeral',
            collection: 'claims',
            recordId: c.id,
            field: 'value',
            message: problem,
          },
        ]
      : [];
  });
};

/** Groups records by their document, so per-document rules stay linear in the corpus size. */
function byDocument<T extends { documentId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const group = groups.get(r.documentId);
    if (group) group.push(r);
    else groups.set(r.documentId, [r]);
  }
  return groups;
}

/** Every numeral in every text is inside a claim's numeral or a non-claim's quote. */
export const numeralsCovered: IntegrityRule = (corpus) => {
  const claims = byDocument(corpus.claims);
  const nonClaims = byDocument(corpus.nonClaims);
  return corpus.documents.flatMap((d) => {
    const covered: [number, number][] = [
      ...(claims.get(d.id) ?? []).map((c) => [c.numeral.start, c.numeral.end] as [number, number]),
      ...(nonClaims.get(d.id) ?? []).map((n) => [n.quote.start, n.quote.end] as [number, number]),
    ];
    return findNumerals(d.text, d.language)
      .filter((t) => !covered.some(([s, e]) => s <= t.start && t.end <= e))
      .map((t) => ({
        rule: 'numerals-covered',
        collection: 'documents',
        recordId: d.id,
        field: 'text',
        message: `the numeral "${t.text}" at ${t.start}–${t.end} (…${d.text.slice(Math.max(0, t.start - 30), t.end + 30).replace(/\s+/g, ' ')}…) is neither in a claim nor listed as a non-claim`,
      }));
  });
};

/** Every alias is a spelling some text really uses, so the names list teaches nothing invented. */
export const aliasesOccur: IntegrityRule = (corpus) =>
  corpus.actors.flatMap((a) =>
    a.aliases.flatMap((alias, i) =>
      corpus.documents.some((d) => d.text.includes(alias))
        ? []
        : [
            {
              rule: 'aliases-occur',
              collection: 'actors',
              recordId: a.id,
              field: `aliases.${i}`,
              message: `"${alias}" does not occur in any text`,
            },
          ],
    ),
  );

export const INTEGRITY_RULES: Record<string, IntegrityRule> = {
  'unique-ids': uniqueIds,
  'references-resolve': referencesResolve,
  'flags-agree': flagsAgree,
  'sha256-matches': hashesMatch,
  'quote-matches-text': quotesMatchText,
  'value-matches-numeral': valuesMatchNumerals,
  'numerals-covered': numeralsCovered,
  'aliases-occur': aliasesOccur,
};

export function checkIntegrity(corpus: Corpus): CorpusIssue[] {
  return Object.values(INTEGRITY_RULES).flatMap((rule) => rule(corpus));
}
