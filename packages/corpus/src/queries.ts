/**
 * Questions a developer asks of a corpus. Pure functions over plain data, with no validation and
 * no Node built-ins, so a browser bundle can use them without shipping zod or the validator.
 */
import type { Actor, Claim, Corpus, Document, Outlet, Topic } from './schema.js';

export type {
  Actor,
  Claim,
  Corpus,
  Document,
  Flag,
  NonClaim,
  Outlet,
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

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().trim();

/**
 * The actor a name refers to, matching any spelling the texts use, regardless of case, accents and
 * apostrophe style ("hassake" finds al-Hasakah). Undefined when no actor has that name.
 */
export function resolveAlias(corpus: Corpus, name: string): Actor | undefined {
  const wanted = fold(name);
  return corpus.actors.find(
    (a) => fold(a.name) === wanted || a.aliases.some((alias) => fold(alias) === wanted),
  );
}

/** How to name a document's source in a sentence: the outlet's name, or what is known of it. */
export function sourceName(corpus: Corpus, document: Document): string {
  return document.outlet.outletId
    ? getOutlet(corpus, document.outlet.outletId).name
    : document.outlet.description;
}

export interface FigureRow {
  claim: Claim;
  document: Document;
  /** Who published it: the outlet's name or a description of the unknown outlet. */
  reportedBy: string;
  /** Whom the text cites for it; null when the text states it in its own voice. */
  source: Actor | null;
}

/** The figures for one topic side by side, in the order their documents were published. */
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
        a.document.published.date.localeCompare(b.document.published.date) ||
        a.claim.quote.start - b.claim.quote.start,
    );
}

/** Topics on which the texts give more than one distinct value. */
export function contestedTopics(corpus: Corpus): Topic[] {
  return corpus.topics.filter(
    (t) => new Set(claimsByTopic(corpus, t.id).map((c) => JSON.stringify(c.value))).size > 1,
  );
}

export { formatDate, formatNumber, formatOrdinal, formatPartialDate } from './format.js';
