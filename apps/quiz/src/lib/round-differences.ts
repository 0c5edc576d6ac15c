/**
 * How two rounds differ, setting by setting, in words a teacher can act on. Kept apart from
 * round-link.ts, which the first question loads, so the words load only with the results.
 */
import type { ExerciseSettings } from '@attribution-lab/exercises';
import { DIFFICULTY_LABELS, kindTitle } from './exercise-labels.js';
import type { Mode } from './round.js';
import type { RoundPlan } from './round-link.js';

const MODE_NAMES: Record<Mode, string> = { practice: 'Practice', challenge: 'Challenge' };

const kindsWords = (settings: ExerciseSettings): string =>
  settings.kinds ? settings.kinds.map(kindTitle).join(', ') : 'all kinds';

const difficultyWords = (settings: ExerciseSettings): string =>
  settings.difficulty ? `${DIFFICULTY_LABELS[settings.difficulty]} questions` : 'any difficulty';

/**
 * How another round differs from this one, a sentence per setting, in words a teacher can act on
 * ("This code is for a Challenge round; this round is Practice."); empty when they are the same.
 */
export function describeDifferences(theirs: RoundPlan, ours: RoundPlan): string[] {
  const a = theirs.settings;
  const b = ours.settings;
  const differences: string[] = [];
  if (a.seed !== b.seed) {
    differences.push(
      `This code is for another set of questions (set “${a.seed}”); this round is set “${b.seed}”.`,
    );
  }
  if (a.count !== b.count) {
    differences.push(
      `This code is for a round of ${a.count} questions; this round has ${b.count}.`,
    );
  }
  if (kindsWords(a) !== kindsWords(b)) {
    differences.push(
      `This code is for questions of ${a.kinds ? `these kinds: ${kindsWords(a)}` : 'all kinds'}; this round has ${b.kinds ? `these kinds: ${kindsWords(b)}` : 'all kinds'}.`,
    );
  }
  if (a.difficulty !== b.difficulty) {
    differences.push(
      `This code is for ${difficultyWords(a)}; this round has ${difficultyWords(b)}.`,
    );
  }
  if (theirs.mode !== ours.mode) {
    differences.push(
      `This code is for a ${MODE_NAMES[theirs.mode]} round; this round is ${MODE_NAMES[ours.mode]}.`,
    );
  }
  return differences;
}
