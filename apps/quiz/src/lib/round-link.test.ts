import { describe, expect, it } from 'vitest';
import { isCodeSeed } from './join-code.js';
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
  it('draws set names a class code can carry: four characters, none a look-alike of another', () => {
    for (let i = 0; i < 50; i++) {
      const seed = randomSeed();
      expect(seed).toMatch(/^[0-9a-hjkmnp-tv-z]{4}$/);
      expect(isCodeSeed(seed)).toBe(true);
    }
  });
});
