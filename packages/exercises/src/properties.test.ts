/**
 * Properties over the real corpus and many seeds: every answer key agrees with the independent
 * oracle, sets are deterministic and honour their settings, and other valid corpora made from it
 * (any subset of its texts; its texts repeated) generate sound exercises too.
 */
// The bench harness's generator of larger corpora: the texts repeated under new ids.
import { syntheticCorpus } from '@attribution-lab/bench';
import { corpus, safeParseCorpus, usesSpelling, type Corpus } from '@attribution-lab/corpus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateExercises } from './generate.js';
import { allExercises } from './generators.js';
import { problemsWith } from './test-support/oracle.js';
import { EXERCISE_KINDS, type Exercise, type ExerciseSettings } from './types.js';

const settings = fc.record(
  {
    seed: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    count: fc.integer({ min: 1, max: 50 }),
    kinds: fc.subarray([...EXERCISE_KINDS], { minLength: 1 }),
    difficulty: fc.constantFrom(1 as const, 2 as const, 3 as const),
  },
  { requiredKeys: ['seed', 'count'] },
) as fc.Arbitrary<ExerciseSettings>;

const pool = allExercises(corpus);

describe('over the real corpus', () => {
  it('generates every kind', () => {
    expect(new Set(pool.map((e) => e.kind))).toEqual(new Set(EXERCISE_KINDS));
  });

  it('every generated set agrees with the oracle, is deterministic and honours its settings', () => {
    let checked = 0;
    fc.assert(
      fc.property(settings, (s) => {
        const set = generateExercises(corpus, s);
        checked += set.length;
        expect(generateExercises(corpus, s)).toEqual(set);
        const eligible = pool.filter(
          (e) =>
            (!s.kinds || s.kinds.includes(e.kind)) &&
            (!s.difficulty || e.difficulty === s.difficulty),
        );
        expect(set).toHaveLength(Math.min(s.count, eligible.length));
        expect(new Set(set.map((e) => e.id)).size).toBe(set.length);
        for (const e of set) expect(problemsWith(corpus, e)).toEqual([]);
        const statements = set.filter((e) => e.discernment);
        const supported = statements.filter((e) => e.discernment!.supported).length;
        expect(Math.abs(2 * supported - statements.length)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300, seed: 20220120 },
    );
    expect(checked).toBeGreaterThan(3000);
  }, 60_000);

  it('gives one question one content whatever the session seed', () => {
    const byId = new Map<string, Exercise>();
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (seed) => {
          for (const e of generateExercises(corpus, { seed, count: 50 })) {
            expect(byId.get(e.id) ?? e).toEqual(e);
            byId.set(e.id, e);
          }
        },
      ),
      { numRuns: 50, seed: 7 },
    );
  });
});

/** The corpus cut down to some of its texts, with the spellings those texts no longer contain dropped. */
function subCorpus(source: Corpus, documentIds: ReadonlySet<string>): Corpus {
  const keep = <T extends { documentId: string }>(records: readonly T[]) =>
    records.filter((r) => documentIds.has(r.documentId));
  const documents = source.documents.filter((d) => documentIds.has(d.id));
  return {
    ...source,
    documents,
    actors: source.actors.map((a) => ({
      ...a,
      aliases: a.aliases.filter((alias) => documents.some((d) => usesSpelling(d.text, alias))),
    })),
    claims: keep(source.claims),
    statements: keep(source.statements),
    flags: keep(source.flags),
    nonClaims: keep(source.nonClaims),
  };
}

describe('over every sub-corpus of the real corpus', () => {
  const ids = corpus.documents.map((d) => d.id);
  const subsets = Array.from(
    { length: 2 ** ids.length - 1 },
    (_, mask) => new Set(ids.filter((_, i) => ((mask + 1) >> i) & 1)),
  );

  it.each(subsets.map((s) => [[...s].join(' + '), s] as const))(
    '%s: a valid corpus whose exercises agree with the oracle',
    (_, documentIds) => {
      const sub = subCorpus(corpus, documentIds);
      const parsed = safeParseCorpus(sub);
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      expect(
        allExercises(sub).flatMap((e) => problemsWith(sub, e).map((p) => `${e.id}: ${p}`)),
      ).toEqual([]);
    },
  );
});

describe('over the real corpus repeated three times', () => {
  const repeated = syntheticCorpus(corpus, 3);
  const exercises = allExercises(repeated);

  it('tells repeated texts apart and agrees with the oracle', () => {
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
    expect(exercises.flatMap((e) => problemsWith(repeated, e).map((p) => `${e.id}: ${p}`))).toEqual(
      [],
    );
  });
});
