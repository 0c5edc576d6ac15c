/**
 * The shared fixture's base text and its hard-to-print second text (tooling/fixtures), compiled by
 * the corpus package: Arabic words, diacritics, curly quotes, a no-break space, an unnamed outlet
 * and a topic on which the two texts disagree.
 */
import { compileAuthored, type CorpusData } from '@attribution-lab/corpus';
import { compileFixture } from '@attribution-lab/fixtures';

export const fixtureCorpus = (): CorpusData =>
  compileFixture(compileAuthored, ['one-text', 'arabic']) as CorpusData;
