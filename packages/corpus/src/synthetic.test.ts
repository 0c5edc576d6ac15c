import { describe, expect, it } from 'vitest';
import { safeParseCorpus } from './parse.js';
import { fixtureCorpus } from './test-support/fixture.js';
import { syntheticCorpus } from './synthetic.js';

describe('syntheticCorpus', () => {
  it('is as valid as the corpus it repeats', () => {
    expect(safeParseCorpus(syntheticCorpus(fixtureCorpus(), 10))).toMatchObject({ ok: true });
  });

  it('has factor times the documents and claims', () => {
    const big = syntheticCorpus(fixtureCorpus(), 7);
    expect(big.documents).toHaveLength(7);
    expect(big.claims).toHaveLength(21);
  });

  it('refuses a factor that is not a positive whole number', () => {
    expect(() => syntheticCorpus(fixtureCorpus(), 0)).toThrow(/at least 1/);
  });
});
