import { reportedAs } from '@attribution-lab/corpus/queries';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import {
  creditClause,
  creditedTo,
  curlyQuotes,
  documentLabel,
  figureWords,
  formatWithUnit,
  shortSource,
} from './format.js';

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

describe('the briefing’s own words', () => {
  it('turns the straight quotation marks of the corpus’s prose into curly ones', () => {
    expect(curlyQuotes('The lede says "almost 80", naming "no one".')).toBe(
      'The lede says “almost 80”, naming “no one”.',
    );
  });

  it('gives a figure in the text’s words with the unit, unless the words carry their own', () => {
    expect(figureWords(topic('prison-population'), claim('c-beta-population'))).toBe(
      'at least 3,500 detainees',
    );
    expect(figureWords(topic('escaped'), claim('c-escaped'))).toBe('Dozens');
    expect(figureWords(topic('statement-date'), claim('c-date'))).toBe('21 January 2022');
  });

  it('says who passed a figure on, after whom the text credits', () => {
    const passed = {
      ...claim('c-population'),
      attribution: { ...claim('c-population').attribution, via: ['jerome'] },
    };
    expect(creditedTo(corpus, passed)).toBe('Syrian Democratic Forces, via Jérôme Drevon');
  });
});
