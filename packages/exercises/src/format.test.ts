import { describe, expect, it } from 'vitest';
import { endSentence, excerpt, formatClaimFigure, formatValue, listInWords } from './format.js';
import { fixtureCorpus } from './test-support/fixture.js';

const corpus = fixtureCorpus();
const topic = (id: string) => corpus.topics.find((t) => t.id === id)!;
const claim = (id: string) => corpus.claims.find((c) => c.id === id)!;

describe('formatValue', () => {
  const duration = {
    ...topic('deaths'),
    kind: 'duration' as const,
    unit: 'weeks',
    phrase: 'how long the battle lasted',
  };

  it('adds a duration’s unit, in the singular for one', () => {
    expect(formatValue(6, duration)).toBe('6 weeks');
    expect(formatValue(1, duration)).toBe('1 week');
  });

  it('leaves the unit out when the phrase already says it', () => {
    expect(
      formatValue(2, { ...duration, unit: 'days', phrase: 'the number of days since the attack' }),
    ).toBe('2');
  });

  it('writes an ordinal as "the 3rd" and a count as a plain number', () => {
    expect(formatValue(3, topic('fighting-day'))).toBe('the 3rd');
    expect(formatValue(5000, topic('prison-population'))).toBe('5,000');
  });
});

describe('formatClaimFigure', () => {
  it('keeps the text’s hedge', () => {
    expect(formatClaimFigure(claim('c-daily-deaths'), topic('deaths'))).toBe('at least 78');
  });

  it('shows a vague word as written and a partly inferred date as written, with the inference labelled', () => {
    expect(formatClaimFigure(claim('c-daily-fled'), topic('escaped'))).toBe('dozens');
    expect(formatClaimFigure(claim('c-wire-date'), topic('attack-date'))).toBe(
      '“January 20” (year inferred: 20 January 2022)',
    );
  });
});

describe('sentences', () => {
  it('lists in words', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('ends a sentence after a quotation without doubling the full stop', () => {
    expect(endSentence('“It was so.”')).toBe('“It was so.”');
    expect(endSentence('“it was so”')).toBe('“it was so”.');
  });

  it('cuts a long passage at a word and marks the cut', () => {
    const cut = excerpt('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
