/**
 * Rules on the corpus as a whole: what the schema cannot say about one record in isolation. Each
 * rule is a record (id, what it guarantees, the check), so the README, the briefing's method
 * section and the error messages all name the same rules, and a test can break exactly one rule
 * and see exactly that rule complain. Rules run on the records that are sound; the context says
 * which records were left out as broken, so a rule does not report what their own errors explain.
 */
import { createHash } from 'node:crypto';
import { dateSpanOf } from './dates.js';
import type { CorpusIssue } from './issues.js';
import { usesSpelling } from './names.js';
import { datePartsOf, findNumerals, parseNumeral, type DateParts } from './numerals.js';
import type { Claim, Corpus, Span, Topic } from './schema.js';

export type Collection =
  'documents' | 'outlets' | 'actors' | 'topics' | 'claims' | 'statements' | 'flags' | 'nonClaims';
export const COLLECTIONS: readonly Collection[] = [
  'documents',
  'outlets',
  'actors',
  'topics',
  'claims',
  'statements',
  'flags',
  'nonClaims',
];

/** What validation learnt before the rules ran: records it had to leave out. */
export interface IntegrityContext {
  /** Ids of records that exist but are broken; a reference to one is not reported again. */
  unsound: Readonly<Record<Collection, ReadonlySet<string>>>;
  /** Collections whose file could not be read at all: references to them cannot be checked. */
  unreadable: ReadonlySet<Collection>;
  /** Documents with a claim or non-claim left out: their numerals cannot be checked for coverage. */
  partial: ReadonlySet<string>;
  /** Texts of documents left out as broken, still searched for the spellings of actors. */
  otherTexts: readonly string[];
  /** Whether some document's text could not be read at all, so a spelling may be in it. */
  textsIncomplete: boolean;
}

export const EMPTY_CONTEXT: IntegrityContext = {
  unsound: Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as unknown as Record<
    Collection,
    ReadonlySet<string>
  >,
  unreadable: new Set(),
  partial: new Set(),
  otherTexts: [],
  textsIncomplete: false,
};

export interface IntegrityRule {
  id: string;
  /** What the rule guarantees, in a sentence a reader of the data understands. */
  description: string;
  check: (corpus: Corpus, context: IntegrityContext) => CorpusIssue[];
}

const issue = (
  rule: string,
  collection: Collection,
  recordId: string,
  field: string,
  message: string,
): CorpusIssue => ({ rule, collection, recordId, field, message });

const uniqueIds: IntegrityRule = {
  id: 'unique-ids',
  description: 'No two records of one kind share an id.',
  check: (corpus) =>
    COLLECTIONS.flatMap((collection) => {
      const seen = new Set<string>();
      return corpus[collection].flatMap((record) => {
        if (!seen.has(record.id)) {
          seen.add(record.id);
          return [];
        }
        return [
          issue(
            'unique-ids',
            collection,
            record.id,
            'id',
            `the id "${record.id}" is used by more than one record`,
          ),
        ];
      });
    }),
};

