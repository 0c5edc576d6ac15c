import { describe, expect, it } from 'vitest';
import { claimEvidence, headlineEvidence, passageEvidence, sentenceAround } from './evidence.js';
import { fixtureCorpus } from './test-support/fixture.js';

const corpus = fixtureCorpus();
const daily = corpus.documents.find((d) => d.id === 'daily-report')!;

describe('evidence', () => {
  it('for a claim, quotes the claim and highlights its numeral', () => {
    const claim = corpus.claims.find((c) => c.id === 'c-daily-deaths')!;
    const evidence = claimEvidence(claim);
    expect(evidence.quote.exact).toBe(daily.text.slice(evidence.quote.start, evidence.quote.end));
    expect(daily.text.slice(evidence.highlight!.start, evidence.highlight!.end)).toBe('78');
  });

  it('for any other passage, quotes its whole sentence and highlights the passage', () => {
    const start = daily.text.indexOf('Observatory');
    const evidence = passageEvidence(daily, start, start + 'Observatory'.length);
    expect(evidence.quote.exact).toBe(
      'At least 78 people were killed, according to the Observatory.',
    );
    expect(evidence.claimId).toBeNull();
  });

  it('finds the sentence around a span, stopping at line breaks too', () => {
    const at = daily.text.indexOf('Hasakah');
    const sentence = sentenceAround(daily.text, at, at + 7);
    expect(daily.text.slice(sentence.start, sentence.end)).toBe('Prison attack in Hasakah');
  });

  it('cuts a long sentence between words, never inside one', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    const text = `${words.join(' ')}.`;
    const at = text.indexOf('word60');
    const { start, end } = sentenceAround(text, at, at + 'word60'.length);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeLessThan(text.length);
    expect(text[start - 1]).toBe(' ');
    expect(text[end]).toBe(' ');
    expect(text.slice(start, end)).toContain('word60');
  });

  it('shows a whole text by its first line, with nothing highlighted', () => {
    expect(headlineEvidence(daily)).toMatchObject({
      quote: { start: 0, exact: 'Prison attack in Hasakah' },
      highlight: null,
    });
  });
});
