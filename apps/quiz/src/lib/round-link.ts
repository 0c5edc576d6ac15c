/**
 * A round's link: the exercise settings (seed, count, kinds, difficulty) in the package's URL
 * format, plus how to play it. Everyone who opens the same link gets the same questions.
 */
import {
  COUNT_RANGE,
  DEFAULT_COUNT,
  drawSet,
  parseSettingsParams,
  SettingsError,
  settingsToParams,
  type ExerciseSettings,
} from '@attribution-lab/exercises';
import { randomCodeSeed } from './join-code.js';
import type { ExerciseIndex } from './quiz-item.js';
import { MODES, type Mode } from './round.js';

export interface RoundPlan {
  settings: ExerciseSettings;
  mode: Mode;
  /**
   * Named exercises to ask, in this order, instead of a seeded draw: a "practise my mistakes"
   * round (progress.ts). Absent for every other round.
   */
  exercises?: string[];
}

export type RoundLink =
  { ok: true; plan: RoundPlan; query: string } | { ok: false; problems: string[] };

// The length of a round when the link does not say: the package's, the worksheet's too.
export { DEFAULT_COUNT } from '@attribution-lab/exercises';

/**
 * A new set name for a round: four characters that a class code can carry (see join-code.ts), so
 * any round, a one-tap start's too, can be joined by code and its results read in a class view.
 */
export const randomSeed = (random: () => number = Math.random): string => randomCodeSeed(random);

/** The canonical query string of a plan, the key under which its rounds are saved. */
export function roundQuery(plan: RoundPlan): string {
  const params = settingsToParams(plan.settings);
  if (plan.exercises) params.set('exercises', plan.exercises.join(','));
  params.set('mode', plan.mode);
  return params.toString();
}

/** An exercise's key as exercise-key.ts writes it: seven letters and digits. */
const EXERCISE_KEY = /^[0-9a-z]{7}$/;

/** The exercises a link names, or the problem with them; undefined when it names none. */
function readExercises(text: string | null): string[] | string | undefined {
  if (text === null) return undefined;
  const keys = [...new Set(text.split(','))];
  const wrong = keys.filter((k) => !EXERCISE_KEY.test(k));
  // One message for every problem: this code is in the inline script the first question waits for.
  return wrong.length || keys.length > COUNT_RANGE.max
    ? `The exercises should be 1 to ${COUNT_RANGE.max} exercise keys, each seven letters and digits${wrong.length ? `, not “${wrong.join('”, “')}”` : ''}.`
    : keys;
}

const isMode = (m: string): m is Mode => (MODES as readonly string[]).includes(m);

/**
 * Reads a round from a link. A missing seed or count is filled in (a one-tap start has neither);
 * anything present but wrong is reported in words a student or teacher can act on.
 */
export function readRoundLink(
  params: URLSearchParams,
  newSeed: () => string = randomSeed,
): RoundLink {
  const problems: string[] = [];
  const modeText = params.get('mode') ?? 'practice';
  if (!isMode(modeText)) {
    problems.push(
      `“${modeText}” is not a way to play: the link should say mode=practice or mode=challenge.`,
    );
  }

  const exercises = readExercises(params.get('exercises'));
  if (typeof exercises === 'string') problems.push(exercises);

  const filled = new URLSearchParams(params);
  // The start page's form sends one "kinds" per ticked box; links carry them comma-separated.
  const kinds = params.getAll('kinds');
  if (kinds.length > 1) filled.set('kinds', kinds.join(','));
  if (!params.has('seed')) filled.set('seed', newSeed());
  // A round of named exercises asks all of them unless the link says fewer.
  const count = Array.isArray(exercises) ? exercises.length : DEFAULT_COUNT;
  if (!params.has('count')) filled.set('count', String(count));
  if (params.get('difficulty') === '') filled.delete('difficulty');

  let settings: ExerciseSettings | undefined;
  try {
    settings = parseSettingsParams(filled);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(...error.issues.map((issue) => `The ${issue.param} ${issue.message}.`));
  }
  if (problems.length > 0 || !settings) return { ok: false, problems };
  const plan: RoundPlan = {
    settings,
    mode: modeText as Mode,
    ...(Array.isArray(exercises) ? { exercises } : {}),
  };
  return { ok: true, plan, query: roundQuery(plan) };
}

/** The link of a round already read (from a class code): the same query a link would give. */
export const roundLinkOf = (plan: RoundPlan): RoundLink & { ok: true } => ({
  ok: true,
  plan,
  query: roundQuery(plan),
});

/**
 * The keys of the round's exercises: the set generateExercises gives for these settings; for a
 * document-based lesson, drawn from its text's questions alone (`onText`: their keys); or the
 * exercises the link names (`named`), those this build still has (a new corpus may have dropped
 * some), up to the count.
 */
export function pickExercises(
  index: ExerciseIndex,
  settings: ExerciseSettings,
  { onText, named }: { onText?: readonly string[]; named?: readonly string[] } = {},
): string[] {
  if (named)
    return named.filter((k) => index.exercises.some((e) => e.key === k)).slice(0, settings.count);
  const keys = onText && new Set(onText);
  const candidates = keys ? index.exercises.filter((e) => keys.has(e.key)) : index.exercises;
  return drawSet(candidates, settings).map((e) => e.key);
}