const referencesResolve: IntegrityRule = {
  id: 'references-resolve',
  description:
    'Every reference names a record that exists: the document, topic and flags of a claim, the source and intermediaries it is credited to, a statement’s speaker and addressee, an outlet’s actor, a flag’s claims.',
  check: (corpus, context) => {
    const ids = Object.fromEntries(
      COLLECTIONS.map((c) => [c, new Set([...corpus[c].map((r) => r.id), ...context.unsound[c]])]),
    ) as Record<Collection, Set<string>>;
    const issues: CorpusIssue[] = [];
    const check = (
      collection: Collection,
      recordId: string,
      field: string,
      target: Collection,
      value: string | null,
    ) => {
      if (value !== null && !ids[target].has(value) && !context.unreadable.has(target))
        issues.push(
          issue(
            'references-resolve',
            collection,
            recordId,
            field,
            `"${value}" is not the id of any record in ${target}`,
          ),
        );
    };
    for (const o of corpus.outlets) check('outlets', o.id, 'actorId', 'actors', o.actorId);
    for (const d of corpus.documents)
      check('documents', d.id, 'outlet.outletId', 'outlets', d.outlet.outletId);
    for (const c of corpus.claims) {
      check('claims', c.id, 'documentId', 'documents', c.documentId);
      check('claims', c.id, 'topicId', 'topics', c.topicId);
      check('claims', c.id, 'attribution.actorId', 'actors', c.attribution.actorId);
      c.attribution.via.forEach((a, i) =>
        check('claims', c.id, `attribution.via.${i}`, 'actors', a),
      );
      c.flagIds.forEach((f, i) => check('claims', c.id, `flagIds.${i}`, 'flags', f));
    }
    for (const s of corpus.statements) {
      check('statements', s.id, 'documentId', 'documents', s.documentId);
      check('statements', s.id, 'speakerId', 'actors', s.speakerId);
      check('statements', s.id, 'addressedToId', 'actors', s.addressedToId);
    }
    for (const f of corpus.flags) {
      check('flags', f.id, 'documentId', 'documents', f.documentId);
      f.claimIds.forEach((c, i) => check('flags', f.id, `claimIds.${i}`, 'claims', c));
    }
    for (const n of corpus.nonClaims)
      check('nonClaims', n.id, 'documentId', 'documents', n.documentId);
    return issues;
  },
};

const flagsAgree: IntegrityRule = {
  id: 'flags-agree',
  description:
    'A claim lists a flag exactly when the flag lists the claim, and both are in the same document.',
  check: (corpus) => {
    const flags = new Map(corpus.flags.map((f) => [f.id, f]));
    const claims = new Map(corpus.claims.map((c) => [c.id, c]));
    const issues: CorpusIssue[] = [];
    for (const c of corpus.claims)
      c.flagIds.forEach((flagId, i) => {
        const flag = flags.get(flagId);
        if (flag && !flag.claimIds.includes(c.id))
          issues.push(
            issue(
              'flags-agree',
              'claims',
              c.id,
              `flagIds.${i}`,
              `flag "${flagId}" does not list this claim in its claimIds`,
            ),
          );
      });
    for (const f of corpus.flags)
      f.claimIds.forEach((claimId, i) => {
        const claim = claims.get(claimId);
        if (claim && !claim.flagIds.includes(f.id))
          issues.push(
            issue(
              'flags-agree',
              'flags',
              f.id,
              `claimIds.${i}`,
              `claim "${claimId}" does not list this flag in its flagIds`,
            ),
          );
        if (claim && claim.documentId !== f.documentId)
          issues.push(
            issue(
              'flags-agree',
              'flags',
              f.id,
              `claimIds.${i}`,
              `claim "${claimId}" is in document "${claim.documentId}", not "${f.documentId}"`,
            ),
          );
      });
    return issues;
  },
};

const hashesMatch: IntegrityRule = {
  id: 'sha256-matches',
  description: 'Each document’s hash is the SHA-256 of its text.',
  check: (corpus) =>
    corpus.documents.flatMap((d) => {
      const actual = createHash('sha256').update(d.text, 'utf8').digest('hex');
      return actual === d.sha256
        ? []
        : [
            issue(
              'sha256-matches',
              'documents',
              d.id,
              'sha256',
              `expected ${actual} (the SHA-256 of the text), found ${d.sha256}`,
            ),
          ];
    }),
};

function spanProblem(text: string, span: Span): string | null {
  if (span.end <= span.start || span.end > text.length)
    return `offsets ${span.start}–${span.end} are not a range inside the text (length ${text.length})`;
  const actual = text.slice(span.start, span.end);
  return actual === span.exact
    ? null
    : `expected the text at ${span.start}–${span.end} to be "${span.exact}", found "${actual}"`;
}

