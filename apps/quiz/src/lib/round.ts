/**
 * A round as the student plays it: a fixed list of exercises, answered in order. The state is
 * plain data, saved after every answer, so a reload (or a reload offline) resumes where it was.
 */
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
    score: finished ? scoreOf(marks) : null,
  };
}

function scoreOf(marks: readonly AnswerMark[]): NonNullable<SavedRound['score']> {
  const rated = marks.filter((m) => m.certaintyMarks !== null);
  return {
    right: marks.filter((m) => m.correct).length,
    certaintyMarks: rated.length ? rated.reduce((sum, m) => sum + m.certaintyMarks!, 0) : null,
  };
}
