import { topicFigures, type Claim, type TopicFigures } from '@attribution-lab/corpus/queries';
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

  it('says a number was given but only flagged out, rather than that none was given', () => {
    const figures = topicFigures(corpus, topic('prison-population'));
    const flaggedOnly = {
      ...figures,
      spread: null,
      reports: figures.reports.map((r) => ({ ...r, disqualified: true })),
    } satisfies TopicFigures;
    expect(rangeText(flaggedOnly)).toBe('flagged figures only');
    expect(rangeText({ ...flaggedOnly, reports: flaggedOnly.reports.slice(0, 1) })).toBe(
      'a flagged figure only',
    );
  });

  it('gives a date span once when it holds the other end (“2013–2014” and “2014”)', () => {
    const dates = topicFigures(corpus, topic('statement-date'));
    const end = (value: string) => ({ value, qualifier: null, reports: [] });
    expect(rangeText({ ...dates, spread: { low: end('2013/2014'), high: end('2014') } })).toBe(
      '2013–2014',
    );
  });

  it('writes the unit in the singular for one: “1 firefighter”', () => {
    const people = topicFigures(corpus, topic('prison-population'));
    const one = { value: 1, qualifier: null, reports: [] };
    expect(rangeText({ ...people, spread: { low: one, high: one } })).toBe('1 detainee');
  });
});
