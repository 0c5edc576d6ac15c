/**
 * Timeline and as-of: which text was published first or last, the texts in publication order, and
 * which figure was the latest for a running count of the event on a given date. Dates are compared
 * as the days they cover, so "January 2022" is never placed before or after "22 January 2022";
 * texts or figures whose order the dates leave open are not asked about.
 */
import type { Claim, Document, Topic } from '@attribution-lab/corpus/queries';
import { claimEvidence, headlineEvidence } from '../evidence.js';
import { buildExercise, type DraftOption } from '../exercise.js';
import { capitalise, formatClaimFigure, formatDate, quoted } from '../format.js';
import { groupBy, type Lookup } from '../lookup.js';
import { asOfNote, claimPassages, dateLine, publicationPassage, SIDE_BY_SIDE } from '../reading.js';
import type { Exercise } from '../types.js';
import { isStated } from '../values.js';
import {
  BASIS_MEANINGS,
  dateSpanOf,
  valueKey,
  type DateSpan,
  type FigureValue,
} from '@attribution-lab/corpus/queries';

const CHAIN_LENGTH = 4;
const MIN_CHAIN = 3;
const MAX_WRONG = 3;

interface Dated {
  document: Document;
  range: DateSpan;
}

/** Runs of texts each published strictly after the one before: one run starting at each text. */
function publicationChains(lookup: Lookup): Document[][] {
  const dated: Dated[] = lookup.corpus.documents
    .filter((d) => d.published.basis !== 'unknown')
    .map((document) => ({ document, range: dateSpanOf(document.published.date) }))
    .sort((a, b) =>
      a.range.start < b.range.start
        ? -1
        : a.range.start > b.range.start
          ? 1
          : lookup.position(a.document.id) - lookup.position(b.document.id),
    );
  const firstAfter = (day: string): Dated | undefined => {
    let lo = 0;
    let hi = dated.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dated[mid]!.range.start > day) hi = mid;
      else lo = mid + 1;
    }
    return dated[lo];
  };
  const chains = new Map<string, Document[]>();
  for (const start of dated) {
    const chain = [start];
    for (
      let next = firstAfter(start.range.end);
      next && chain.length < CHAIN_LENGTH;
      next = firstAfter(next.range.end)
    )
      chain.push(next);
    if (chain.length >= MIN_CHAIN)
      chains.set(
        chain.map((d) => d.document.id).join(','),
        chain.map((d) => d.document),
      );
  }
  return [...chains.values()];
}

/** When a text was published, and how that is known: its date line, or clues in it. */
function publishedInWords(lookup: Lookup, document: Document): string {
  const { date, basis } = document.published;
  const line = dateLine(lookup, document);
  const how = line
    ? ` (its date line: ${quoted(line.quote.exact)})`
    : basis === 'stated'
      ? ''
      : ` (the text has no date line: this is ${BASIS_MEANINGS[basis]})`;
  return `${capitalise(lookup.documentName(document.id))} was published ${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}${how}.`;
}

function publicationExercises(lookup: Lookup, chain: Document[]): Exercise[] {
  const key = chain.map((d) => d.id).join(',');
  const explanation = chain.map((d) => publishedInWords(lookup, d)).join(' ');
  const evidence = chain.map(headlineEvidence);
  const reading = {
    documentId: null,
    about: 'when it was published',
    byOption: chain.map((d) => [publicationPassage(lookup, d)]),
  };
  const pick = (rightIndex: number): DraftOption[] =>
    chain.map((d, i) => ({
      label: lookup.documentLabel(d.id),
      misconception: i === rightIndex ? null : 'wrong-order',
      about: { type: 'document', documentId: d.id },
    }));
  return [
    buildExercise({
      kind: 'timeline',
      key: `first:${key}`,
      difficulty: 1,
      prompt: 'Which of these texts was published first?',
      format: 'single',
      options: pick(0),
      evidence,
      reading,
      explanation,
      subject: { shape: 'published-first' },
    }),
    buildExercise({
      kind: 'timeline',
      key: `last:${key}`,
      difficulty: 1,
      prompt: 'Which of these texts was published last?',
      format: 'single',
      options: pick(chain.length - 1),
      evidence,
      reading,
      explanation,
      subject: { shape: 'published-last' },
    }),
    buildExercise({
      kind: 'timeline',
      key: `order:${key}`,
      difficulty: 2,
      prompt: 'Put these texts in the order they were published, earliest first.',
      format: 'order',
      options: chain.map((d) => ({
        label: lookup.documentLabel(d.id),
        misconception: null,
        about: { type: 'document', documentId: d.id },
      })),
      evidence,
      reading,
      explanation,
      subject: { shape: 'publication-order' },
    }),
  ];
}

