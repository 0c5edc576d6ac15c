import { describe, expect, it } from 'vitest';
import { packIndex, unpackIndex } from './packed-index.js';
import type { ExerciseIndex } from './quiz-item.js';
import { exerciseIndex } from './server/bank.js';

describe('packIndex', () => {
  it('gives back every entry in its order after unpacking: key, kind, difficulty and pair', () => {
    const index: ExerciseIndex = {
      corpusVersion: '1.0.0',
      exercises: [
        { key: '0000000', kind: 'qualifier', difficulty: 1 },
        { key: '1z141z3', kind: 'qualifier', difficulty: 3 },
        { key: '0a1b2c3', kind: 'discernment', difficulty: 2, pair: 0 },
        { key: '0a1b2c4', kind: 'discernment', difficulty: 2, pair: 12 },
        { key: '00zzzzz', kind: 'timeline', difficulty: 2 },
      ],
    };
    expect(unpackIndex(packIndex(index))).toEqual(index);
  });

  it('packs the kinds in runs and the keys in four bytes each', () => {
    const packed = packIndex({
      corpusVersion: 'x',
      exercises: [
        { key: '0000001', kind: 'names', difficulty: 1 },
        { key: '0000002', kind: 'names', difficulty: 2 },
      ],
    });
    expect(packed).toEqual({
      corpusVersion: 'x',
      keys: 'AAAAAQAAAAI=',
      kinds: [['names', 2]],
      difficulties: '12',
      pairs: ',',
    });
  });

  it('gives back the built index exactly', () => {
    const index = exerciseIndex();
    expect(unpackIndex(packIndex(index))).toEqual(index);
  });
});
