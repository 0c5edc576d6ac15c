/**
 * Turning a generator's draft into an exercise: options shuffled by a seed drawn from the question
 * itself (so the same question always looks the same, whatever the session seed), ids assigned,
 * and the rules every exercise must keep checked, so a generator bug fails loudly, not silently.
 */
import { hashString, randomFor, shuffled } from './random.js';
import type {
  Difficulty,
  Evidence,
  Exercise,
  ExerciseKind,
  ExerciseSubject,
  Misconception,
  OptionSubject,
} from './types.js';

export interface DraftOption {
  label: string;
  /** Null for a right option. */
  misconception: Misconception | null;
  missed?: Misconception;
  about: OptionSubject;
}

export interface Draft {
  kind: ExerciseKind;
  /** Unique within the kind for one corpus: what the question is about, in ids. */
  key: string;
  difficulty: Difficulty;
  prompt: string;
  /** For "order", the options in the right order; otherwise in any order. */
  format: Exercise['format'];
  options: DraftOption[];
  evidence: Evidence[];
  explanation: string;
  subject: ExerciseSubject;
  /** Keep the options in the given order (true/false verdicts read best in a fixed order). */
  fixedOrder?: boolean;
}

const OPTION_IDS = 'abcdefghijklmnopqrstuvwxyz';

function invariantProblem(draft: Draft): string | null {
  // Case only: the names kind already keeps apart spellings that differ by accents alone.
  const labels = new Set(draft.options.map((o) => o.label.toLowerCase()));
  if (labels.size !== draft.options.length) return 'two options have the same label';
  const abouts = new Set(draft.options.map((o) => Object.values(o.about).join('\u0000')));
  if (abouts.size !== draft.options.length) return 'two options stand for the same thing';
  const right = draft.options.filter((o) => o.misconception === null).length;
  const wrong = draft.options.length - right;
  if (draft.options.length > OPTION_IDS.length) return 'too many options';
  if (draft.format === 'order')
    return wrong === 0 && right >= 2
      ? null
      : 'an ordering needs two or more options and no wrong ones';
  if (right === 0 || wrong === 0) return 'a choice needs a right and a wrong option';
  if (draft.format === 'single' && right !== 1)
    return 'a single-answer exercise has exactly one right option';
  return null;
}

export function buildExercise(draft: Draft): Exercise {
  const problem = invariantProblem(draft);
  if (problem) throw new Error(`${draft.kind} exercise "${draft.key}": ${problem}`);
  const random = randomFor(`${draft.kind}:${draft.key}`);
  let order = draft.options.map((_, i) => i);
  if (!draft.fixedOrder) {
    order = shuffled(order, random);
    // Shown in the right order, an ordering would answer itself.
    if (draft.format === 'order' && order.every((v, i) => v === i)) order.push(order.shift()!);
  }
  const idOf = new Map(order.map((original, shownAt) => [original, OPTION_IDS[shownAt]!]));
  const options = order.map((original, shownAt) => {
    const { label, misconception, missed, about } = draft.options[original]!;
    return { id: OPTION_IDS[shownAt]!, label, misconception, ...(missed ? { missed } : {}), about };
  });
  const answer =
    draft.format === 'order'
      ? draft.options.map((_, i) => idOf.get(i)!)
      : options.filter((o) => o.misconception === null).map((o) => o.id);
  const content = [
    draft.prompt,
    ...options.map((o) => `${o.label}\u0000${o.misconception}`),
    ...answer,
  ].join('\u0001');
  return {
    id: `${draft.kind}:${draft.key}:${hashString(content).toString(36)}`,
    kind: draft.kind,
    difficulty: draft.difficulty,
    prompt: draft.prompt,
    format: draft.format,
    options,
    answer,
    evidence: draft.evidence,
    explanation: draft.explanation,
    subject: draft.subject,
  };
}

/** "Which text…?" for one right answer, "Which texts…? More than one is right" for several. */
export const formatFor = (rightCount: number): 'single' | 'multiple' =>
  rightCount === 1 ? 'single' : 'multiple';

export const CHOOSE_ALL = 'More than one is right: choose all that are.';

export const clampDifficulty = (n: number): Difficulty =>
  (n <= 1 ? 1 : n >= 3 ? 3 : 2) as Difficulty;