/** "As of X, which figure was the latest?": asked where the figures dated X agree and no other figure's date could fall on X. */
function latestAsOf(
  lookup: Lookup,
  topic: Topic,
  day: string,
  claims: readonly Claim[],
): Exercise | null {
  const onDay = claims.filter((c) => c.asOf.date === day);
  if (!onDay.every(isStated) || new Set(onDay.map((c) => valueKey(c.value!))).size !== 1)
    return null;
  const value = onDay[0]!.value as FigureValue;
  const earlier: Claim[] = [];
  const later: Claim[] = [];
  for (const claim of claims) {
    if (claim.value === value) continue;
    const range = dateSpanOf(claim.asOf.date);
    if (range.start > day) later.push(claim);
    else if (range.end < day) earlier.push(claim);
    else return null;
  }
  const wrong = new Map<string, Claim>();
  for (const claim of [...later, ...earlier].filter(isStated))
    if (!wrong.has(valueKey(claim.value)) && wrong.size < MAX_WRONG)
      wrong.set(valueKey(claim.value), claim);
  if (wrong.size === 0) return null;
  // Each figure as its text hedges it: "almost 90", not a bare 90.
  const figure = (c: Claim) => formatClaimFigure(c, topic);
  const option = (c: Claim) => ({
    label: figure(c),
    about: { type: 'value' as const, value: c.value as FigureValue, qualifier: c.qualifier },
  });
  const describe = (c: Claim) => {
    const isLater = dateSpanOf(c.asOf.date).start > day;
    return `${capitalise(figure(c))} (${lookup.documentName(c.documentId)}) is as of ${formatDate(c.asOf.date)}, ${isLater ? 'after' : 'before'} that date, so ${isLater ? 'it was not yet known then' : 'it was out of date by then'}.`;
  };
  const wrongs = [...wrong.values()];
  return buildExercise({
    kind: 'timeline',
    key: `as-of:${topic.id}@${day}`,
    difficulty: 3,
    prompt: `The texts give ${topic.phrase} as of different dates. Which figure was the latest as of ${formatDate(day)}?`,
    format: 'single',
    options: [
      { ...option(onDay[0]!), misconception: null },
      ...wrongs.map((c) => ({ ...option(c), misconception: 'ignored-as-of' as const })),
    ],
    evidence: [...onDay, ...wrongs].map(claimEvidence),
    reading: {
      documentId: null,
      about: topic.phrase,
      byOption: [onDay[0]!, ...wrongs].map((c) =>
        claimPassages(lookup, [c], { max: SIDE_BY_SIDE, noteOf: asOfNote }),
      ),
    },
    explanation: `${capitalise(figure(onDay[0]!))} (${lookup.documentName(onDay[0]!.documentId)}) is the figure as of ${formatDate(day)}, and no text gives a different one for that day. ${wrongs.map(describe).join(' ')}`,
    subject: { shape: 'latest-as-of', topicId: topic.id, date: day },
  });
}

export function timeline(lookup: Lookup): Exercise[] {
  const publication = publicationChains(lookup).flatMap((chain) =>
    publicationExercises(lookup, chain),
  );
  // "The latest as of a day" means something only for a running count of the event, which later
  // reports supersede (deaths, recaptured); competing estimates of one quantity (the prison's
  // population) have no latest, and the corpus says which topics are which.
  const asOf = lookup.corpus.topics
    .filter((t) => t.scope === 'event' && t.overTime === 'running-count')
    .flatMap((topic) => {
      const claims = lookup.claimsByTopic(topic.id);
      const days = [...groupBy(claims, (c) => c.asOf.date).keys()]
        .filter((d) => d.length === 10)
        .sort();
      return days.flatMap((day) => latestAsOf(lookup, topic, day, claims) ?? []);
    });
  return [...publication, ...asOf];
}
