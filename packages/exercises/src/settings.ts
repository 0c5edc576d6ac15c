/**
 * Exercise settings and the URL parameters a teacher's link carries. Validation names the
 * parameter and what is allowed, so a mistyped link says what to fix instead of showing nothing.
 */
import {
  EXERCISE_KINDS,
  type Difficulty,
  type ExerciseKind,
  type ExerciseSettings,
} from './types.js';

export const COUNT_RANGE = { min: 1, max: 50 } as const;
/** How many exercises a set has when nobody says: one round of the quiz, one worksheet. */
export const DEFAULT_COUNT = 10;
export const MAX_SEED_LENGTH = 100;
const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

export interface SettingsIssue {
  /** The setting or URL parameter at fault: "seed", "count", "kinds", "difficulty" or "doc". */
  param: 'seed' | 'count' | 'kinds' | 'difficulty' | 'doc';
  message: string;
}

export class SettingsError extends Error {
  constructor(readonly issues: readonly SettingsIssue[]) {
    super(`Invalid exercise settings: ${issues.map((i) => `${i.param}: ${i.message}`).join('; ')}`);
    this.name = 'SettingsError';
  }
}

const isKind = (k: string): k is ExerciseKind => (EXERCISE_KINDS as readonly string[]).includes(k);

function seedIssue(seed: unknown): string | null {
  if (typeof seed !== 'string' || seed.trim() === '')
    return 'is missing: give any word or number, e.g. seed=river-7';
  if (seed.length > MAX_SEED_LENGTH)
    return `is ${seed.length} characters long; keep it to ${MAX_SEED_LENGTH}`;
  return null;
}

function countIssue(count: unknown): string | null {
  const allowed = `use a whole number from ${COUNT_RANGE.min} to ${COUNT_RANGE.max}`;
  if (count === undefined) return `is missing: ${allowed}`;
  if (typeof count !== 'number' || !Number.isInteger(count))
    return `${JSON.stringify(count)} is not a whole number: ${allowed}`;
  return count < COUNT_RANGE.min || count > COUNT_RANGE.max
    ? `${count} is out of range: ${allowed}`
    : null;
}

function kindsIssue(kinds: unknown): string | null {
  if (kinds === undefined) return null;
  if (!Array.isArray(kinds) || kinds.length === 0)
    return `choose at least one of: ${EXERCISE_KINDS.join(', ')}`;
  const unknown = kinds.filter((k) => typeof k !== 'string' || !isKind(k));
  return unknown.length
    ? `${unknown.map((k) => JSON.stringify(k)).join(', ')} ${unknown.length === 1 ? 'is not an exercise kind' : 'are not exercise kinds'}; use any of: ${EXERCISE_KINDS.join(', ')}`
    : null;
}

const difficultyIssue = (difficulty: unknown): string | null =>
  difficulty === undefined || DIFFICULTIES.includes(difficulty as Difficulty)
    ? null
    : `${JSON.stringify(difficulty)} is not a difficulty: use 1 (easier), 2 or 3 (harder)`;

// A document id as the corpus spells them; whether such a text exists is for the caller to say.
const documentIssue = (document: unknown): string | null =>
  document === undefined ||
  (typeof document === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(document))
    ? null
    : `${JSON.stringify(document)} is not a text's id: use one such as doc=midan-return-of-isis-analysis`;

/** The settings in canonical form (kinds deduplicated, in the standard order), or a SettingsError listing every problem. */
export function validateSettings(settings: ExerciseSettings): ExerciseSettings {
  const checks: [SettingsIssue['param'], string | null][] = [
    ['seed', seedIssue(settings.seed)],
    ['count', countIssue(settings.count)],
    ['kinds', kindsIssue(settings.kinds)],
    ['difficulty', difficultyIssue(settings.difficulty)],
    ['doc', documentIssue(settings.document)],
  ];
  const issues = checks.flatMap(([param, message]) => (message ? [{ param, message }] : []));
  if (issues.length) throw new SettingsError(issues);
  return {
    seed: settings.seed,
    count: settings.count,
    ...(settings.kinds ? { kinds: EXERCISE_KINDS.filter((k) => settings.kinds!.includes(k)) } : {}),
    ...(settings.difficulty ? { difficulty: settings.difficulty } : {}),
    ...(settings.document !== undefined ? { document: settings.document } : {}),
  };
}

/** The settings as URL search parameters: seed, count, and kinds, difficulty and doc when set. */
export function settingsToParams(settings: ExerciseSettings): URLSearchParams {
  const valid = validateSettings(settings);
  const params = new URLSearchParams({ seed: valid.seed, count: String(valid.count) });
  if (valid.kinds) params.set('kinds', valid.kinds.join(','));
  if (valid.difficulty) params.set('difficulty', String(valid.difficulty));
  if (valid.document !== undefined) params.set('doc', valid.document);
  return params;
}

/**
 * Settings from URL search parameters (a URLSearchParams, or a query string with or without "?").
 * Parameters other than seed, count, kinds, difficulty and doc are left for the page to use.
 */
export function parseSettingsParams(input: URLSearchParams | string): ExerciseSettings {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const seed = params.get('seed') ?? undefined;
  const countText = params.get('count');
  const kindsText = params.get('kinds');
  const difficultyText = params.get('difficulty');
  const documentText = params.get('doc');
  const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : text);
  const settings = {
    seed,
    count: countText === null ? undefined : whole(countText),
    ...(kindsText !== null
      ? {
          kinds: kindsText
            .split(',')
            .map((k) => k.trim())
            .filter((k) => k !== ''),
        }
      : {}),
    ...(difficultyText !== null ? { difficulty: whole(difficultyText) } : {}),
    ...(documentText !== null ? { document: documentText } : {}),
  };
  return validateSettings(settings as ExerciseSettings);
}

/** The settings in a sentence, for a link preview or a worksheet header. */
export function describeSettings(settings: ExerciseSettings): string {
  const valid = validateSettings(settings);
  const what = valid.kinds ? `of these kinds: ${valid.kinds.join(', ')}` : 'of any kind';
  const level = valid.difficulty ? `difficulty ${valid.difficulty}` : 'any difficulty';
  const on = valid.document === undefined ? '' : ` on the text ${valid.document}`;
  return `${valid.count} ${valid.count === 1 ? 'exercise' : 'exercises'}${on} ${what}, ${level}, from seed “${valid.seed}”`;
}
