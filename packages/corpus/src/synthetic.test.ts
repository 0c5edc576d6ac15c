import { syntheticCorpus } from '@attribution-lab/bench';
import { describe, expect, it } from 'vitest';
import { safeParseCorpus } from './parse.js';
import { fixtureCorpus } from './test-support/fixture.js';

// The benches measure validation on corpora scaled up this way, so the copies must pass every rule.
describe('a corpus repeated by syntheticCorpus', () => {
  it('is as valid as the corpus it repeats', () => {
    expect(safeParseCorpus(syntheticCorpus(fixtureCorpus(), 10))).toMatchObject({ ok: true });
  });
});
