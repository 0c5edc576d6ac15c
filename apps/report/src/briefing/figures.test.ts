import { topicFigures, type Claim } from '@attribution-lab/corpus/queries';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import { rangeText } from './figures.js';

const corpus = fixtureCorpus();
const topic = (id: string) => corpus.topics.find((t) => t.id === id)!;

describe('rangeText', () => {
  it('spans the lowest to the highest value, keeping each end’s qualifier', () => {
    expect(rangeText(topicFigures(corpus, topic('prison-population')))).toBe(
      'at least 3,500 to about 5,000 detainees',
    );
  });

  it('drops a qualifier from an end where the reports of that value disagree on it', () => {
    const extra: Claim = { ...corpus.claims[0]!, id: 'c-extra', qualifier: 'none' };
    const figures = topicFigures(
      { ...corpus, claims: [...corpus.claims, extra] },
      topic('prison-population'),
    );
    expect(rangeText(figures)).toBe('at least 3,500 to 5,000 detainees');
  });

  it('says so when no report gives a number', () => {
    expect(rangeText(topicFigures(corpus, topic('escaped')))).toBe('no number given');
  });

  it('gives a single value once when every report agrees', () => {
    expect(rangeText(topicFigures(corpus, topic('statement-date')))).toBe('21 January 2022');
  });
});