const quotesMatchText: IntegrityRule = {
  id: 'quote-matches-text',
  description:
    'Every quote (of a claim, statement, flag or non-claim) and every reporting cue equals the text at its offsets.',
  check: (corpus) => {
    const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
    const issues: CorpusIssue[] = [];
    const spans: [Collection, readonly { id: string; documentId: string; quote: Span }[]][] = [
      ['claims', corpus.claims],
      ['statements', corpus.statements],
      ['flags', corpus.flags],
      ['nonClaims', corpus.nonClaims],
    ];
    for (const [collection, records] of spans)
      for (const r of records) {
        const text = texts.get(r.documentId);
        const problem = text === undefined ? null : spanProblem(text, r.quote);
        if (problem) issues.push(issue('quote-matches-text', collection, r.id, 'quote', problem));
      }
    for (const c of corpus.claims) {
      const text = texts.get(c.documentId);
      if (text === undefined) continue;
      c.reportingCues.forEach((cue, i) => {
        const problem = spanProblem(text, cue.quote);
        if (problem)
          issues.push(
            issue('quote-matches-text', 'claims', c.id, `reportingCues.${i}.quote`, problem),
          );
      });
    }
    return issues;
  },
};

const numeralsInQuotes: IntegrityRule = {
  id: 'numeral-matches-text',
  description:
    'Every claim’s numeral equals the text at its offsets and lies inside its quote, and the words it is limited to are in the quote.',
  check: (corpus) => {
    const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
    return corpus.claims.flatMap((c) => {
      const text = texts.get(c.documentId);
      if (text === undefined) return [];
      const { asWritten, start, end } = c.numeral;
      const problems: CorpusIssue[] = [];
      const problem = spanProblem(text, { exact: asWritten, start, end });
      if (problem) problems.push(issue('numeral-matches-text', 'claims', c.id, 'numeral', problem));
      if (start < c.quote.start || end > c.quote.end)
        problems.push(
          issue(
            'numeral-matches-text',
            'claims',
            c.id,
            'numeral',
            `the numeral at ${start}–${end} lies outside the quote at ${c.quote.start}–${c.quote.end}`,
          ),
        );
      if (c.limitedTo !== null && !c.quote.exact.includes(c.limitedTo))
        problems.push(
          issue(
            'numeral-matches-text',
            'claims',
            c.id,
            'limitedTo',
            `"${c.limitedTo}" is not in the quote`,
          ),
        );
      return problems;
    });
  },
};

function partsProblem(
  parsed: DateParts,
  value: DateParts,
  inferred: readonly string[],
): string | null {
  for (const part of ['year', 'month', 'day'] as const) {
    const said = parsed[part];
    const has = value[part];
    if (said !== undefined && said !== has)
      return `the text says ${part} ${said}, the value has ${has ?? 'none'}`;
    if (said === undefined && has !== undefined && !inferred.includes(part))
      return `the value has a ${part} (${has}) that the text does not give; list "${part}" in inferred.parts with the evidence`;
    if (said !== undefined && inferred.includes(part))
      return `"${part}" is listed as inferred but the text gives it`;
  }
  return null;
}

const describeValue = (value: Claim['value']) => JSON.stringify(value);

/** Whether the value's shape fits the topic: a date for a date topic, a number or range otherwise. */
function shapeProblem(claim: Claim, topic: Topic): string | null {
  const { value } = claim;
  if (value === null) return null;
  if (topic.kind === 'date') {
    if (typeof value === 'string') return null;
    return typeof value === 'number'
      ? `the topic is a date, so the value is an ISO date in quotes ('${value}'), not the number ${value}`
      : 'the topic is a date, the value must be an ISO date';
  }
  if (typeof value === 'string') return `the topic is a ${topic.kind}, the value must be a number`;
  if (typeof value === 'object' && topic.kind === 'ordinal') return 'an ordinal cannot be a range';
  return null;
}

