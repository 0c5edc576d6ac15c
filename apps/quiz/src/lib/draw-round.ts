/**
 * A round link read, and its round drawn: what the play page needs before it can show anything.
 * Its own module, loaded by the page only for a round its inline script did not draw already
 * (first-round.ts): a module no page imports directly is one file to fetch then, and costs the
 * first question nothing.
 */
import type { ExerciseIndex } from './quiz-item.js';
import { pickExercises, readRoundLink, type RoundLink } from './round-link.js';

/** A round link read, and the keys of the exercises it draws (none for a link that does not work). */
export interface DrawnRound {
  link: RoundLink;
  keys: string[];
}

/** Reads a link and draws its round; the index is asked for only when the link works. */
export async function drawRound(
  search: string,
  loadIndex: () => ExerciseIndex | Promise<ExerciseIndex>,
): Promise<DrawnRound> {
  const link = readRoundLink(new URLSearchParams(search));
  return {
    link,
    keys: link.ok ? pickExercises(await loadIndex(), link.plan.settings, link.plan.exercises) : [],
  };
}
