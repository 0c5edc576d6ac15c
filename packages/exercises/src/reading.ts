/**
 * Which passages each question shows before it is answered, from the corpus: a figure's sentence
 * with the words that credit and hedge it, a text's sentences on a topic (one per figure it gives),
 * a text's date line. The kinds pick among these; passages.ts cuts them to size.
 */
import {
  BASIS_MEANINGS,
  valueKey,
  type Claim,
  type Document,
  type NonClaim,
} from '@attribution-lab/corpus/queries';
import { creditSpan } from './attribution.js';
import { formatDate } from './format.js';
import type { Lookup } from './lookup.js';
import { headline, passagesOf, type Key } from './passages.js';
import type { Passage } from './types.js';

/** The shorter excerpts of a question that shows several texts side by side. */
export const SIDE_BY_SIDE = 300;

/** The spans that show a claim: its words, and where the text credits and hedges it. */
export function claimKeys(lookup: Lookup, claim: Claim, note?: string): Key[] {
  const credit = creditSpan(lookup, claim);
  return [
    { start: claim.quote.start, end: claim.quote.end, ...(note ? { note } : {}) },
    ...(credit ? [credit] : []),
    ...claim.reportingCues.map((cue) => ({ start: cue.quote.start, end: cue.quote.end })),
  ];
}

/** Each figure's claims once: the first claim of each distinct value (or vague word), in text order. */
export function oneClaimPerFigure(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return [...claims]
    .sort((a, b) => a.quote.start - b.quote.start)
    .filter((c) => {
      const key = c.value === null ? `w:${c.numeral.asWritten.toLowerCase()}` : valueKey(c.value);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The passages that show these claims of one text, with where it credits and hedges them. */
export function claimPassages(
  lookup: Lookup,
  claims: readonly Claim[],
  { max, noteOf }: { max?: number; noteOf?: (claim: Claim) => string | undefined } = {},
): Passage[] {
  if (claims.length === 0) return [];
  const document = lookup.document(claims[0]!.documentId);
  return passagesOf(
    document,
    claims.flatMap((c) => claimKeys(lookup, c, noteOf?.(c))),
    max === undefined ? {} : { max },
  );
}

/** What a text says on a topic, one sentence per figure it gives: none when it says nothing. */
export const topicPassages = (lookup: Lookup, documentId: string, topicId: string): Passage[] =>
  lookup.remember(`figures\u0000${documentId}\u0000${topicId}`, () =>
    passagesOf(
      lookup.document(documentId),
      oneClaimPerFigure(lookup.claimsIn(documentId, topicId)).map((c) => c.quote),
      { max: SIDE_BY_SIDE },
    ),
  );

/** Every figure a text gives on a topic, with where it credits and hedges each: none when it says nothing. */
export const creditedTopicPassages = (
  lookup: Lookup,
  documentId: string,
  topicId: string,
): Passage[] =>
  lookup.remember(`credited\u0000${documentId}\u0000${topicId}`, () =>
    claimPassages(lookup, lookup.claimsIn(documentId, topicId)),
  );

/** "As of 21 January 2022", and whether the text says so or it was worked out. */
export function asOfNote(claim: Claim): string {
  const { date, basis } = claim.asOf;
  return `As of ${formatDate(date)}${basis === 'stated' ? '' : ` (${BASIS_MEANINGS[basis]})`}.`;
}

/** The line that dates a text ("Status: 01/22/2022 3:17 p.m"), where its date is stated there. */
export function dateLine(lookup: Lookup, document: Document): NonClaim | undefined {
  return document.published.basis === 'stated'
    ? lookup.corpus.nonClaims.find(
        (n) => n.documentId === document.id && n.reason === 'publication-metadata',
      )
    : undefined;
}

/**
 * Where a text shows when it was published: its date line, or, where it has none, its headline with
 * a note of the date and how it is known.
 */
export function publicationPassage(lookup: Lookup, document: Document): Passage {
  const { date, basis } = document.published;
  const line = dateLine(lookup, document);
  if (line) return passagesOf(document, [line.quote])[0]!;
  const published = `Published ${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;
  return headline(
    document,
    basis === 'stated' ? `${published}.` : `No date line. ${published}: ${BASIS_MEANINGS[basis]}.`,
  );
}
