import { describe, expect, it } from 'vitest';
import { corpus } from '@attribution-lab/corpus';
import {
  EXERCISE_KINDS,
  generateExercises,
  type ExerciseSettings,
} from '@attribution-lab/exercises';
import { exerciseKey } from './exercise-key.js';
import { pickExercises } from './round-link.js';
import { exerciseIndex, exercisesByText } from './server/bank.js';

// The index exactly as the build writes it to /data/exercises.json.
const index = exerciseIndex();

const settings: ExerciseSettings[] = [
  { seed: 'river-7', count: 10 },
  { seed: 'abc', count: 50 },
  { seed: 'class 7b', count: 5, kinds: ['discernment'] },
  { seed: 'x', count: 12, kinds: ['timeline', 'qualifier', 'discernment'], difficulty: 2 },
  { seed: 'ünïcödé', count: 3, difficulty: 3 },
  ...EXERCISE_KINDS.map((kind, i) => ({ seed: `kind-${i}`, count: 8, kinds: [kind] })),
  ...Array.from({ length: 20 }, (_, i) => ({ seed: String(i * 7919), count: 1 + (i % 15) })),
];

describe('pickExercises over the built index', () => {
  it.each(settings)('picks what generateExercises gives the worksheet for %o', (s) => {
    const expected = generateExercises(corpus, s).map((e) => exerciseKey(e.id));
    expect(pickExercises(index, s)).toEqual(expected);
  });

  it.each(corpus.documents.map((d) => d.id))(
    'draws the document-based lesson on %s that generateExercises gives',
    (document) => {
      const lesson = { seed: `lesson-${document}`, count: 12, document };
      const expected = generateExercises(corpus, lesson).map((e) => exerciseKey(e.id));
      expect(expected).toHaveLength(12);
      expect(pickExercises(index, lesson, { onText: exercisesByText()[document] })).toEqual(
        expected,
      );
    },
  );

  it('gives fewer than asked, not an error, when the settings allow fewer', () => {
    const keys = pickExercises(index, {
      seed: 's',
      count: 50,
      kinds: ['own-voice'],
      difficulty: 1,
    });
    expect(keys.length).toBeLessThan(50);
  });
});
