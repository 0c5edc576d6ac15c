/** What each document says on one topic, gathered once so the kinds can compare texts cheaply. */
import type { Claim, Topic } from '@attribution-lab/corpus/queries';
import { formatClaimFigure, listInWords } from './format.js';
import type { Lookup } from './lookup.js';
import { isStated } from './values.js';
import { valuesOverlap, valueKey, type FigureValue } from '@attribution-lab/corpus/queries';

export interface DocumentFigures {
  documentId: string;
  claims: Claim[];
  /** Claims the text gives in full, by value key. */
  stated: Map<string, Claim[]>;
  /** Claims whose value is a vague word or has inferred parts. */
  uncertain: Claim[];
}

/** Each document that has claims on the topic, in corpus order. */
export function figuresOnTopic(lookup: Lookup, topicId: string): DocumentFigures[] {
  const byDocument = new Map<string, DocumentFigures>();
  for (const claim of lookup.claimsByTopic(topicId)) {
    let figures = byDocument.get(claim.documentId);
    if (!figures) {
      figures = { documentId: claim.documentId, claims: [], stated: new Map(), uncertain: [] };
      byDocument.set(claim.documentId, figures);
    }
    figures.claims.push(claim);
    if (isStated(claim)) {
      const key = valueKey(claim.value);
      const same = figures.stated.get(key);
      if (same) same.push(claim);
      else figures.stated.set(key, [claim]);
    } else {
      figures.uncertain.push(claim);
    }
  }
  return [...byDocument.values()].sort(
    (a, b) => lookup.position(a.documentId) - lookup.position(b.documentId),
  );
}

/**
 * Whether a claim could be read as giving this value: its value overlaps it, or part of its value
 * is inferred, so the text itself leaves the question open ("January 20", no year).
 */
export const couldGive = (claim: Claim, value: FigureValue): boolean =>
  claim.value !== null && (claim.inferred !== null || valuesOverlap(claim.value, value));

/** Whether any figure the document gives on the topic could be this value. */
export const mightGive = (figures: DocumentFigures, value: FigureValue): boolean =>
  figures.claims.some((c) => couldGive(c, value));

/** The distinct stated values on a topic, in the order the documents give them. */
export function statedValues(all: readonly DocumentFigures[]): FigureValue[] {
  const seen = new Map<string, FigureValue>();
  for (const figures of all)
    for (const claims of figures.stated.values()) {
      const value = claims[0]!.value as FigureValue;
      if (!seen.has(valueKey(value))) seen.set(valueKey(value), value);
    }
  return [...seen.values()];
}

/** "at least 78, from the Syrian Observatory for Human Rights": a claim's figure and who it is credited to. */
function figureWithSource(lookup: Lookup, claim: Claim, topic: Topic): string {
  const actorId = claim.attribution.actorId;
  const source = actorId ? `from ${lookup.actor(actorId).name}` : 'in its own voice';
  return `${formatClaimFigure(claim, topic)} (${source})`;
}

/** Every figure a document gives on a topic with its source, in words. */
export function documentFiguresInWords(
  lookup: Lookup,
  figures: DocumentFigures,
  topic: Topic,
): string {
  return listInWords([...new Set(figures.claims.map((c) => figureWithSource(lookup, c, topic)))]);
}
