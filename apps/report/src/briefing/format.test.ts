import { reportedAs } from '@attribution-lab/corpus/queries';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import { creditClause, documentLabel, formatWithUnit, shortSource } from './format.js';

const corpus = fixtureCorpus();
const claim = (id: string) => corpus.claims.find((c) => c.id === id)!;
const topic = (id: string) => corpus.topics.find((t) => t.id === id)!;

describe('formatting figures', () => {
  it('adds the unit to counts but not to dates', () => {
    expect(formatWithUnit(topic('prison-population'), 5000)).toBe('5,000 detainees');
    expect(formatWithUnit(topic('statement-date'), '2022-01-21')).toBe('21 January 2022');
    expect(formatWithUnit(topic('escaped'), null)).toBe('no number');
  });

  it('keeps the qualifier with the numeral as the text writes it', () => {
    expect(reportedAs(claim('c-beta-population'))).toBe('at least 3,500');
    expect(reportedAs(claim('c-escaped'))).toBe('Dozens');
  });
});

describe('naming sources', () => {
  it('labels a text by the number its source file starts with', () => {
    expect(corpus.documents.map((d) => documentLabel(corpus, d))).toEqual(['000', '001']);
  });

  it('names an unknown outlet by what is known of it', () => {
    expect(shortSource(corpus, corpus.documents[1]!)).toBe('001  Unnamed outlet');
  });

  it('says when a text names no source instead of crediting anyone', () => {
    expect(creditClause(corpus, claim('c-population'))).toBe(
      'credited to Syrian Democratic Forces',
    );
    expect(creditClause(corpus, claim('c-escaped'))).toBe('no source named');
  });
});
