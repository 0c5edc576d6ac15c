import { describe, expect, it } from 'vitest';
import { allExercises, generatorsByKind } from './generators.js';
import { fixtureCorpus, fixtureWith } from './test-support/fixture.js';
import { EXERCISE_KINDS } from './types.js';

const corpus = fixtureCorpus();

describe('allExercises', () => {
  it('is every kind’s generator run in turn', () => {
    expect(allExercises(corpus)).toEqual(
      EXERCISE_KINDS.flatMap((kind) => generatorsByKind[kind](corpus)),
    );
  });

  it('yields every kind from the fixture, under ids no two exercises share', () => {
    const all = allExercises(corpus);
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(EXERCISE_KINDS));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it('does not change the corpus it reads', () => {
    const before = JSON.stringify(corpus);
    allExercises(corpus);
    expect(JSON.stringify(corpus)).toBe(before);
  });

  it('yields nothing, without failing, from a corpus with no texts', () => {
    const empty = fixtureWith((c) => {
      for (const key of ['documents', 'claims', 'statements', 'flags', 'nonClaims'] as const)
        c[key] = [];
      for (const actor of c.actors) actor.aliases = [];
    });
    expect(allExercises(empty)).toEqual([]);
  });
});
