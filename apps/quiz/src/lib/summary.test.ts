import { describe, expect, it } from 'vitest';
import type { Exercise } from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import { questionResults, summariseRound } from './summary.js';

const exercise = (key: string, over: Partial<Exercise> = {}): QuizItem => ({
  key,
  evidence: [],
  texts: {},
  exercise: {
    id: `id-${key}`,
    kind: 'qualifier',
    difficulty: 1,
    prompt: '?',
    format: 'single',
    options: [
      { id: 'a', label: 'right', misconception: null },
      { id: 'b', label: 'hedge ignored', misconception: 'ignored-qualifier' },
    ],
    answer: ['a'],
    evidence: [],
    passages: { documentId: null, excerpts: [], silent: [], about: '' },
    explanation: '',
    ...over,
  },
});

const items = [exercise('k1'), exercise('k2'), exercise('k3', { kind: 'timeline' })];

describe('summariseRound', () => {
  it('counts right answers by kind of question', () => {
    const results = questionResults(items, [
      { exerciseKey: 'k1', chosen: ['a'], confidence: null },
      { exerciseKey: 'k2', chosen: ['b'], confidence: null },
      { exerciseKey: 'k3', chosen: ['a'], confidence: null },
    ]);
    const summary = summariseRound(results);
    expect(summary.right).toBe(2);
    expect(summary.byKind).toEqual([
      { kind: 'qualifier', right: 1, total: 2 },
      { kind: 'timeline', right: 1, total: 1 },
    ]);
  });

  it('adds certainty marks only over the answers the student rated', () => {
    const results = questionResults(items, [
      { exerciseKey: 'k1', chosen: ['a'], confidence: 3 },
      { exerciseKey: 'k2', chosen: ['b'], confidence: 2 },
      { exerciseKey: 'k3', chosen: ['a'], confidence: null },
    ]);
    expect(summariseRound(results).certainty).toEqual({ marks: 3 - 2, rated: 2, best: 6 });
  });

  it('has no certainty marks when no answer was rated, and no discernment without such questions', () => {
    const results = questionResults(items, [
      { exerciseKey: 'k1', chosen: ['a'], confidence: null },
    ]);
    const summary = summariseRound(results);
    expect(summary.certainty).toBeNull();
    expect(summary.discernment).toBeNull();
  });

  it('groups the wrong answers by what they reveal', () => {
    const results = questionResults(items, [
      { exerciseKey: 'k1', chosen: ['b'], confidence: null },
      { exerciseKey: 'k2', chosen: ['b'], confidence: null },
    ]);
    expect(summariseRound(results).misconceptions).toMatchObject([
      { misconception: 'ignored-qualifier', count: 2 },
    ]);
  });

  it('refuses an answer to an exercise it was not given', () => {
    expect(() =>
      questionResults(items, [{ exerciseKey: 'zz', chosen: ['a'], confidence: null }]),
    ).toThrow(/zz/);
  });
});
