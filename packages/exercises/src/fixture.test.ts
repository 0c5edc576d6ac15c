import { safeParseCorpus } from '@attribution-lab/corpus';
import { expect, it } from 'vitest';
import { fixtureCorpus } from './test-support/fixture.js';

it('the fixture passes parseCorpus, like any corpus a teacher could bring', () => {
  const result = safeParseCorpus(fixtureCorpus());
  expect(result.ok ? [] : result.issues).toEqual([]);
});
