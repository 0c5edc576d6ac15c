/**
 * A finished round in numbers: how many right, the certainty-based marks, the discernment
 * result, and what the wrong answers reveal, by misconception and by kind of question. The
 * scoring is the exercises package's; this module gathers it for one round.
 */
import {
  discernmentScore,
  summariseByMisconception,
  type DiscernmentScore,
  type ExerciseKind,
  type MisconceptionSummary,
} from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import { mark, type Marked } from './scoring.js';
import type { SavedAnswer } from './storage.js';

export interface QuestionResult {
  item: QuizItem;
  answer: SavedAnswer;
  marked: Marked;
}

export interface RoundSummary {
  right: number;
  total: number;
  /** Certainty-based marks over the answers the student rated; null when none was rated. */
  certainty: { marks: number; rated: number; best: number } | null;
  /** Null when the round had no discernment questions. */
  discernment: DiscernmentScore | null;
  misconceptions: MisconceptionSummary[];
  byKind: { kind: ExerciseKind; right: number; total: number }[];
}

/** The highest certainty mark for one answer: right and certain. */
const BEST_MARK = 3;

export function questionResults(
  items: readonly QuizItem[],
  answers: readonly SavedAnswer[],
): QuestionResult[] {
  return answers.map((answer) => {
    const item = items.find((i) => i.key === answer.exerciseKey);
    if (!item) throw new Error(`no exercise with the key ${answer.exerciseKey} for this answer`);
    return { item, answer, marked: mark(item.exercise, answer.chosen, answer.confidence) };
  });
}

export function summariseRound(results: readonly QuestionResult[]): RoundSummary {
  const marked = results.map((r) => r.marked);
  const rated = marked.filter((m) => m.certaintyMarks !== null);
  const byKind = new Map<ExerciseKind, { right: number; total: number }>();
  for (const m of marked) {
    const kind = byKind.get(m.kind) ?? { right: 0, total: 0 };
    byKind.set(m.kind, { right: kind.right + (m.correct ? 1 : 0), total: kind.total + 1 });
  }
  return {
    right: marked.filter((m) => m.correct).length,
    total: marked.length,
    certainty: rated.length
      ? {
          marks: rated.reduce((sum, m) => sum + m.certaintyMarks!, 0),
          rated: rated.length,
          best: rated.length * BEST_MARK,
        }
      : null,
    discernment: marked.some((m) => m.judgement) ? discernmentScore(marked) : null,
    misconceptions: summariseByMisconception(marked),
    byKind: [...byKind].map(([kind, counts]) => ({ kind, ...counts })),
  };
}
