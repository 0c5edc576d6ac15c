/**
 * Marking an answer, with the confidence the student gave. The marking itself (partial credit,
 * certainty-based marks) is the exercises package's.
 */
import { scoreAnswer, type Exercise, type ExerciseResult } from '@attribution-lab/exercises';
import { CONFIDENCE_LEVELS } from './confidence.js';

export type Marked = ExerciseResult;

export function mark(exercise: Exercise, chosen: readonly string[], level: number | null): Marked {
  const confidence = CONFIDENCE_LEVELS.find((l) => l.value === level)?.confidence;
  return scoreAnswer(exercise, chosen, confidence);
}

/** A student-facing verdict: full marks, some credit (multiple answers, orders), or none. */
export const verdict = (marked: Marked): 'right' | 'partly' | 'wrong' =>
  marked.correct ? 'right' : marked.credit > 0 ? 'partly' : 'wrong';
