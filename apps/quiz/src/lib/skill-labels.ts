/**
 * Each exercise kind as the skill it practises, in plain words, for progress and results. Kept
 * apart from exercise-labels.ts, which the question screen loads, so only results pages load them.
 */
import type { ExerciseKind } from '@attribution-lab/exercises';

const SKILL_NAMES: Record<ExerciseKind, string> = {
  'figure-to-outlet': 'Finding which text gives a figure',
  'outlet-to-figure': 'Reading the figure a text gives',
  'reporter-vs-source': 'Telling who reported a figure from who said it',
  'own-voice': 'Spotting figures a text gives without a source',
  'who-disagrees': 'Seeing which sources disagree',
  qualifier: 'Reading hedges such as “about” and “at least”',
  timeline: 'Keeping track of when a figure was true',
  names: 'Matching different spellings of one name',
  'who-said-it': 'Knowing who said it',
  'spot-the-problem': 'Spotting what is wrong in a passage',
  discernment: 'Judging whether a statement is supported',
};

export const skillName = (kind: ExerciseKind): string => SKILL_NAMES[kind];
