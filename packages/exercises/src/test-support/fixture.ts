/**
 * The shared fixture's four texts (tooling/fixtures), compiled by the corpus package as any corpus
 * a teacher brings would be.
 */
import { compileAuthored, type CorpusData } from '@attribution-lab/corpus';
import { compileFixture } from '@attribution-lab/fixtures';

export const fixtureCorpus = (): CorpusData =>
  compileFixture(compileAuthored, ['four-texts']) as CorpusData;

/** A changed copy of the fixture, for a test that needs one thing different. */
export function fixtureWith(change: (corpus: CorpusData) => void): CorpusData {
  const corpus = fixtureCorpus();
  change(corpus);
  return corpus;
}
