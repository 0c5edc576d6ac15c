/** The shared fixture's one text (tooling/fixtures), compiled by this package's compiler from source. */
import { compileFixture } from '@attribution-lab/fixtures';
import type { CorpusData } from '../schema.js';
import { compileAuthored } from '../source/compile.js';

export const fixtureCorpus = (): CorpusData => compileFixture(compileAuthored) as CorpusData;
