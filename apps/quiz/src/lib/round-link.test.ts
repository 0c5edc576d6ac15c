import { describe, expect, it } from 'vitest';
import { isCodeSeed } from './join-code.js';
import type { ExerciseIndex } from './quiz-item.js';
import { DEFAULT_COUNT, pickExercises, randomSeed, readRoundLink } from './round-link.js';

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

describe('a link that names its exercises', () => {
  it('asks all of them by default, and says so in its canonical form', () => {
    const link = read('exercises=0abc123,1xyz789&mode=practice');
    expect(link).toEqual({
      ok: true,
      plan: {
        mode: 'practice',
        settings: { seed: 'fixed1', count: 2 },
        exercises: ['0abc123', '1xyz789'],
      },
      query: 'seed=fixed1&count=2&exercises=0abc123%2C1xyz789&mode=practice',
    });
  });

  it('names each one that is not an exercise key', () => {
    const link = read('seed=a&exercises=0abc123,NOPE,x');
    expect(link.ok).toBe(false);
    expect(link.ok ? '' : link.problems).toEqual([
      'The exercises should be 1 to 50 exercise keys, each seven letters and digits, not “NOPE”, “x”.',
    ]);
  });

  it('refuses an empty list and one longer than a round', () => {
    expect(read('seed=a&exercises=').ok).toBe(false);
    const many = Array.from({ length: 51 }, (_, i) => String(i).padStart(7, '0')).join(',');
    const link = read(`seed=a&exercises=${many}`);
    expect(link.ok ? '' : link.problems.join(' ')).toMatch(/should be 1 to 50 exercise keys/);
  });
});

describe('pickExercises with named exercises', () => {
  const index: ExerciseIndex = {
    corpusVersion: 'test',
    exercises: [
      { key: 'aaaaaa1', kind: 'names', difficulty: 1 },
      { key: 'aaaaaa2', kind: 'timeline', difficulty: 2 },
      { key: 'aaaaaa3', kind: 'names', difficulty: 3 },
    ],
  };

  it('asks them in the order named, skipping any this build no longer has', () => {
    const keys = ['aaaaaa3', 'gone000', 'aaaaaa1'];
    expect(pickExercises(index, { seed: 's', count: 3 }, { named: keys })).toEqual([
      'aaaaaa3',
      'aaaaaa1',
    ]);
  });

  it('asks no more than the count the link sets', () => {
    const keys = ['aaaaaa1', 'aaaaaa2', 'aaaaaa3'];
    expect(pickExercises(index, { seed: 's', count: 1 }, { named: keys })).toEqual(['aaaaaa1']);
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
