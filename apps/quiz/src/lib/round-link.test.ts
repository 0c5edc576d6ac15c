import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNT, randomSeed, readRoundLink } from './round-link.js';

const read = (query: string) => readRoundLink(new URLSearchParams(query), () => 'fixed1');

describe('readRoundLink', () => {
  it('fills in a seed and the default count for a one-tap start', () => {
    const link = read('mode=challenge');
    expect(link).toEqual({
      ok: true,
      plan: { mode: 'challenge', settings: { seed: 'fixed1', count: DEFAULT_COUNT } },
      query: `seed=fixed1&count=${DEFAULT_COUNT}&mode=challenge`,
    });
  });

  it('keeps a teacher’s settings and gives them in one canonical order', () => {
    const link = read('difficulty=2&kinds=timeline,qualifier&count=5&seed=river-7');
    expect(link.ok && link.query).toBe(
      'seed=river-7&count=5&kinds=qualifier%2Ctimeline&difficulty=2&mode=practice',
    );
  });

  it('keeps a document-based lesson’s text in the link', () => {
    const link = read('doc=midan-return-of-isis-analysis&mode=practice');
    expect(link.ok && link.plan.settings.document).toBe('midan-return-of-isis-analysis');
    expect(link.ok && link.query).toBe(
      `seed=fixed1&count=${DEFAULT_COUNT}&doc=midan-return-of-isis-analysis&mode=practice`,
    );
  });

  it('refuses a doc that is not a text’s id', () => {
    const link = read('seed=a&doc=Not%20a%20text');
    expect(link.ok).toBe(false);
    expect(!link.ok && link.problems.join(' ')).toMatch(/The doc "Not a text" is not a text's id/);
  });

  it('reads the kinds the start page’s checkboxes send one by one', () => {
    const link = read('seed=a&kinds=timeline&kinds=names');
    expect(link.ok && link.plan.settings.kinds).toEqual(['timeline', 'names']);
  });

  it('treats an empty difficulty from the form as any difficulty', () => {
    const link = read('seed=a&difficulty=');
    expect(link.ok && link.plan.settings.difficulty).toBeUndefined();
  });

  it('names every problem in a malformed link', () => {
    const link = read('seed=a&count=500&kinds=guessing&difficulty=9&mode=race');
    expect(link.ok).toBe(false);
    const problems = link.ok ? [] : link.problems;
    expect(problems).toHaveLength(4);
    expect(problems.join(' ')).toMatch(/race/);
    expect(problems.join(' ')).toMatch(/count.*500/);
    expect(problems.join(' ')).toMatch(/guessing/);
    expect(problems.join(' ')).toMatch(/difficulty/);
  });

  it('rejects an empty seed rather than inventing one', () => {
    expect(read('seed=').ok).toBe(false);
  });
});

describe('randomSeed', () => {
  it('uses only letters and digits that cannot be mistaken for each other', () => {
    for (let i = 0; i < 50; i++) expect(randomSeed()).toMatch(/^[a-hj-km-np-z2-9]{6}$/);
  });
});
