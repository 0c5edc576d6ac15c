/**
 * A round as the student plays it: a fixed list of exercises, answered in order. The state is
 * plain data, saved after every answer, so a reload (or a reload offline) resumes where it was.
 */
import { CERTAINTY_MARKS } from '@attribution-lab/exercises';
import type { SavedAnswer, SavedRound } from './storage.js';

export type Mode = 'practice' | 'challenge';
export const MODES: readonly Mode[] = ['practice', 'challenge'];

export function startRound(query: string, exerciseKeys: readonly string[], now: Date): SavedRound {
  if (exerciseKeys.length === 0) throw new Error('a round needs at least one exercise');
  return {
    query,
    exerciseKeys: [...exerciseKeys],
    answers: [],
    startedAt: now.toISOString(),
    finishedAt: null,
    score: null,
  };
}

/** The exercise waiting for an answer, or null once every one is answered. */
export function currentExerciseId(round: SavedRound): string | null {
  return round.exerciseKeys[round.answers.length] ?? null;
}

/** How an answer was marked, kept so a finished round's score can be listed without its exercises. */
export interface AnswerMark {
  correct: boolean;
  /** Null when the student did not say how sure they were. */
  certaintyMarks: number | null;
}

/**
 * The round with one more answer; the last answer finishes it, with the score. `marks` are the
 * marks of every answer so far, this one included.
 */
export function recordAnswer(
  round: SavedRound,
  answer: SavedAnswer,
  now: Date,
  marks: readonly AnswerMark[] = [],
): SavedRound {
  const expected = currentExerciseId(round);
  if (expected === null) throw new Error('this round is already finished');
  if (answer.exerciseKey !== expected) {
    throw new Error(`expected an answer to ${expected}, got one to ${answer.exerciseKey}`);
  }
  if (answer.chosen.length === 0) throw new Error('an answer must choose at least one option');
  const answers = [...round.answers, answer];
  const finished = answers.length === round.exerciseKeys.length;
  if (finished && marks.length !== answers.length) {
    throw new Error(`a finished round needs ${answers.length} marks, got ${marks.length}`);
  }
  return {
    ...round,
    answers,
    finishedAt: finished ? now.toISOString() : null,
    score: finished ? savedScore(roundTotals(marks)) : null,
  };
}

/** A round's score: what is saved when it finishes, and the head of its summary. */
export interface RoundTotals {
  right: number;
  total: number;
  /** Certainty-based marks over the answers the student rated; null when none was rated. */
  certainty: { marks: number; rated: number; best: number } | null;
}

/** The most certainty marks one answer can earn: right and certain. */
const BEST_MARK = CERTAINTY_MARKS.high.right;

export function roundTotals(marks: readonly AnswerMark[]): RoundTotals {
  const rated = marks.flatMap((m) => (m.certaintyMarks === null ? [] : [m.certaintyMarks]));
  return {
    right: marks.filter((m) => m.correct).length,
    total: marks.length,
    certainty: rated.length
      ? {
          marks: rated.reduce((sum, m) => sum + m, 0),
          rated: rated.length,
          best: rated.length * BEST_MARK,
        }
      : null,
  };
}

const savedScore = ({ right, certainty }: RoundTotals): NonNullable<SavedRound['score']> => ({
  right,
  certaintyMarks: certainty?.marks ?? null,
});
