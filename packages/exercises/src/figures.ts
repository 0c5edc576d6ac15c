/** What each document says on one topic, gathered once so the kinds can compare texts cheaply. */
import {
  numericBounds,
  QUALIFIER_MEANINGS,
  type Claim,
  type NumberRange,
  type Qualifier,
  type Topic,
} from '@attribution-lab/corpus/queries';
import { hedgeWords } from './attribution.js';
import { formatClaimFigure, listInWords, quoted } from './format.js';
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

/** A figure as a text gives it: its value and the hedge on it ("almost" 90). */
export interface Hedged {
  value: FigureValue;
  qualifier: Qualifier;
}

/** The numbers a hedged figure allows, with whether each end is itself allowed. */
interface Allowed {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** How far "around" or "almost" may stray from the number: a tenth of it. */
const NEAR = 0.1;

function allowedBy({ value, qualifier }: Hedged & { value: number | NumberRange }): Allowed {
  const { low, high } = numericBounds(value);
  const closed = { lowOpen: false, highOpen: false };
  switch (QUALIFIER_MEANINGS[qualifier]) {
    case 'approximate':
      return { low: low * (1 - NEAR), high: high * (1 + NEAR), ...closed };
    case 'at-least':
      return { low, high: Infinity, ...closed };
    case 'more-than':
      return { low, high: Infinity, lowOpen: true, highOpen: false };
    case 'just-under':
      return { low: low * (1 - NEAR), high, lowOpen: false, highOpen: true };
    default:
      return { low, high, ...closed };
  }
}

const below = (a: Allowed, b: Allowed) =>
  a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));

/**
 * Whether two figures could be the same number once their hedges are read: "almost 90" and 89
 * could, "at least 6" and 45 could, "around 5,000" and 3,500 could not. Dates overlap or not as
 * the days they cover.
 */
export function couldBeSame(a: Hedged, b: Hedged): boolean {
  if (typeof a.value === 'string' || typeof b.value === 'string')
    return valuesOverlap(a.value, b.value);
  const x = allowedBy({ value: a.value, qualifier: a.qualifier });
  const y = allowedBy({ value: b.value, qualifier: b.qualifier });
  return !below(x, y) && !below(y, x);
}

/**
 * Whether a claim could be read as giving this figure: with their hedges they could be the same
 * number, or part of the claim's value is inferred, so the text itself leaves the question open
 * ("January 20", no year).
 */
export const couldGive = (claim: Claim, figure: Hedged): boolean =>
  claim.value !== null &&
  (claim.inferred !== null ||
    couldBeSame({ value: claim.value, qualifier: claim.qualifier }, figure));

/** Whether any figure the document gives on the topic could be one of these. */
export const mightGive = (figures: DocumentFigures, asked: readonly Hedged[]): boolean =>
  figures.claims.some((c) => asked.some((figure) => couldGive(c, figure)));

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
  const hedge = hedgeWords(claim);
  const source = actorId
    ? `from ${lookup.actor(actorId).name}`
    : hedge
      ? `naming no source: ${quoted(hedge)}`
      : 'in its own voice';
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
