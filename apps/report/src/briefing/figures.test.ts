import type { Claim } from '@attribution-lab/corpus/queries';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import { rangeText, topicFigures } from './figures.js';

const corpus = fixtureCorpus();
const topic = (id: string) => corpus.topics.find((t) => t.id === id)!;

describe('topicFigures', () => {
  it('spans the lowest to the highest value, keeping each end’s qualifier', () => {
    const figures = topicFigures(corpus, topic('prison-population'));
    expect(figures.range).toEqual({
      low: { value: 3500, qualifier: 'at least' },
      high: { value: 5000, qualifier: 'about' },
    });
    expect(rangeText(figures)).toBe('at least 3,500 to about 5,000 detainees');
    expect(figures.distinctValues).toBe(2);
  });

  it('drops a qualifier from an end where the reports of that value disagree on it', () => {
    const extra: Claim = { ...corpus.claims[0]!, id: 'c-extra', qualifier: 'none' };
    const figures = topicFigures(
      { ...corpus, claims: [...corpus.claims, extra] },
      topic('prison-population'),
    );
    expect(figures.range!.high).toEqual({ value: 5000, qualifier: null });
  });

  it('has no range when no report gives a number', () => {
    const figures = topicFigures(corpus, topic('escaped'));
    expect(figures.range).toBeNull();
    expect(rangeText(figures)).toBe('no number given');
  });

  it('gives a single value once when every report agrees', () => {
    expect(rangeText(topicFigures(corpus, topic('statement-date')))).toBe('21 January 2022');
  });
});
