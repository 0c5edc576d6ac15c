/**
 * A round's link: the exercise settings (seed, count, kinds, difficulty) in the package's URL
 * format, plus how to play it. Everyone who opens the same link gets the same questions.
 */
import {
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
function roundQuery(plan: RoundPlan): string {
  const params = settingsToParams(plan.settings);
  params.set('mode', plan.mode);
  return params.toString();
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

  const filled = new URLSearchParams(params);
  // The start page's form sends one "kinds" per ticked box; links carry them comma-separated.
  const kinds = params.getAll('kinds');
  if (kinds.length > 1) filled.set('kinds', kinds.join(','));
  if (!params.has('seed')) filled.set('seed', newSeed());
  if (!params.has('count')) filled.set('count', String(DEFAULT_COUNT));
  if (params.get('difficulty') === '') filled.delete('difficulty');

  let settings: ExerciseSettings | undefined;
  try {
    settings = parseSettingsParams(filled);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(...error.issues.map((issue) => `The ${issue.param} ${issue.message}.`));
  }
  if (problems.length > 0 || !settings) return { ok: false, problems };
  const plan = { settings, mode: modeText as Mode };
  return { ok: true, plan, query: roundQuery(plan) };
}

/** The link of a round already read (from a class code): the same query a link would give. */
export const roundLinkOf = (plan: RoundPlan): RoundLink & { ok: true } => ({
  ok: true,
  plan,
  query: roundQuery(plan),
});

/** The keys of the round's exercises: the set generateExercises gives for these settings. */
export function pickExercises(index: ExerciseIndex, settings: ExerciseSettings): string[] {
  return drawSet(index.exercises, settings).map((e) => e.key);
}
