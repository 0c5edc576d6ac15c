/**
 * Outlet to figure: "What figure does tagesschau give for the number of people killed?" Asked only
 * when the text gives one value in full (or one per as-of date, for a running count of the event,
 * and then the date is in the question). The wrong options are the other figures on the same
 * topic: another text's, or the same text's from another date. Figures that measure something else
 * never compete here.
 */
import type { Claim, Topic } from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import { buildExercise, type DraftOption } from '../exercise.js';
import { figuresOnTopic, statedValues, type DocumentFigures } from '../figures.js';
import { capitalise, endSentence, formatClaimFigure, formatDate, formatValue } from '../format.js';
import { groupBy, type Lookup } from '../lookup.js';
import { claimPassages, oneClaimPerFigure, asOfNote } from '../reading.js';
import type { Exercise, Misconception } from '../types.js';
import { isStated } from '../values.js';
import { valuesOverlap, valueKey, type FigureValue } from '@attribution-lab/corpus/queries';

const MAX_WRONG = 3;

interface Wrong {
  value: FigureValue;
  misconception: Misconception;
  why: string;
}

/** Each distinct value on a topic with the first two texts that give it: enough to name another text. */
function valueSources(
  all: readonly DocumentFigures[],
): { value: FigureValue; documentIds: string[] }[] {
  const sources = new Map<string, { value: FigureValue; documentIds: string[] }>();
  for (const figures of all)
    for (const v of statedValues([figures])) {
      const entry = sources.get(valueKey(v)) ?? { value: v, documentIds: [] };
      if (entry.documentIds.length < 2) entry.documentIds.push(figures.documentId);
      sources.set(valueKey(v), entry);
    }
  return [...sources.values()];
}

function question(
  lookup: Lookup,
  topic: Topic,
  claims: Claim[],
  asOf: string | null,
  sameText: Claim[],
  sources: ReturnType<typeof valueSources>,
): Exercise | null {
  const value = claims[0]!.value as FigureValue;
  const documentId = claims[0]!.documentId;
  const name = lookup.documentName(documentId);
  const wrong = new Map<string, Wrong>();
  for (const claim of sameText) {
    const v = claim.value as FigureValue;
    if (!valuesOverlap(v, value) && !wrong.has(valueKey(v)))
      wrong.set(valueKey(v), {
        value: v,
        misconception: 'ignored-as-of',
        why: `${formatValue(v, topic)} is what the same text gives as of ${formatDate(claim.asOf.date)}`,
      });
  }
  for (const { value: v, documentIds } of sources) {
    const other = documentIds.find((id) => id !== documentId);
    if (wrong.size >= MAX_WRONG || !other || valuesOverlap(v, value) || wrong.has(valueKey(v)))
      continue;
    wrong.set(valueKey(v), {
      value: v,
      misconception: 'wrong-outlet',
      why: `${formatValue(v, topic)} is what ${lookup.documentName(other)} gives`,
    });
  }
  if (wrong.size === 0) return null;
  const wrongs = [...wrong.values()].slice(0, MAX_WRONG);
  // A student who reaches for the biggest figure on offer shows a habit worth naming.
  if (typeof value === 'number') {
    const largest = wrongs.reduce<Wrong | null>(
      (top, w) =>
        typeof w.value === 'number' && w.value > value && (!top || w.value > (top.value as number))
          ? w
          : top,
      null,
    );
    if (largest && largest.misconception === 'wrong-outlet')
      largest.misconception = 'largest-number';
  }
  const options: DraftOption[] = [
    { label: formatValue(value, topic), misconception: null, about: { type: 'value', value } },
    ...wrongs.map((w) => ({
      label: formatValue(w.value, topic),
      misconception: w.misconception,
      about: { type: 'value' as const, value: w.value },
    })),
  ];
  const what = topic.kind === 'date' ? 'date' : 'figure';
  const when = asOf ? `, as of ${formatDate(asOf)}` : '';
  const quoted = `“${claims[0]!.quote.exact.trim()}”`;
  return buildExercise({
    kind: 'outlet-to-figure',
    key: `${documentId}/${topic.id}${asOf ? `@${asOf}` : ''}`,
    difficulty: asOf ? 3 : wrongs.some((w) => w.misconception === 'largest-number') ? 2 : 1,
    prompt: `What ${what} does ${name} give for ${topic.phrase}${when}?`,
    format: 'single',
    options,
    evidence: claims.map(claimEvidence),
    reading: {
      documentId,
      about: topic.phrase,
      lead: claimPassages(lookup, oneClaimPerFigure(lookup.claimsIn(documentId, topic.id)), {
        ...(asOf ? { noteOf: asOfNote } : {}),
      }),
    },
    explanation: `${capitalise(name)} gives ${formatClaimFigure(claims[0]!, topic)}${when}: ${endSentence(quoted)} ${wrongs.map((w) => capitalise(w.why)).join('; ')}.`,
    subject: { shape: 'outlet-to-figure', documentId, topicId: topic.id, asOf },
  });
}

export function outletToFigure(lookup: Lookup): Exercise[] {
  return lookup.corpus.topics.flatMap((topic) => {
    const all = figuresOnTopic(lookup, topic.id);
    const sources = valueSources(all);
    return all.flatMap((figures) => {
      if (figures.uncertain.length > 0) return [];
      if (figures.stated.size === 1) {
        const exercise = question(
          lookup,
          topic,
          [...figures.stated.values()][0]!,
          null,
          [],
          sources,
        );
        return exercise ? [exercise] : [];
      }
      // Several values in one text can only be told apart by their as-of date, and only a running
      // count of the event changes with the date; a background figure given twice is left alone.
      if (topic.scope !== 'event') return [];
      const byDate = groupBy(figures.claims.filter(isStated), (c) => c.asOf.date);
      return [...byDate].flatMap(([date, claims]) => {
        if (new Set(claims.map((c) => valueKey(c.value))).size > 1) return [];
        const sameText = figures.claims.filter((c) => c.asOf.date !== date);
        // "As of January 2022" cannot single out one of two counts made within January 2022.
        if (sameText.some((c) => valuesOverlap(c.asOf.date, date))) return [];
        const exercise = question(lookup, topic, claims, date, sameText, sources);
        return exercise ? [exercise] : [];
      });
    });
  });
}
