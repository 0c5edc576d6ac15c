/**
 * Outlet to figure: "What figure does tagesschau give for the number of people killed?" Asked only
 * when the text gives one value in full (or one per as-of date, for a running count of the event,
 * and then the date is in the question). The wrong options are the other figures on the same
 * topic: another text's, or the same text's from another date. Every option keeps the hedge its
 * text gives it ("almost 90"), and a figure the asked text's hedge could cover is never offered as
 * wrong. Figures that measure something else never compete here.
 */
import { valuesOverlap, valueKey, type Claim, type Topic } from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import { buildExercise, type DraftOption } from '../exercise.js';
import { couldBeSame, figuresOnTopic, type DocumentFigures, type Hedged } from '../figures.js';
import { cueNotes } from '../attribution.js';
import { capitalise, endSentence, formatClaimFigure, formatDate, quoted } from '../format.js';
import { groupBy, type Lookup } from '../lookup.js';
import { asOfNote, claimPassages, oneClaimPerFigure } from '../reading.js';
import type { Exercise, Misconception } from '../types.js';
import { isStated } from '../values.js';

const MAX_WRONG = 3;

interface Wrong {
  /** The first claim that gives the figure, worded as the option shows it: "almost 90". */
  claim: Claim & Hedged;
  misconception: Misconception;
  why: string;
}

type Stated = Claim & Hedged;

/** Each distinct value on a topic, as the first text words it, with the first two texts that give it. */
function valueSources(all: readonly DocumentFigures[]): { claim: Stated; documentIds: string[] }[] {
  const sources = new Map<string, { claim: Stated; documentIds: string[] }>();
  for (const figures of all)
    for (const [key, claims] of figures.stated) {
      const entry = sources.get(key) ?? { claim: claims[0] as Stated, documentIds: [] };
      if (entry.documentIds.length < 2) entry.documentIds.push(figures.documentId);
      sources.set(key, entry);
    }
  return [...sources.values()];
}

function question(
  lookup: Lookup,
  topic: Topic,
  claims: Stated[],
  asOf: string | null,
  sameText: Stated[],
  sources: ReturnType<typeof valueSources>,
): Exercise | null {
  const { value, documentId } = claims[0]!;
  const name = lookup.documentName(documentId);
  const figure = (c: Stated) => formatClaimFigure(c, topic);
  // A figure the text's own hedge could cover ("almost 90" against 89) is never offered as wrong.
  const arguable = (c: Stated) => claims.some((mine) => couldBeSame(mine, c));
  const wrong = new Map<string, Wrong>();
  for (const claim of sameText) {
    if (!arguable(claim) && !wrong.has(valueKey(claim.value)))
      wrong.set(valueKey(claim.value), {
        claim,
        misconception: 'ignored-as-of',
        why: `${figure(claim)} is what the same text gives as of ${formatDate(claim.asOf.date)}`,
      });
  }
  for (const { claim, documentIds } of sources) {
    const other = documentIds.find((id) => id !== documentId);
    if (wrong.size >= MAX_WRONG || !other || arguable(claim) || wrong.has(valueKey(claim.value)))
      continue;
    wrong.set(valueKey(claim.value), {
      claim,
      misconception: 'wrong-outlet',
      why: `${figure(claim)} is what ${lookup.documentName(other)} gives`,
    });
  }
  if (wrong.size === 0) return null;
  const wrongs = [...wrong.values()].slice(0, MAX_WRONG);
  // A student who reaches for the biggest figure on offer shows a habit worth naming.
  if (typeof value === 'number') {
    const size = (w: Wrong) => (typeof w.claim.value === 'number' ? w.claim.value : -Infinity);
    const largest = wrongs.reduce<Wrong | null>(
      (top, w) => (size(w) > value && (!top || size(w) > size(top)) ? w : top),
      null,
    );
    if (largest && largest.misconception === 'wrong-outlet')
      largest.misconception = 'largest-number';
  }
  const option = (c: Stated) => ({
    label: figure(c),
    about: { type: 'value' as const, value: c.value, qualifier: c.qualifier },
  });
  const options: DraftOption[] = [
    { ...option(claims[0]!), misconception: null },
    ...wrongs.map((w) => ({ ...option(w.claim), misconception: w.misconception })),
  ];
  const what = topic.kind === 'date' ? 'date' : 'figure';
  const when = asOf ? `, as of ${formatDate(asOf)}` : '';
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
    explanation: [
      `${capitalise(name)} gives ${figure(claims[0]!)}${when}: ${endSentence(quoted(claims[0]!.quote.exact.trim()))}`,
      cueNotes(claims),
      `${capitalise(wrongs.map((w) => w.why).join('; '))}.`,
    ]
      .filter((part) => part !== '')
      .join(' '),
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
          [...figures.stated.values()][0]! as Stated[],
          null,
          [],
          sources,
        );
        return exercise ? [exercise] : [];
      }
      // Several values in one text can only be told apart by their as-of date, and only a running
      // count of the event changes with the date; estimates of one quantity and background figures
      // given twice are left alone.
      if (topic.scope !== 'event' || topic.overTime !== 'running-count') return [];
      const byDate = groupBy(figures.claims.filter(isStated), (c) => c.asOf.date);
      return [...byDate].flatMap(([date, claims]) => {
        if (new Set(claims.map((c) => valueKey(c.value))).size > 1) return [];
        const sameText = figures.claims.filter(isStated).filter((c) => c.asOf.date !== date);
        // "As of January 2022" cannot single out one of two counts made within January 2022.
        if (sameText.some((c) => valuesOverlap(c.asOf.date, date))) return [];
        const exercise = question(lookup, topic, claims, date, sameText, sources);
        return exercise ? [exercise] : [];
      });
    });
  });
}
