/**
 * The exercise index as the play page and /data/exercises.json carry it: the same entries, in the
 * same order, written compactly, since the page's copy is part of what the first question waits
 * for. Most of it is the keys, 32-bit hashes that base 36 spells in seven letters; packed as four
 * bytes each they take a third less after gzip.
 */
import type { ExerciseKind } from '@attribution-lab/exercises';
import type { ExerciseIndex, IndexEntry } from './quiz-item.js';

export interface PackedIndex {
  corpusVersion: string;
  /** Every exercise's key as a 32-bit number, four bytes big-endian each, in base64. */
  keys: string;
  /** The kinds in runs, [kind, how many exercises in a row], in the order of the keys. */
  kinds: [ExerciseKind, number][];
  /** Every exercise's difficulty, one digit each. */
  difficulties: string;
  /** Every exercise's discernment pair, empty for the others, separated by commas. */
  pairs: string;
}

export function packIndex({ corpusVersion, exercises }: ExerciseIndex): PackedIndex {
  const bytes = new Uint8Array(exercises.length * 4);
  const view = new DataView(bytes.buffer);
  exercises.forEach(({ key }, i) => view.setUint32(i * 4, parseInt(key, 36)));
  const kinds: [ExerciseKind, number][] = [];
  for (const { kind } of exercises) {
    const run = kinds.at(-1);
    if (run?.[0] === kind) run[1]++;
    else kinds.push([kind, 1]);
  }
  return {
    corpusVersion,
    keys: btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')),
    kinds,
    difficulties: exercises.map((e) => e.difficulty).join(''),
    pairs: exercises.map((e) => e.pair ?? '').join(','),
  };
}

export function unpackIndex(packed: PackedIndex): ExerciseIndex {
  const view = new DataView(Uint8Array.from(atob(packed.keys), (c) => c.charCodeAt(0)).buffer);
  const pairs = packed.pairs.split(',');
  const kinds = packed.kinds.flatMap(([kind, count]) => Array<ExerciseKind>(count).fill(kind));
  return {
    corpusVersion: packed.corpusVersion,
    exercises: kinds.map((kind, i): IndexEntry => {
      const pair = pairs[i];
      return {
        key: view
          .getUint32(i * 4)
          .toString(36)
          .padStart(7, '0'),
        kind,
        difficulty: Number(packed.difficulties[i]) as IndexEntry['difficulty'],
        ...(pair ? { pair: Number(pair) } : {}),
      };
    }),
  };
}
