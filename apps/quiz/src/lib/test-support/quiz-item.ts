import type { Exercise } from '@attribution-lab/exercises';
import type { QuizItem } from '../quiz-item.js';

/**
 * A quiz item for unit tests: a one-answer question whose right answer is "a" and whose "b"
 * ignores the hedge, with no evidence or passages. A test overrides what it is about.
 */
export const quizItem = (key: string, over: Partial<Exercise> = {}): QuizItem => ({
  key,
  evidence: [],
  texts: {},
  exercise: {
    id: `id-${key}`,
    kind: 'qualifier',
    difficulty: 1,
    prompt: `Question ${key}?`,
    format: 'single',
    options: [
      { id: 'a', label: 'right', misconception: null },
      { id: 'b', label: 'wrong', misconception: 'ignored-qualifier' },
    ],
    answer: ['a'],
    evidence: [],
    passages: { documentId: null, excerpts: [], silent: [], about: '' },
    explanation: '',
    ...over,
  },
});
