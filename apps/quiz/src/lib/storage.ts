/**
 * Progress kept on the device: the saved record's shape, and writing it. Reading it back, with
 * the checks a record from another version or a damaged one needs, is in load-progress.ts, apart,
 * so that a round on a device that never played starts without that code.
 */

export const STORAGE_KEY = 'attribution-lab.progress';
export const SET_ASIDE_PREFIX = 'attribution-lab.set-aside.';
export const STORAGE_VERSION = 3;

/** The part of the Web Storage API this module uses, so tests can pass a plain map. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SavedAnswer {
  exerciseKey: string;
  chosen: string[];
  /** How sure the student said they were, 1 to 3, or null when they did not say. */
  confidence: number | null;
}

/**
 * How one answer was marked, kept so progress across rounds (progress.ts) needs no exercise data:
 * the kind of question, the credit (1 is full marks) and the misconceptions the answer showed.
 */
export interface SavedMark {
  kind: string;
  /** From 0 to 1; 1 is right. */
  credit: number;
  misconceptions: string[];
}

export interface SavedRound {
  /** The round's settings as URL parameters: seed, count, kinds, difficulty, mode. */
  query: string;
  exerciseKeys: string[];
  answers: SavedAnswer[];
  startedAt: string;
  finishedAt: string | null;
  /** Set when the round is finished, so a list of past rounds needs no exercise data. */
  score: { right: number; certaintyMarks: number | null } | null;
  /**
   * One mark per answer, in order, set when the round is finished; null before, and for rounds
   * finished by a version before 3, which did not keep them. Absent on a round rebuilt from a
   * result code, which is never saved. Since version 3.
   */
  marks?: SavedMark[] | null;
  /**
   * True from a practice answer until the student presses Next: coming back (a reload, Back from
   * a text) shows that answer's feedback again rather than the next question. Since version 2.
   */
  feedbackOpen: boolean;
}

export interface Progress {
  version: typeof STORAGE_VERSION;
  rounds: SavedRound[];
}

export interface LoadedProgress {
  progress: Progress;
  /** What the student should be told about their saved data, or null when all is well. */
  notice: string | null;
}

export const emptyProgress = (): Progress => ({ version: STORAGE_VERSION, rounds: [] });

/** Rounds beyond this are dropped oldest first, so storage never fills up in a long term. */
export const MAX_ROUNDS = 50;

/**
 * True when the device holds no saved record, so there is nothing to read back; false when there
 * is one, or when the browser refuses to say (loadProgress then tells the student why).
 */
export function nothingSaved(store: KeyValueStore): boolean {
  try {
    return store.getItem(STORAGE_KEY) === null;
  } catch {
    return false;
  }
}

/** Writes progress; returns false when the browser refuses (private mode, storage full). */
export function saveProgress(store: KeyValueStore, progress: Progress): boolean {
  const trimmed = { ...progress, rounds: progress.rounds.slice(-MAX_ROUNDS) };
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(trimmed));
    return true;
  } catch {
    return false;
  }
}

/** The progress with this round added or, if a round with the same start is there, replaced. */
export function withRound(progress: Progress, round: SavedRound): Progress {
  const others = progress.rounds.filter(
    (r) => !(r.query === round.query && r.startedAt === round.startedAt),
  );
  return { ...progress, rounds: [...others, round].slice(-MAX_ROUNDS) };
}

/** The latest round played with these settings, finished or not, to resume or show after a reload. */
export function latestRound(progress: Progress, query: string): SavedRound | undefined {
  return progress.rounds.findLast((r) => r.query === query);
}
