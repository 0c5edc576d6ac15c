/**
 * Turning a generator's draft into an exercise: options shuffled by a seed drawn from the question
 * itself (so the same question always looks the same, whatever the session seed), ids assigned,
 * and the rules every exercise must keep checked, so a generator bug fails loudly, not silently.
 */
import { distinctPassages } from './passages.js';
import { hashString, randomFor, shuffled } from './random.js';
import type {
  Difficulty,
  Evidence,
  Exercise,
  ExerciseKind,
  ExerciseSubject,
  Misconception,
  OptionSubject,
  Passage,
  Passages,
} from './types.js';

export interface DraftOption {
  label: string;
  /** Null for a right option. */
  misconception: Misconception | null;
  missed?: Misconception;
  about: OptionSubject;
}

/** What to read before answering, before the options are shuffled. */
export interface Reading {
  documentId: string | null;
  about: string;
  /** The question's own text: what it asks about, shown first. */
  lead?: Passage[];
  /**
   * For each option, in the draft's order, the excerpts about what it stands for; an empty list for
   * an option's text that says nothing about `about`. Shown in the order the options are shown.
   */
  byOption?: Passage[][];
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
  reading: Reading;
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
  const { byOption } = draft.reading;
  if (byOption && byOption.length !== draft.options.length)
    return 'the passages do not match the options';
  if (draft.format === 'order')
    return wrong === 0 && right >= 2
      ? null
      : 'an ordering needs two or more options and no wrong ones';
  if (right === 0 || wrong === 0) return 'a choice needs a right and a wrong option';
  if (draft.format === 'single' && right !== 1)
    return 'a single-answer exercise has exactly one right option';
  return null;
}

/** The passages in the order the options are shown; an option's text with nothing to show is silent. */
function passagesFor(draft: Draft, order: readonly number[]): Passages {
  const { documentId, about, lead = [], byOption } = draft.reading;
  // A question about one text that has nothing on its subject shows that the text is silent.
  const silent = byOption
    ? order.flatMap((i) => {
        const subject = draft.options[i]!.about;
        return byOption[i]!.length === 0 && 'documentId' in subject ? [subject.documentId] : [];
      })
    : documentId && lead.length === 0
      ? [documentId]
      : [];
  return {
    documentId,
    excerpts: distinctPassages([...lead, ...(byOption ? order.flatMap((i) => byOption[i]!) : [])]),
    silent: [...new Set(silent)],
    about,
  };
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
    passages: passagesFor(draft, order),
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
