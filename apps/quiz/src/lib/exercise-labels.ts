/** Words for the exercise kinds and difficulties, as the start page and questions show them. */
import type { ExerciseKind } from '@attribution-lab/exercises';

/** Each exercise kind as a short name; the package describes what each asks. */
const KIND_TITLES: Record<ExerciseKind, string> = {
  'figure-to-outlet': 'Which text gives it?',
  'outlet-to-figure': 'What does it say?',
  'reporter-vs-source': 'Reporter or source?',
  'own-voice': 'Own voice or cited?',
  'who-disagrees': 'Who disagrees?',
  qualifier: 'What does the hedge mean?',
  timeline: 'When was it true?',
  names: 'Same name?',
  'who-said-it': 'Who said it?',
  'spot-the-problem': 'Spot the problem',
  discernment: 'Supported or not?',
};

export const kindTitle = (kind: ExerciseKind): string => KIND_TITLES[kind];

export const DIFFICULTY_LABELS = { 1: 'Starter', 2: 'Standard', 3: 'Tricky' } as const;
