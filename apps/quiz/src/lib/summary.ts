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
  byKind: SkillResult[];
}

/** How one round went on one skill (kind of question). */
export interface SkillResult {
  kind: ExerciseKind;
  right: number;
  /** Answers with some credit but not all (multiple answers, orders). */
  partly: number;
  total: number;
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
  const byKind = new Map<ExerciseKind, Omit<SkillResult, 'kind'>>();
  for (const m of marked) {
    const kind = byKind.get(m.kind) ?? { right: 0, partly: 0, total: 0 };
    byKind.set(m.kind, {
      right: kind.right + (m.correct ? 1 : 0),
      partly: kind.partly + (!m.correct && m.credit > 0 ? 1 : 0),
      total: kind.total + 1,
    });
  }
  return {
    ...roundTotals(marked),
    discernment: marked.some((m) => m.judgement) ? discernmentScore(marked) : null,
    misconceptions: summariseByMisconception(marked),
    byKind: [...byKind].map(([kind, counts]) => ({ kind, ...counts })),
  };
}

/** A skill needs this many questions in a round before a count for it says anything. */
export const MEASURED_AT = 2;

/**
 * The round's skills as the summary shows them: those asked at least MEASURED_AT times, with a
 * count that means something ("3 of 4"), and those asked once, which are listed, not charted.
 * A chart is drawn only when it compares: two or more measured skills.
 */
export function skillsToShow(byKind: readonly SkillResult[]): {
  measured: SkillResult[];
  once: SkillResult[];
  chart: boolean;
} {
  const measured = byKind.filter((k) => k.total >= MEASURED_AT);
  const once = byKind.filter((k) => k.total < MEASURED_AT);
  return { measured, once, chart: measured.length >= 2 };
}

const statements = (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`;

/**
 * The discernment result in words, naming only the kinds of statement the round asked about: a
 * round with no unsupported statement says nothing about believing them (no "0 of 0").
 */
export function discernmentSentence(d: DiscernmentScore): string {
  const supported = d.hits + d.misses;
  const unsupported = d.falseAlarms + d.correctRejections;
  const parts = [
    supported > 0 ? `you accepted ${d.hits} of ${statements(supported)} the texts support` : null,
    unsupported > 0
      ? `you believed ${d.falseAlarms} of ${statements(unsupported)} ${supported > 0 ? 'they' : 'the texts'} do not support`
      : null,
  ].filter((p) => p !== null);
  const sentence = parts.join(', and ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