function valueProblem(claim: Claim, topic: Topic, language: string): string | null {
  const shape = shapeProblem(claim, topic);
  if (shape) return shape;
  const written = claim.numeral.asWritten;
  const parsed = parseNumeral(written, {
    as: topic.kind === 'date' ? 'date' : 'number',
    language,
  });
  // Words that are not a numeral ("a week", "an undisclosed number") are read by a person, who
  // says how in the interpretation; words the parser reads are always checked against the value.
  if (parsed === null)
    return claim.interpretation === null
      ? `"${written}" is not a numeral form the parser knows; if the words give the figure some other way ("a week"), say how in interpretation`
      : null;
  if (claim.interpretation !== null)
    return `the parser reads "${written}", so it needs no interpretation (move the remark to note)`;
  switch (parsed.kind) {
    case 'vague':
      return claim.value === null
        ? null
        : `"${written}" commits to no number, so the value must be null`;
    case 'number':
      return claim.value === parsed.value
        ? null
        : `"${written}" means ${parsed.value}, the value is ${describeValue(claim.value)}`;
    case 'range': {
      const v = claim.value;
      const same =
        v !== null && typeof v === 'object' && v.low === parsed.low && v.high === parsed.high;
      return same
        ? null
        : `"${written}" means ${parsed.low} to ${parsed.high}, the value is ${describeValue(v)}`;
    }
    case 'date': {
      if (typeof claim.value !== 'string')
        return `"${written}" is a date, the value must be an ISO date`;
      const [from, to] = claim.value.split('/');
      if ((to === undefined) !== (parsed.to === undefined))
        return `"${written}" is ${parsed.to ? 'a range' : 'a single date'}, the value ${claim.value} is not`;
      const inferred = claim.inferred?.parts ?? [];
      return (
        partsProblem(parsed.from, datePartsOf(from!), inferred) ??
        (parsed.to && to ? partsProblem(parsed.to, datePartsOf(to), inferred) : null)
      );
    }
  }
}

const valuesMatchNumerals: IntegrityRule = {
  id: 'value-matches-numeral',
  description:
    'Each value is what its words say in the document’s language ("3,500" is 3500, "six" is 6, "January 20, 2022" is 2022-01-20) and fits its topic; a date part the text does not give is listed as inferred; words that are not a numeral carry an interpretation that says how they were read.',
  check: (corpus) => {
    const topics = new Map(corpus.topics.map((t) => [t.id, t]));
    const languages = new Map(corpus.documents.map((d) => [d.id, d.language]));
    return corpus.claims.flatMap((c) => {
      const topic = topics.get(c.topicId);
      const language = languages.get(c.documentId);
      if (!topic || !language) return [];
      const problem = valueProblem(c, topic, language);
      return problem ? [issue('value-matches-numeral', 'claims', c.id, 'value', problem)] : [];
    });
  },
};

const dateSpansMatch: IntegrityRule = {
  id: 'date-span-matches-value',
  description:
    'A date value’s span gives the first and last day it covers and the precision it is written at (a year-only "2013" covers 2013-01-01 to 2013-12-31); other values have none.',
  check: (corpus) =>
    corpus.claims.flatMap((c) => {
      const expected = typeof c.value === 'string' ? dateSpanOf(c.value) : null;
      const actual = c.dateSpan;
      const same =
        expected === null || actual === null
          ? expected === actual
          : (['start', 'end', 'precision'] as const).every((k) => expected[k] === actual[k]);
      return same
        ? []
        : [
            issue(
              'date-span-matches-value',
              'claims',
              c.id,
              'dateSpan',
              `expected ${JSON.stringify(expected)} for the value ${describeValue(c.value)}`,
            ),
          ];
    }),
};

const attributionsConsistent: IntegrityRule = {
  id: 'attribution-consistent',
  description:
    'A figure in the text’s own voice credits no one: its basis is implied and it has no intermediaries; a source is never its own intermediary.',
  check: (corpus) =>
    corpus.claims.flatMap((c) => {
      const { actorId, basis, via } = c.attribution;
      const at = (field: string, message: string) =>
        issue('attribution-consistent', 'claims', c.id, field, message);
      if (actorId === null && basis !== 'implied')
        return [at('attribution.basis', 'a figure in the text’s own voice has the basis implied')];
      if (actorId === null && via.length)
        return [at('attribution.via', 'a figure in the text’s own voice has no intermediaries')];
      if (actorId !== null && via.includes(actorId))
        return [at('attribution.via', `"${actorId}" is the source, not an intermediary`)];
      return [];
    }),
};

