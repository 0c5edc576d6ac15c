/** Reading exercises in tests the way a student reads them: by labels, not option ids. */
import type { Corpus } from '@attribution-lab/corpus';
import { generatorsByKind } from '../generators.js';
import type { Exercise, ExerciseKind, Misconception } from '../types.js';

export const exercisesOf = (kind: ExerciseKind, corpus: Corpus): Exercise[] =>
  generatorsByKind[kind](corpus);

/** The one exercise whose id starts with `kind:key:`; fails loudly if there is none or several. */
export function exerciseAt(exercises: readonly Exercise[], key: string): Exercise {
  const found = exercises.filter((e) => e.id.startsWith(`${e.kind}:${key}:`));
  if (found.length !== 1)
    throw new Error(
      `${found.length} exercises with key "${key}" among ${exercises.map((e) => e.id).join(', ')}`,
    );
  return found[0]!;
}

export const rightLabels = (exercise: Exercise): string[] =>
  exercise.options
    .filter((o) => exercise.answer.includes(o.id))
    .map((o) => o.label)
    .sort();

/** Each wrong option's label with its misconception, sorted by label. */
export const wrongLabels = (exercise: Exercise): [string, Misconception | null][] =>
  exercise.options
    .filter((o) => !exercise.answer.includes(o.id))
    .map((o) => [o.label, o.misconception] as [string, Misconception | null])
    .sort(([a], [b]) => (a < b ? -1 : 1));

export const labels = (exercise: Exercise): string[] => exercise.options.map((o) => o.label).sort();

/** What an exercise shows before it is answered: each passage as [text, words], and the silent texts. */
export const reading = (exercise: Exercise) => ({
  passages: exercise.passages.excerpts.map((p) => [p.documentId, p.exact] as const),
  silent: exercise.passages.silent,
});
