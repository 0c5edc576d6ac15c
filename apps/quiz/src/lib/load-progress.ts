/**
 * Reading progress back from the device. The saved record carries a version; a record from an
 * earlier version is brought up to date, and anything that still cannot be read as the current
 * version (broken JSON, an unknown version, a hand-edited value) is moved aside under its own key,
 * never deleted and never allowed to crash the app, and the reader is told why.
 */
import {
  emptyProgress,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  STORAGE_VERSION,
  type KeyValueStore,
  type LoadedProgress,
  type Progress,
  type SavedAnswer,
  type SavedMark,
  type SavedRound,
} from './storage.js';

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isAnswer(v: unknown): v is SavedAnswer {
  return (
    isObject(v) &&
    isString(v.exerciseKey) &&
    Array.isArray(v.chosen) &&
    v.chosen.every(isString) &&
    (v.confidence === null ||
      (Number.isInteger(v.confidence) &&
        (v.confidence as number) >= 1 &&
        (v.confidence as number) <= 3))
  );
}

function isMark(v: unknown): v is SavedMark {
  return (
    isObject(v) &&
    isString(v.kind) &&
    typeof v.credit === 'number' &&
    v.credit >= 0 &&
    v.credit <= 1 &&
    Array.isArray(v.misconceptions) &&
    v.misconceptions.every(isString)
  );
}

function isRound(v: unknown): v is SavedRound {
  return (
    isObject(v) &&
    isString(v.query) &&
    Array.isArray(v.exerciseKeys) &&
    v.exerciseKeys.every(isString) &&
    Array.isArray(v.answers) &&
    v.answers.every(isAnswer) &&
    v.answers.length <= v.exerciseKeys.length &&
    isString(v.startedAt) &&
    (v.finishedAt === null || isString(v.finishedAt)) &&
    (v.score === null ||
      (isObject(v.score) &&
        Number.isInteger(v.score.right) &&
        (v.score.certaintyMarks === null || Number.isFinite(v.score.certaintyMarks)))) &&
    typeof v.feedbackOpen === 'boolean' &&
    (!v.feedbackOpen || v.answers.length > 0) &&
    (v.marks === undefined ||
      v.marks === null ||
      (Array.isArray(v.marks) && v.marks.every(isMark) && v.marks.length === v.answers.length))
  );
}

/** A record saved by an earlier version in the current shape; anything else as it was. */
function upgraded(value: unknown): unknown {
  if (!isObject(value) || !Array.isArray(value.rounds)) return value;
  let { version, rounds } = value as { version: unknown; rounds: unknown[] };
  const eachRound = (change: Record<string, unknown>) =>
    rounds.map((r) => (isObject(r) ? { ...r, ...change } : r));
  // Version 1 did not record open feedback: its rounds carried on at the next question.
  if (version === 1) [version, rounds] = [2, eachRound({ feedbackOpen: false })];
  // Version 2 kept no marks per answer: its rounds count in the list, not in progress by skill.
  if (version === 2) [version, rounds] = [3, eachRound({ marks: null })];
  return { ...value, version, rounds };
}

/** Why a saved value is not readable as current progress, or null when it is. */
function problemWith(value: unknown): string | null {
  if (!isObject(value)) return 'it is not a saved-progress record';
  if (value.version !== STORAGE_VERSION) {
    return `it was saved by another version of the app (version ${JSON.stringify(value.version ?? null)})`;
  }
  if (!Array.isArray(value.rounds)) return 'its list of rounds is missing';
  const bad = value.rounds.findIndex((r) => !isRound(r));
  return bad === -1 ? null : `round ${bad + 1} of ${value.rounds.length} is incomplete or damaged`;
}

/** Reads saved progress, moving unreadable data aside rather than losing or trusting it. */
export function loadProgress(
  store: KeyValueStore,
  now: () => Date = () => new Date(),
): LoadedProgress {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return {
      progress: emptyProgress(),
      notice: 'This browser does not let the quiz save progress, so results will not be kept.',
    };
  }
  if (raw === null) return { progress: emptyProgress(), notice: null };

  let problem: string | null;
  let parsed: unknown;
  try {
    parsed = upgraded(JSON.parse(raw));
    problem = problemWith(parsed);
  } catch {
    problem = 'it is not readable';
  }
  if (problem === null) return { progress: parsed as Progress, notice: null };

  const asideKey = SET_ASIDE_PREFIX + now().toISOString();
  try {
    store.setItem(asideKey, raw);
    store.setItem(STORAGE_KEY, JSON.stringify(emptyProgress()));
  } catch {
    // A full or locked store still lets the student play; the notice says nothing was kept.
    return {
      progress: emptyProgress(),
      notice: `Saved progress on this device could not be used (${problem}), and could not be set aside.`,
    };
  }
  return {
    progress: emptyProgress(),
    notice: `Saved progress on this device could not be used (${problem}). It was set aside under “${asideKey}” and a fresh record was started.`,
  };
}
