import { describe, expect, it } from 'vitest';
import { buildExercise, type DraftOption } from './exercise.js';
import {
  discernmentScore,
  inverseNormal,
  scoreAnswer,
  summariseByMisconception,
  type ExerciseResult,
} from './scoring.js';
import type { Exercise } from './types.js';

const doc = (documentId: string) => ({ type: 'document' as const, documentId });
const options = (rights: string[], wrongs: string[]): DraftOption[] => [
  ...rights.map((label) => ({
    label,
    misconception: null,
    missed: 'own-voice-as-sourced' as const,
    about: doc(label),
  })),
  ...wrongs.map((label) => ({ label, misconception: 'wrong-outlet' as const, about: doc(label) })),
];
const exercise = (format: Exercise['format'], opts: DraftOption[]): Exercise =>
  buildExercise({
    kind: 'figure-to-outlet',
    key: 'k',
    difficulty: 1,
    prompt: 'p',
    format,
    options: opts,
    evidence: [],
    reading: { documentId: null, about: 'the deaths' },
    explanation: 'e',
    subject: { shape: 'figure-to-outlet', topicId: 't', value: 1 },
    fixedOrder: true,
  });

const single = exercise('single', options(['A'], ['B', 'C']));
const multiple = exercise('multiple', options(['A', 'B'], ['C', 'D']));

describe('scoreAnswer', () => {
  it('marks a single answer right or wrong, with the misconception of the wrong pick', () => {
    expect(scoreAnswer(single, ['a'])).toMatchObject({
      correct: true,
      credit: 1,
      misconceptions: [],
    });
    expect(scoreAnswer(single, ['b'])).toMatchObject({
      correct: false,
      credit: 0,
      misconceptions: ['wrong-outlet'],
    });
  });

  it('gives partial credit for some of several right options, and nothing for ticking every box', () => {
    expect(scoreAnswer(multiple, ['a', 'b']).credit).toBe(1);
    expect(scoreAnswer(multiple, ['a']).credit).toBe(0.5);
    expect(scoreAnswer(multiple, ['a', 'c']).credit).toBe(0);
    expect(scoreAnswer(multiple, ['a', 'b', 'c']).credit).toBe(0.5);
    expect(scoreAnswer(multiple, ['a', 'b', 'c', 'd']).credit).toBe(0);
    expect(scoreAnswer(multiple, []).credit).toBe(0);
  });

  it('reports what a missed right option shows, where the exercise says', () => {
    expect(scoreAnswer(multiple, ['a', 'c']).misconceptions).toEqual([
      'wrong-outlet',
      'own-voice-as-sourced',
    ]);
  });

  it('scores an ordering by the pairs in the right order, and names the mistake', () => {
    const order = exercise(
      'order',
      options(['X', 'Y', 'Z'], []).map((o) => ({ ...o, missed: undefined })),
    );
    const [x, y, z] = order.answer as [string, string, string];
    expect(scoreAnswer(order, [x, y, z])).toMatchObject({
      credit: 1,
      correct: true,
      misconceptions: [],
    });
    expect(scoreAnswer(order, [y, x, z])).toMatchObject({
      credit: 1 / 3,
      correct: false,
      misconceptions: ['wrong-order'],
    });
    expect(scoreAnswer(order, [z, y, x]).credit).toBe(0);
  });

  it('uses certainty-based marks: 1, 2, 3 if right; 0, -2, -6 if wrong', () => {
    expect(
      ['low', 'medium', 'high'].map((c) => scoreAnswer(single, ['a'], c as never).certaintyMarks),
    ).toEqual([1, 2, 3]);
    expect(
      ['low', 'medium', 'high'].map((c) => scoreAnswer(single, ['b'], c as never).certaintyMarks),
    ).toEqual([0, -2, -6]);
    expect(scoreAnswer(single, ['a']).certaintyMarks).toBeNull();
  });

  it('shares partial credit between the right and wrong marks', () => {
    expect(scoreAnswer(multiple, ['a'], 'high').certaintyMarks).toBe(0.5 * 3 + 0.5 * -6);
  });

  it('refuses options that do not exist, a repeated pick, or several picks for a single answer', () => {
    expect(() => scoreAnswer(single, ['z'])).toThrow(/"z" is not one of its options \(a, b, c\)/);
    expect(() => scoreAnswer(multiple, ['a', 'a'])).toThrow(/chosen twice/);
    expect(() => scoreAnswer(single, ['a', 'b'])).toThrow(/exactly one/);
  });
});

describe('discernmentScore', () => {
  let answered = 0;
  const judged = (supported: boolean, saidSupported: boolean): ExerciseResult => ({
    exerciseId: `statement-${++answered}`,
    kind: 'discernment',
    chosen: [],
    correct: supported === saidSupported,
    credit: supported === saidSupported ? 1 : 0,
    confidence: null,
    certaintyMarks: null,
    misconceptions: [],
    judgement: { supported, saidSupported },
  });
  const session = (say: (supported: boolean, i: number) => boolean) =>
    [true, false, true, false, true, false, true, false].map((supported, i) =>
      judged(supported, say(supported, i)),
    );

  it('scores believing everything and doubting everything alike, at chance', () => {
    const yes = discernmentScore(session(() => true));
    const no = discernmentScore(session(() => false));
    expect(yes).toMatchObject({ hits: 4, falseAlarms: 4, score: 0 });
    expect(no).toMatchObject({ hits: 0, falseAlarms: 0, score: 0 });
    expect(yes.dPrime).toBeCloseTo(0, 10);
    expect(no.dPrime).toBeCloseTo(0, 10);
  });

  it('rewards telling the two apart, and a perfect record has a finite d′', () => {
    const perfect = discernmentScore(session((supported) => supported));
    expect(perfect).toMatchObject({ hits: 4, correctRejections: 4, score: 1 });
    expect(perfect.dPrime).toBeGreaterThan(1.5);
    expect(Number.isFinite(perfect.dPrime)).toBe(true);
    expect(discernmentScore(session((supported) => !supported)).score).toBe(-1);
  });

  it('has no score without statements of both kinds', () => {
    expect(discernmentScore([judged(true, true)]).score).toBeNull();
  });
});

describe('inverseNormal', () => {
  it('matches the standard normal quantiles', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 6);
    expect(inverseNormal(0.01)).toBeCloseTo(-2.326348, 6);
  });
});

describe('summariseByMisconception', () => {
  it('groups the answers by what they reveal, most frequent first', () => {
    const results = [
      scoreAnswer(single, ['b']),
      scoreAnswer(single, ['c']),
      scoreAnswer(multiple, ['a', 'c']),
      scoreAnswer(single, ['a']),
    ];
    const summary = summariseByMisconception(results);
    expect(summary.map((s) => [s.misconception, s.count])).toEqual([
      ['wrong-outlet', 3],
      ['own-voice-as-sourced', 1],
    ]);
    expect(summary[0]!.description).toMatch(/text that does not give them/);
  });
});
