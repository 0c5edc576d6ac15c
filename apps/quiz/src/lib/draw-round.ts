/**
 * A round link read, and its round drawn: what the play page needs before it can show anything.
 * Its own module, loaded by the page only for a round its inline script did not draw already
 * (first-round.ts): a module no page imports directly is one file to fetch then, and costs the
 * first question nothing.
 */
import { BY_TEXT_PATH, type ExerciseIndex } from './quiz-item.js';
import { pickExercises, readRoundLink, type RoundLink } from './round-link.js';

/** A round link read, and the keys of the exercises it draws (none for a link that does not work). */
export interface DrawnRound {
  link: RoundLink;
  keys: string[];
}

/** Each text's questions by key (the build's exercises-by-text.json). */
export type ExercisesByText = Record<string, string[]>;

async function fetchByText(): Promise<ExercisesByText> {
  const response = await fetch(BY_TEXT_PATH);
  if (!response.ok) throw new Error(`${BY_TEXT_PATH} answered ${response.status}`);
  return (await response.json()) as ExercisesByText;
}

/** Reads a link and draws its round: see drawLink. */
export const drawRound = (
  search: string,
  loadIndex: () => ExerciseIndex | Promise<ExerciseIndex>,
  loadByText: () => Promise<ExercisesByText> = fetchByText,
): Promise<DrawnRound> =>
  drawLink(readRoundLink(new URLSearchParams(search)), loadIndex, loadByText);

/**
 * Draws the round of a link already read (from the address, or from a class or result code): the
 * exercises it names, or its seeded draw. The index is asked for only when the link works, and
 * each text's questions only for a document-based lesson (doc=<id>), whose text must be one of them.
 */
export async function drawLink(
  link: RoundLink,
  loadIndex: () => ExerciseIndex | Promise<ExerciseIndex>,
  loadByText: () => Promise<ExercisesByText> = fetchByText,
): Promise<DrawnRound> {
  if (!link.ok) return { link, keys: [] };
  const { settings, exercises: named } = link.plan;
  const { document } = settings;
  if (named || document === undefined)
    return { link, keys: pickExercises(await loadIndex(), settings, named ? { named } : {}) };
  const [index, byText] = await Promise.all([loadIndex(), loadByText()]);
  const onText = byText[document];
  if (!onText) {
    const problem = `The doc “${document}” is not one of the texts: use one of ${Object.keys(byText).join(', ')}.`;
    return { link: { ok: false, problems: [problem] }, keys: [] };
  }
  return { link, keys: pickExercises(index, settings, { onText }) };
}
