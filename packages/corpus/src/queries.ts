/**
 * Questions a developer asks of a corpus. Pure functions over plain data, with no validation and
 * no Node built-ins, so a browser bundle can use them without shipping zod or the validator.
 */
import { compareDates } from './dates.js';
import { sameName } from './names.js';
import type { Actor, Claim, Corpus, Document, Outlet, Topic } from './schema.js';

export type {
  Actor,
  Claim,
  Corpus,
  CorpusData,
  DateSpan,
  Document,
  Flag,
  NonClaim,
  NumberRange,
  Outlet,
  OverTime,
  Qualifier,
  ReportingCue,
  Statement,
  Topic,
} from './schema.js';

function byId<T extends { id: string }>(records: readonly T[], id: string, what: string): T {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`no ${what} with id "${id}"`);
  return found;
}

export const getDocument = (corpus: Corpus, id: string): Document =>
  byId(corpus.documents, id, 'document');
export const getTopic = (corpus: Corpus, id: string): Topic => byId(corpus.topics, id, 'topic');
export const getActor = (corpus: Corpus, id: string): Actor => byId(corpus.actors, id, 'actor');
export const getOutlet = (corpus: Corpus, id: string): Outlet => byId(corpus.outlets, id, 'outlet');
export const getClaim = (corpus: Corpus, id: string): Claim => byId(corpus.claims, id, 'claim');

export const claimsByTopic = (corpus: Corpus, topicId: string): Claim[] =>
  corpus.claims.filter((c) => c.topicId === topicId);
export const claimsByDocument = (corpus: Corpus, documentId: string): Claim[] =>
  corpus.claims.filter((c) => c.documentId === documentId);
/** Claims the texts attribute to an actor; `null` gives the figures texts state in their own voice. */
export const claimsByActor = (corpus: Corpus, actorId: string | null): Claim[] =>
  corpus.claims.filter((c) => c.attribution.actorId === actorId);

/**
 * The actor a name refers to, matching any spelling the texts use, regardless of case, accents and
 * apostrophe style ("hassake" finds al-Hasakah). Undefined when no actor has that name.
 */
export function resolveAlias(corpus: Corpus, name: string): Actor | undefined {
  return corpus.actors.find(
    (a) => sameName(a.name, name) || a.aliases.some((alias) => sameName(alias, name)),
  );
}

/** How to name a document's source in a sentence: the outlet's name, or what is known of it. */
export function sourceName(corpus: Corpus, document: Document): string {
  return document.outlet.outletId
    ? getOutlet(corpus, document.outlet.outletId).name
    : document.outlet.description;
}

/**
 * The same, short enough for an option or a prompt a student reads at a glance: the outlet's name,
 * or what is known of an unnamed one without its asides ("an unnamed French-language outlet
 * (republished by archyde.com)" reads "an unnamed French outlet"). The full description belongs on
 * the page about the text.
 */
export function shortSourceName(corpus: Corpus, document: Document): string {
  if (document.outlet.outletId) return getOutlet(corpus, document.outlet.outletId).name;
  const { description } = document.outlet;
  const short = description
    .replace(/\s*[(,;:].*$/s, '')
    .replace(/(\p{L})-language\b/gu, '$1')
    .trim();
  return short || description;
}

export interface FigureRow {
  claim: Claim;
  document: Document;
  /** Who published it: the outlet's name or a description of the unknown outlet. */
  reportedBy: string;
  /** Whom the text cites for it; null when the text states it in its own voice. */
  source: Actor | null;
}

/**
 * The figures for one topic side by side, in the order their documents were published; a text
 * dated only to its month sorts after the days of that month it may follow.
 */
export function figuresSideBySide(corpus: Corpus, topicId: string): FigureRow[] {
  return claimsByTopic(corpus, topicId)
    .map((claim) => {
      const document = getDocument(corpus, claim.documentId);
      const actorId = claim.attribution.actorId;
      return {
        claim,
        document,
        reportedBy: sourceName(corpus, document),
        source: actorId ? getActor(corpus, actorId) : null,
      };
    })
    .sort(
      (a, b) =>
        compareDates(a.document.published.date, b.document.published.date) ||
        a.claim.quote.start - b.claim.quote.start,
    );
}

/**
 * Figures in a text that say the number is not known or was not disclosed ("an undisclosed
 * number", "it is not known exactly how many"): no value, and an interpretation that says why.
 */
export const isUnknownFigure = (claim: Claim): boolean =>
  claim.value === null && claim.interpretation !== null;

export {
  formatDate,
  formatNumber,
  formatOrdinal,
  formatPartialDate,
  formatValue,
} from './format.js';
export { compareDates, dateSpanOf, datesOverlap, precisionOf } from './dates.js';
export { foldName, sameName, spellingOffsets, usesSpelling } from './names.js';
export * from './wording.js';
export {
  isNumberRange,
  numericBounds,
  sameValue,
  valueKey,
  valuesOverlap,
  type FigureValue,
} from './values.js';
export {
  contestedTopics,
  DISQUALIFYING_FLAGS,
  QUESTIONING_FLAGS,
  topicFigures,
  type Spread,
  type SpreadEnd,
  type TopicFigures,
  type TopicReport,
} from './topic-figures.js';
