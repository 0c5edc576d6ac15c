import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from './test-support/fixture.js';
import { restrictToTopics } from './topics.js';

describe('restrictToTopics', () => {
  it('keeps only the figures of the topics asked for, and flags only point at those', () => {
    const narrowed = restrictToTopics(fixtureCorpus(), ['escaped']);
    expect(narrowed.topics.map((t) => t.id)).toEqual(['escaped']);
    expect(narrowed.claims.map((c) => c.id)).toEqual(['c-escaped']);
    expect(narrowed.flags.find((f) => f.id === 'f-beta-unverifiable')!.claimIds).toEqual([]);
  });

  it('returns the corpus itself when no topics are named', () => {
    const corpus = fixtureCorpus();
    expect(restrictToTopics(corpus, undefined)).toBe(corpus);
  });
});
