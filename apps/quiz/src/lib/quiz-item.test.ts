import { describe, expect, it } from 'vitest';
import { questionOf, type QuizItem } from './quiz-item.js';

const item: QuizItem = {
  key: '0a1b2c3',
  evidence: [],
  exercise: {
    id: 'qualifier:x',
    kind: 'qualifier',
    difficulty: 2,
    prompt: 'Which words hedge the figure?',
    format: 'single',
    options: [
      { id: 'a', label: 'about', misconception: null },
      { id: 'b', label: 'at least', misconception: 'ignored-qualifier' },
    ],
    answer: ['a'],
    evidence: [],
    passages: { documentId: null, excerpts: [], silent: [], about: '' },
    explanation: 'The text says about.',
  },
};

describe('questionOf', () => {
  it('keeps what the question screen shows and nothing that gives the answer away', () => {
    expect(questionOf(item)).toEqual({
      key: '0a1b2c3',
      kind: 'qualifier',
      prompt: 'Which words hedge the figure?',
      format: 'single',
      options: [
        { id: 'a', label: 'about' },
        { id: 'b', label: 'at least' },
      ],
    });
  });
});
