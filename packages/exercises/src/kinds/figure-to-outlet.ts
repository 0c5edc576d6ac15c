/**
 * Figure to outlet: "Which text gives 3,500 for the number of detainees in the prison?" Every text
 * that states the same value is right. A text that gives the same number for a different measure
 * is the sharpest wrong option; a text whose own figure might be the same one (a partly inferred
 * date, or "2019" against "23 March 2019") is never offered, because its answer would be arguable.
 */
import { valueKey, withQualifier, type FigureValue } from '@attribution-lab/corpus/queries';
import type { Topic } from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import {
  buildExercise,
  CHOOSE_ALL,
  clampDifficulty,
  formatFor,
  type DraftOption,
} from '../exercise.js';
import {
  documentFiguresInWords,
  figuresOnTopic,
  mightGive,
  statedValues,
  type DocumentFigures,
  type Hedged,
} from '../figures.js';
import { capitalise, formatValue, listInWords, verbFor } from '../format.js';
import type { Lookup } from '../lookup.js';
import { claimPassages, SIDE_BY_SIDE, topicPassages } from '../reading.js';
import type { Exercise, Misconception } from '../types.js';

const MAX_RIGHT = 3;
const MAX_OPTIONS = 5;

interface Distractor {
  documentId: string;
  misconception: Misconception;
  why: string;
}

function distractors(
  lookup: Lookup,
  topic: Topic,
  value: FigureValue,
  asked: readonly Hedged[],
  all: DocumentFigures[],
  want: number,
): Distractor[] {
  const onTopic = new Map(all.map((f) => [f.documentId, f]));
  const found = new Map<string, Distractor>();
  const add = (d: Distractor) => {
    if (found.size < want && !found.has(d.documentId)) found.set(d.documentId, d);
  };
  for (const claim of lookup.claimsWithValue(valueKey(value))) {
    const other = lookup.topic(claim.topicId);
    // "3rd day" against "3 years" only shares a digit; a count against a count is the real confusion.
    if (other.id === topic.id || other.kind !== topic.kind || onTopic.has(claim.documentId))
      continue;
    add({
      documentId: claim.documentId,
      misconception: 'different-measure',
      why: `gives ${formatValue(value, other)} too, but for ${other.phrase}: a different measure`,
    });
  }
  for (const figures of all) {
    if (found.size >= want) break;
    if (mightGive(figures, asked)) continue;
    add({
      documentId: figures.documentId,
      misconception: 'wrong-outlet',
      why: `gives ${documentFiguresInWords(lookup, figures, topic)}`,
    });
  }
  for (const document of lookup.corpus.documents) {
    if (found.size >= want) break;
    if (!onTopic.has(document.id))
      add({ documentId: document.id, misconception: 'wrong-outlet', why: '' });
  }
  return [...found.values()];
}

export function figureToOutlet(lookup: Lookup): Exercise[] {
  return lookup.corpus.topics.flatMap((topic) => {
    const all = figuresOnTopic(lookup, topic.id);
    return statedValues(all).flatMap((value) => {
      const stating = all.filter((f) => f.stated.has(valueKey(value)));
      const asked: Hedged[] = stating
        .flatMap((f) => f.stated.get(valueKey(value))!)
        .map((c) => ({ value, qualifier: c.qualifier }));
      const right = stating.slice(0, MAX_RIGHT);
      const wrong = distractors(lookup, topic, value, asked, all, MAX_OPTIONS - right.length);
      if (wrong.length === 0) return [];
      // The texts' own hedge when they share one ("almost 90"), so the prompt says what they say.
      const hedges = new Set(asked.map((c) => c.qualifier));
      const [hedge] = hedges;
      const figure = withQualifier(hedges.size === 1 ? hedge! : 'none', formatValue(value, topic));
      const rightClaims = right.flatMap((f) => f.stated.get(valueKey(value))!);
      const options: DraftOption[] = [
        ...right.map((f) => ({
          label: lookup.documentLabel(f.documentId),
          misconception: null,
          about: { type: 'document' as const, documentId: f.documentId },
        })),
        ...wrong.map((d) => ({
          label: lookup.documentLabel(d.documentId),
          misconception: d.misconception,
          about: { type: 'document' as const, documentId: d.documentId },
        })),
      ];
      const names = right.map((f) => lookup.documentName(f.documentId));
      const rightPart =
        right.length === 1
          ? `${capitalise(names[0]!)} gives ${figure} for ${topic.phrase}.`
          : `${capitalise(listInWords(names))} ${verbFor(names.length, 'gives', 'give')} ${figure} for ${topic.phrase}: when texts give the same figure, each of them is right.`;
      const silent = wrong
        .filter((d) => d.why === '')
        .map((d) => lookup.documentName(d.documentId));
      const wrongPart = [
        ...wrong
          .filter((d) => d.why !== '')
          .map((d) => `${capitalise(lookup.documentName(d.documentId))} ${d.why}.`),
        ...(silent.length
          ? [
              `${capitalise(listInWords(silent))} ${silent.length === 1 ? 'gives' : 'give'} no figure for it.`,
            ]
          : []),
      ].join(' ');
      const sharp = wrong.some((d) => d.misconception === 'different-measure');
      const sameNumber = (documentId: string) =>
        lookup
          .claimsByDocument(documentId)
          .filter((c) => c.value === value && c.topicId !== topic.id);
      // A text that gives the number for another measure shows that sentence: it is what a hasty
      // reader would take for the answer.
      const read = (d: { documentId: string; misconception?: Misconception | null }) =>
        d.misconception === 'different-measure'
          ? claimPassages(lookup, sameNumber(d.documentId), { max: SIDE_BY_SIDE })
          : topicPassages(lookup, d.documentId, topic.id);
      return [
        buildExercise({
          kind: 'figure-to-outlet',
          key: `${topic.id}=${valueKey(value)}`,
          difficulty: clampDifficulty(1 + (right.length > 1 ? 1 : 0) + (sharp ? 1 : 0)),
          prompt:
            right.length === 1
              ? `Which text gives ${figure} for ${topic.phrase}?`
              : `Which texts give ${figure} for ${topic.phrase}? ${CHOOSE_ALL}`,
          format: formatFor(right.length),
          options,
          evidence: [
            ...rightClaims.map(claimEvidence),
            ...wrong
              .filter((d) => d.misconception === 'different-measure')
              .flatMap((d) => sameNumber(d.documentId).map(claimEvidence)),
          ],
          reading: {
            documentId: null,
            about: topic.phrase,
            byOption: [...right, ...wrong].map(read),
          },
          explanation: `${rightPart} ${wrongPart}`,
          subject: { shape: 'figure-to-outlet', topicId: topic.id, value },
        }),
      ];
    });
  });
}
