/**
 * A round as the student plays it: a fixed list of exercises, answered in order, each answer's
 * feedback shown in practice until the student goes on. The state is plain data, saved after
 * every step, so a reload (or a reload offline, or Back from a text) returns to the same screen.
 */
import type { SavedAnswer, SavedMark, SavedRound } from './storage.js';

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
    feedbackOpen: false,
    marks: null,
  };
}

/** Where the student is in a round: what the screen shows. */
type RoundStep =
  | { name: 'question'; index: number; exerciseKey: string }
  | { name: 'feedback'; index: number; answer: SavedAnswer }
  | { name: 'finished' };

export function currentStep(round: SavedRound): RoundStep {
  const answered = round.answers.length;
  if (round.feedbackOpen) {
    return { name: 'feedback', index: answered - 1, answer: round.answers[answered - 1]! };
  }
  const exerciseKey = round.exerciseKeys[answered];
  return exerciseKey === undefined
    ? { name: 'finished' }
    : { name: 'question', index: answered, exerciseKey };
}

/**
 * How an answer was marked (the exercises package's ExerciseResult has all of it), kept so a
 * finished round's score, and progress by skill across rounds, need no exercise data.
 */
export interface AnswerMark {
  correct: boolean;
  /** Null when the student did not say how sure they were. */
  certaintyMarks: number | null;
  kind: string;
  /** From 0 to 1: partial credit on multiple-answer and ordering questions. */
  credit: number;
  misconceptions: readonly string[];
}

interface Answering {
  now: Date;
  /** The marks of every answer so far, this one included; needed by the last answer. */
  marks?: readonly AnswerMark[];
  /** Whether this answer's feedback is shown (practice) before the student goes on. */
  feedback?: boolean;
}

/** The round with one more answer; the last answer finishes it, with the score. */
export function recordAnswer(
  round: SavedRound,
  answer: SavedAnswer,
  { now, marks = [], feedback = false }: Answering,
): SavedRound {
  const step = currentStep(round);
  if (step.name === 'finished') throw new Error('this round is already finished');
  if (step.name === 'feedback') throw new Error('the last answer’s feedback is still open');
  if (answer.exerciseKey !== step.exerciseKey) {
    throw new Error(`expected an answer to ${step.exerciseKey}, got one to ${answer.exerciseKey}`);
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
    marks: finished ? marks.map(savedMark) : null,
    feedbackOpen: feedback,
  };
}

/** What is kept of an answer's mark for progress across rounds. */
export const savedMark = ({ kind, credit, misconceptions }: AnswerMark): SavedMark => ({
  kind,
  credit,
  misconceptions: [...misconceptions],
});

/** The round once the student has read the latest answer's feedback and goes on. */
export const closeFeedback = (round: SavedRound): SavedRound => ({ ...round, feedbackOpen: false });

/** A round's score: what is saved when it finishes, and the head of its summary. */
export interface RoundTotals {
  right: number;
  total: number;
  /** Certainty-based marks over the answers the student rated; null when none was rated. */
  certainty: { marks: number; rated: number; best: number } | null;
}

/**
 * The most certainty marks one answer can earn: right and certain (the exercises package's
 * CERTAINTY_MARKS.high.right). Importing that table would put the package's marking and
 * descriptions into the first question's download, which this module is part of.
 */
const BEST_MARK = 3;

export function roundTotals(
  marks: readonly Pick<AnswerMark, 'correct' | 'certaintyMarks'>[],
): RoundTotals {
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
