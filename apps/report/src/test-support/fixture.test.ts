import { parseCorpus } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from './fixture.js';

describe('the test fixture', () => {
  it('is a corpus the corpus package accepts, so tests of it say something about real input', () => {
    expect(() => parseCorpus(fixtureCorpus())).not.toThrow();
  });
});
