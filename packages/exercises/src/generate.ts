/**
 * A set of exercises for one session: drawn from every exercise the corpus determines, by a PRNG
 * seeded with the teacher's seed, so the same corpus, seed and settings give the same set anywhere.
 * Kinds are dealt in turn so a short set is varied, and discernment statements are drawn in their
 * supported/misattributed pairs so the two answers stay equally common.
 */
import type { Corpus } from '@attribution-lab/corpus/queries';
import { allExercises } from './generators.js';
import { groupBy } from './lookup.js';
import { randomFor, shuffled, type Random } from './random.js';
import { SettingsError, validateSettings } from './settings.js';
import {
  EXERCISE_KINDS,
  type Difficulty,
  type Exercise,
  type ExerciseKind,
  type ExerciseSettings,
} from './types.js';

/** What the draw needs to know of an exercise; an app can draw from a slim index of these. */
export interface Drawable {
  kind: ExerciseKind;
  difficulty: Difficulty;
  /** Discernment only: the pair the statement belongs to (Exercise['discernment']['pair']). */
  pair?: string | number;
}

/** A kind's candidates in the order they will be drawn; discernment pairs stay side by side. */
function drawOrder<T extends Drawable>(candidates: readonly T[], random: Random): T[] {
  if (candidates[0]?.kind !== 'discernment') return shuffled(candidates, random);
  const pairs = [
    ...groupBy(candidates, (c) =>
      c.pair === undefined ? `alone:${candidates.indexOf(c)}` : `pair:${c.pair}`,
    ).values(),
  ];
  return shuffled(pairs, random).flatMap((pair) => shuffled(pair, random));
}

/**
 * The seeded draw itself, over any list in the order allExercises gives (all kinds, or more than
 * the settings ask for): generateExercises(corpus, settings) is this draw over allExercises(corpus),
 * less those not on the settings' document when they name one (the caller leaves those out, as
 * only it knows what each candidate reads). Exported so an app holding only an index of exercises
 * draws exactly the same set.
 */
export function drawSet<T extends Drawable>(
  candidates: readonly T[],
  settings: ExerciseSettings,
): T[] {
  const { seed, count, kinds = EXERCISE_KINDS, difficulty } = validateSettings(settings);
  const random = randomFor(seed);
  const pool = kinds.flatMap((kind) =>
    candidates.filter(
      (c) => c.kind === kind && (difficulty === undefined || c.difficulty === difficulty),
    ),
  );
  const queues = shuffled([...groupBy(pool, (c) => c.kind).values()], random).map((q) =>
    drawOrder(q, random),
  );
  const chosen: T[] = [];
  while (chosen.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && chosen.length < count) chosen.push(next);
    }
  }
  return shuffled(chosen, random);
}

/** Every text a reader needs for an exercise: the texts its passages show or list as silent, and its evidence's. */
export function textsRead(exercise: Pick<Exercise, 'passages' | 'evidence'>): Set<string> {
  const { passages, evidence } = exercise;
  return new Set([
    ...(passages.documentId === null ? [] : [passages.documentId]),
    ...passages.excerpts.map((p) => p.documentId),
    ...passages.silent,
    ...evidence.map((e) => e.documentId),
  ]);
}

/** Whether an exercise is answered from this one text alone: a question of its document-based lesson. */
export function readsOnly(
  exercise: Pick<Exercise, 'passages' | 'evidence'>,
  documentId: string,
): boolean {
  const texts = textsRead(exercise);
  return texts.size === 1 && texts.has(documentId);
}

export interface GenerateOptions {
  /**
   * Only exercises about figures on these topics (a worksheet on one topic): see `isOnTopics`.
   * Unset: every exercise.
   */
  topicIds?: readonly string[];
}

/**
 * Whether an exercise is about the given topics: it cites at least one figure, and every figure it
 * cites is on one of them. An exercise about no figure (who is quoted, how a name is spelt, when
 * the texts were published, a passage's wording) is on no topic.
 */
export function isOnTopics(
  corpus: Corpus,
  exercise: Exercise,
  topicIds: readonly string[],
): boolean {
  const wanted = new Set(topicIds);
  const cited = exercise.evidence.flatMap((evidence) =>
    evidence.claimId === null ? [] : [evidence.claimId],
  );
  return (
    cited.length > 0 &&
    cited.every((id) => {
      const claim = corpus.claims.find((c) => c.id === id);
      return claim !== undefined && wanted.has(claim.topicId);
    })
  );
}

/**
 * `count` exercises (fewer if the corpus and settings allow fewer), of the chosen kinds and
 * difficulty, and on the chosen topics if any. Throws a SettingsError for settings out of range.
 */
export function generateExercises(
  corpus: Corpus,
  settings: ExerciseSettings,
  { topicIds }: GenerateOptions = {},
): Exercise[] {
  const { kinds, document } = validateSettings(settings);
  if (document !== undefined && !corpus.documents.some((d) => d.id === document)) {
    const ids = corpus.documents.map((d) => d.id).join(', ');
    throw new SettingsError([
      { param: 'doc', message: `"${document}" is not one of the texts: use one of ${ids}` },
    ]);
  }
  const candidates = allExercises(corpus, kinds)
    .filter((exercise) => document === undefined || readsOnly(exercise, document))
    .filter((exercise) => !topicIds || isOnTopics(corpus, exercise, topicIds))
    .map((exercise) => ({
      kind: exercise.kind,
      difficulty: exercise.difficulty,
      ...(exercise.discernment ? { pair: exercise.discernment.pair } : {}),
      exercise,
    }));
  return drawSet(candidates, settings).map((c) => c.exercise);
}
