import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import {
  creditClause,
  documentLabel,
  formatDateValue,
  formatNumber,
  formatWithUnit,
  ordinal,
  reportedAs,
  shortSource,
} from './format.js';

const corpus = fixtureCorpus();
const claim = (id: string) => corpus.claims.find((c) => c.id === id)!;
const topic = (id: string) => corpus.topics.find((t) => t.id === id)!;

describe('formatting figures', () => {
  it('groups thousands the same way on every machine', () => {
    expect([formatNumber(5000), formatNumber(1100), formatNumber(89), formatNumber(2.5)]).toEqual([
      '5,000',
      '1,100',
      '89',
      '2.5',
    ]);
  });

  it('writes ordinals the English way, including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 102].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '102nd',
    ]);
  });

  it('writes a date only as precisely as the text gives it', () => {
    expect(['2019', '2022-01', '2022-01-20'].map(formatDateValue)).toEqual([
      '2019',
      'January 2022',
      '20 January 2022',
    ]);
  });

  it('writes an interval of days within one month compactly, and others in full', () => {
    expect(formatDateValue('2022-01-20/2022-01-21')).toBe('20–21 January 2022');
    expect(formatDateValue('2013/2014')).toBe('2013–2014');
  });

  it('adds the unit to counts but not to dates', () => {
    expect(formatWithUnit(topic('prison-population'), 5000)).toBe('5,000 detainees');
    expect(formatWithUnit(topic('statement-date'), '2022-01-21')).toBe('21 January 2022');
    expect(formatWithUnit(topic('escaped'), null)).toBe('no number');
  });

  it('keeps the qualifier with the numeral as the text writes it', () => {
    expect(reportedAs(claim('c-beta-population'))).toBe('at least 3,500');
    expect(reportedAs(claim('c-alpha-escaped'))).toBe('Dozens');
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
    expect(creditClause(corpus, claim('c-alpha-population'))).toBe(
      'credited to Syrian Democratic Forces',
    );
    expect(creditClause(corpus, claim('c-alpha-escaped'))).toBe('no source named');
  });
});
