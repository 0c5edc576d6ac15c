/**
 * Progress across rounds, worked out from the rounds saved on the device: how well each skill
 * (kind of question) is going, the misconceptions that keep coming back, the days in a row with
 * a finished round, and a round of the questions still answered wrongly. Only finished rounds
 * count, and only their marks: nothing here looks at how fast anyone answered, so care is what
 * moves every number.
 */
import {
  EXERCISE_KINDS,
  MISCONCEPTIONS,
  type ExerciseKind,
  type Misconception,
} from '@attribution-lab/exercises';
import { roundQuery } from './round-link.js';
import type { SavedRound } from './storage.js';

/** A skill is judged on its latest answers only, so old mistakes stop counting once put right. */
export const MASTERY_WINDOW = 8;
/** Fewer answers than this and a skill is "new": too few to claim it is learnt, or not. */
export const MIN_ANSWERS = 4;
/** The weighted share of credit, over the window, from which a skill counts as solid. */
export const SOLID_SHARE = 0.8;
/** Each answer counts this much less than the one after it, so the meter follows improvement. */
const DECAY = 0.85;

export type SkillLevel = 'new' | 'learning' | 'solid';

export interface SkillProgress {
  kind: ExerciseKind;
  /** Answers to this kind of question in every finished round. */
  answered: number;
  /** Of those, the latest ones the share is worked out over (at most MASTERY_WINDOW). */
  counted: number;
  /** Credit over the counted answers, the latest weighing most: 0 to 1. */
  share: number;
  level: SkillLevel;
}

/** One marked answer from a finished round, oldest first. */
interface MarkedAnswer {
  exerciseKey: string;
  kind: string;
  credit: number;
  misconceptions: string[];
  /** Which finished round it came from, counting from 0 for the oldest. */
  round: number;
}

/** Finished rounds that kept their marks, in the order they finished. */
function markedRounds(rounds: readonly SavedRound[]): (SavedRound & { finishedAt: string })[] {
  return rounds
    .filter((r): r is SavedRound & { finishedAt: string } => r.finishedAt !== null && !!r.marks)
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

function markedAnswers(rounds: readonly SavedRound[]): MarkedAnswer[] {
  return markedRounds(rounds).flatMap((r, round) =>
    r.marks!.map((m, i) => ({ ...m, exerciseKey: r.answers[i]!.exerciseKey, round })),
  );
}

const isKind = (k: string): k is ExerciseKind => (EXERCISE_KINDS as readonly string[]).includes(k);

/** Every skill answered at least once, in the package's order of kinds. */
export function skillProgress(rounds: readonly SavedRound[]): SkillProgress[] {
  const answers = markedAnswers(rounds);
  return EXERCISE_KINDS.flatMap((kind) => {
    const ofKind = answers.filter((a) => a.kind === kind);
    if (ofKind.length === 0) return [];
    const latestFirst = ofKind.slice(-MASTERY_WINDOW).reverse();
    const weights = latestFirst.map((_, i) => DECAY ** i);
    const share =
      latestFirst.reduce((sum, a, i) => sum + a.credit * weights[i]!, 0) /
      weights.reduce((sum, w) => sum + w, 0);
    const counted = latestFirst.length;
    const level: SkillLevel =
      counted < MIN_ANSWERS ? 'new' : share >= SOLID_SHARE ? 'solid' : 'learning';
    return [{ kind, answered: ofKind.length, counted, share, level }];
  });
}

/** Misconceptions are looked for in this many of the latest finished rounds. */
export const RECENT_ROUNDS = 10;

export interface RecurringMisconception {
  misconception: Misconception;
  /** In how many of the recent rounds it showed. */
  rounds: number;
  /** How many answers in those rounds showed it. */
  times: number;
  /** Finished rounds since the latest one it showed in; 0 when it showed in the latest. */
  roundsSince: number;
}

/**
 * The misconceptions that showed in at least two of the latest RECENT_ROUNDS rounds: a pattern,
 * not a slip. The most persistent first, then the most recent.
 */
export function recurringMisconceptions(rounds: readonly SavedRound[]): RecurringMisconception[] {
  const answers = markedAnswers(rounds);
  const latest = markedRounds(rounds).length - 1;
  const recent = answers.filter((a) => a.round > latest - RECENT_ROUNDS);
  return MISCONCEPTIONS.flatMap((misconception) => {
    const showing = recent.filter((a) => a.misconceptions.includes(misconception));
    const inRounds = new Set(showing.map((a) => a.round));
    if (inRounds.size < 2) return [];
    const last = Math.max(...inRounds);
    return [
      { misconception, rounds: inRounds.size, times: showing.length, roundsSince: latest - last },
    ];
  }).sort((a, b) => b.rounds - a.rounds || a.roundsSince - b.roundsSince || b.times - a.times);
}

export interface Streak {
  /** Days in a row, up to today or yesterday, with at least one finished round. */
  current: number;
  best: number;
  playedToday: boolean;
}

/** A day in the student's own time zone, as a number that goes up by one a day. */
const localDay = (date: Date): number =>
  Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);

/**
 * Days in a row with a finished round, in the device's time zone. A streak is still going the
 * day after the last round, so a student who played yesterday has today to keep it. It counts
 * days, not rounds or speed: one careful round a day is all it asks.
 */
export function dayStreak(rounds: readonly SavedRound[], now: Date): Streak {
  const days = [
    ...new Set(rounds.flatMap((r) => (r.finishedAt ? [localDay(new Date(r.finishedAt))] : []))),
  ].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  days.forEach((day, i) => {
    run = i > 0 && day === days[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  const today = localDay(now);
  const last = days.at(-1);
  const current = last === today || last === today - 1 ? run : 0;
  return { current, best, playedToday: last === today };
}

/** A practise-my-mistakes round asks at most this many questions. */
export const MAX_MISTAKES = 10;

/**
 * The exercises whose latest answer was not fully right, the latest mistakes first, at most
 * `max` of them: answering one right, in any round, takes it off the list.
 */
export function mistakesToPractise(rounds: readonly SavedRound[], max = MAX_MISTAKES): string[] {
  const latest = new Map<string, MarkedAnswer>();
  for (const answer of markedAnswers(rounds)) {
    latest.delete(answer.exerciseKey);
    latest.set(answer.exerciseKey, answer);
  }
  return [...latest.values()]
    .filter((a) => a.credit < 1 && isKind(a.kind))
    .reverse()
    .slice(0, max)
    .map((a) => a.exerciseKey);
}

/**
 * The round link (a /play query string) that asks the mistakes again in practice mode, with the
 * evidence after each answer; null when there is nothing to practise. Its seed counts the
 * finished rounds, so the link is new after every round rather than reopening the last result.
 */
export function practiseMistakesQuery(rounds: readonly SavedRound[]): string | null {
  const exercises = mistakesToPractise(rounds);
  if (exercises.length === 0) return null;
  const finished = rounds.filter((r) => r.finishedAt !== null).length;
  return roundQuery({
    settings: { seed: `mistakes-${finished}`, count: exercises.length },
    mode: 'practice',
    exercises,
  });
}