const FITTING_BEHAVIOUR: Record<Topic['kind'], readonly Topic['overTime'][]> = {
  count: ['running-count', 'estimate'],
  ordinal: ['running-count', 'estimate'],
  duration: ['running-count', 'duration', 'estimate'],
  date: ['date'],
};

const topicsConsistent: IntegrityRule = {
  id: 'topic-behaviour-fits-kind',
  description:
    'A topic’s behaviour over time fits its kind: a date topic, and only a date topic, behaves as a date; a count or an ordinal is a running count or an estimate; a duration may also be a duration.',
  check: (corpus) =>
    corpus.topics.flatMap((t) =>
      FITTING_BEHAVIOUR[t.kind].includes(t.overTime)
        ? []
        : [
            issue(
              'topic-behaviour-fits-kind',
              'topics',
              t.id,
              'overTime',
              `a ${t.kind} topic behaves as ${FITTING_BEHAVIOUR[t.kind].join(' or ')}, not ${t.overTime}`,
            ),
          ],
    ),
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

const numeralsCovered: IntegrityRule = {
  id: 'numerals-covered',
  description:
    'Every numeral in every text (digits in the scripts the parser knows and number words of the text’s language) is inside a claim’s numeral or a non-claim’s quote, so no figure escaped annotation.',
  check: (corpus, context) => {
    const claims = byDocument(corpus.claims);
    const nonClaims = byDocument(corpus.nonClaims);
    return corpus.documents
      .filter((d) => !context.partial.has(d.id))
      .flatMap((d) => {
        const covered: [number, number][] = [
          ...(claims.get(d.id) ?? []).map(
            (c) => [c.numeral.start, c.numeral.end] as [number, number],
          ),
          ...(nonClaims.get(d.id) ?? []).map(
            (n) => [n.quote.start, n.quote.end] as [number, number],
          ),
        ];
        return findNumerals(d.text, d.language)
          .filter((t) => !covered.some(([s, e]) => s <= t.start && t.end <= e))
          .map((t) =>
            issue(
              'numerals-covered',
              'documents',
              d.id,
              'text',
              `the numeral "${t.text}" at ${t.start}–${t.end} (…${d.text.slice(Math.max(0, t.start - 30), t.end + 30).replace(/\s+/g, ' ')}…) is neither in a claim nor listed as a non-claim`,
            ),
          );
      });
  },
};

const aliasesOccur: IntegrityRule = {
  id: 'aliases-occur',
  description:
    'Every alias is a spelling some text really uses, as a word of its own ("IS" in "IS attacked", not inside "ISIS").',
  check: (corpus, context) => {
    if (context.textsIncomplete) return [];
    const texts = [...corpus.documents.map((d) => d.text), ...context.otherTexts];
    return corpus.actors.flatMap((a) =>
      a.aliases.flatMap((alias, i) =>
        texts.some((text) => usesSpelling(text, alias))
          ? []
          : [
              issue(
                'aliases-occur',
                'actors',
                a.id,
                `aliases.${i}`,
                `"${alias}" does not occur as a word of its own in any text`,
              ),
            ],
      ),
    );
  },
};

/** Every rule, in the order they run and are documented. */
export const INTEGRITY_RULES: readonly IntegrityRule[] = [
  uniqueIds,
  referencesResolve,
  flagsAgree,
  hashesMatch,
  quotesMatchText,
  numeralsInQuotes,
  valuesMatchNumerals,
  dateSpansMatch,
  attributionsConsistent,
  topicsConsistent,
  numeralsCovered,
  aliasesOccur,
];

/** Every problem the rules find in a schema-valid corpus. */
export function checkIntegrity(
  corpus: Corpus,
  context: IntegrityContext = EMPTY_CONTEXT,
): CorpusIssue[] {
  return INTEGRITY_RULES.flatMap((rule) => rule.check(corpus, context));
}
