import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS, type Exercise } from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import {
  discernmentSentence,
  questionResults,
  skillsToShow,
  summariseRound,
  type SkillResult,
} from './summary.js';
import { quizItem } from './test-support/quiz-item.js';

const exercise = (key: string, over: Partial<Exercise> = {}): QuizItem =>
  quizItem(key, {
    prompt: '?',
    options: [
      { id: 'a', label: 'right', misconception: null },
      { id: 'b', label: 'hedge ignored', misconception: 'ignored-qualifier' },
    ],
    ...over,
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
      { kind: 'qualifier', right: 1, partly: 0, total: 2 },
      { kind: 'timeline', right: 1, partly: 0, total: 1 },
    ]);
  });

  it('counts answers with partial credit apart from right and wrong ones', () => {
    const multiple = exercise('m1', {
      kind: 'own-voice',
      format: 'multiple',
      options: [
        { id: 'a', label: 'one', misconception: null },
        { id: 'b', label: 'two', misconception: null },
        { id: 'c', label: 'three', misconception: 'own-voice-as-sourced' },
      ],
      answer: ['a', 'b'],
    });
    const results = questionResults(
      [multiple],
      [{ exerciseKey: 'm1', chosen: ['a'], confidence: null }],
    );
    expect(summariseRound(results).byKind).toEqual([
      { kind: 'own-voice', right: 0, partly: 1, total: 1 },
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

describe('skillsToShow', () => {
  const skill = (kind: SkillResult['kind'], right: number, total: number): SkillResult => ({
    kind,
    right,
    partly: 0,
    total,
  });

  it('lists skills asked once apart, and draws no chart of one-question bars', () => {
    // Every kind but one: ten skills, each asked once.
    const tenOnce = EXERCISE_KINDS.filter((kind) => kind !== 'spot-the-problem').map((kind) =>
      skill(kind, 1, 1),
    );
    expect(tenOnce).toHaveLength(10);
    expect(skillsToShow(tenOnce)).toEqual({ measured: [], once: tenOnce, chart: false });
  });

  it('charts skills asked at least twice when there are two or more to compare', () => {
    const byKind = [skill('names', 3, 4), skill('timeline', 1, 2), skill('qualifier', 0, 1)];
    expect(skillsToShow(byKind)).toEqual({
      measured: byKind.slice(0, 2),
      once: byKind.slice(2),
      chart: true,
    });
    expect(skillsToShow(byKind.slice(1)).chart).toBe(false);
  });
});

describe('discernmentSentence', () => {
  const score = { hitRate: null, falseAlarmRate: null, score: null, dPrime: null };

  it('names both kinds of statement when the round asked about both', () => {
    const d = { ...score, hits: 2, misses: 1, falseAlarms: 1, correctRejections: 0 };
    expect(discernmentSentence(d)).toBe(
      'You accepted 2 of 3 statements the texts support, and you believed 1 of 1 statement they do not support.',
    );
  });

  it('says nothing about a kind of statement the round did not ask about', () => {
    const onlyUnsupported = { ...score, hits: 0, misses: 0, falseAlarms: 0, correctRejections: 2 };
    expect(discernmentSentence(onlyUnsupported)).toBe(
      'You believed 0 of 2 statements the texts do not support.',
    );
    const onlySupported = { ...score, hits: 1, misses: 0, falseAlarms: 0, correctRejections: 0 };
    expect(discernmentSentence(onlySupported)).not.toMatch(/0 of 0/);
  });
});
