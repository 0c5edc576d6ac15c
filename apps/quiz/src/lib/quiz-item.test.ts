import { describe, expect, it } from 'vitest';
import { questionOf, type QuizItem } from './quiz-item.js';
import { quizItem } from './test-support/quiz-item.js';

const passages = {
  documentId: 'doc-1',
  excerpts: [
    {
      documentId: 'doc-1',
      start: 10,
      end: 40,
      exact: 'About 3,500 were held there.',
      cut: { before: false, after: false },
    },
  ],
  silent: [],
  about: 'the number held',
};

const item: QuizItem = {
  ...quizItem('0a1b2c3', {
    id: 'qualifier:x',
    difficulty: 2,
    prompt: 'Which words hedge the figure?',
    options: [
      { id: 'a', label: 'about', misconception: null },
      { id: 'b', label: 'at least', misconception: 'ignored-qualifier' },
    ],
    passages,
    explanation: 'The text says about.',
  }),
  texts: { 'doc-1': { name: 'Midan', lang: 'en' } },
};

describe('questionOf', () => {
  it('keeps what the question screen shows, passages included, and nothing that gives the answer away', () => {
    expect(questionOf(item)).toEqual({
      key: '0a1b2c3',
      kind: 'qualifier',
      prompt: 'Which words hedge the figure?',
      format: 'single',
      options: [
        { id: 'a', label: 'about' },
        { id: 'b', label: 'at least' },
      ],
      passages,
      texts: { 'doc-1': { name: 'Midan', lang: 'en' } },
    });
  });
});
