/**
 * A finished round in numbers: how many right, the certainty-based marks, the discernment
 * result, and what the wrong answers reveal, by misconception and by kind of question. The
 * scoring is the exercises package's; this module gathers it for one round. The totals are
 * round.ts's, the same that are saved as the round's score.
 */
import {
  discernmentScore,
  summariseByMisconception,
  type DiscernmentScore,
  type ExerciseKind,
  type MisconceptionSummary,
} from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import { roundTotals, type RoundTotals } from './round.js';
import { mark, type Marked } from './scoring.js';
import type { SavedAnswer } from './storage.js';

export interface QuestionResult {
  item: QuizItem;
  answer: SavedAnswer;
  marked: Marked;
}

export interface RoundSummary extends RoundTotals {
  /** Null when the round had no discernment questions. */
  discernment: DiscernmentScore | null;
  misconceptions: MisconceptionSummary[];
  byKind: { kind: ExerciseKind; right: number; total: number }[];
}

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
  const byKind = new Map<ExerciseKind, { right: number; total: number }>();
  for (const m of marked) {
    const kind = byKind.get(m.kind) ?? { right: 0, total: 0 };
    byKind.set(m.kind, { right: kind.right + (m.correct ? 1 : 0), total: kind.total + 1 });
  }
  return {
    ...roundTotals(marked),
    discernment: marked.some((m) => m.judgement) ? discernmentScore(marked) : null,
    misconceptions: summariseByMisconception(marked),
    byKind: [...byKind].map(([kind, counts]) => ({ kind, ...counts })),
  };
}
