import { describe, expect, it } from 'vitest';
import { describeDifferences } from './round-differences.js';
import type { RoundPlan } from './round-link.js';

describe('describeDifferences', () => {
  const ours: RoundPlan = { mode: 'practice', settings: { seed: 'k7m2', count: 10 } };

  it('finds none between a round and itself', () => {
    expect(describeDifferences(ours, ours)).toEqual([]);
  });

  it('names the mode a code was played in', () => {
    expect(describeDifferences({ ...ours, mode: 'challenge' }, ours)).toEqual([
      'This code is for a Challenge round; this round is Practice.',
    ]);
  });

  it('names every setting that differs, one sentence each, in the words the settings form uses', () => {
    const theirs: RoundPlan = {
      mode: 'practice',
      settings: { seed: 'q9xa', count: 5, kinds: ['timeline', 'names'], difficulty: 3 },
    };
    expect(describeDifferences(theirs, ours)).toEqual([
      'This code is for another set of questions (set “q9xa”); this round is set “k7m2”.',
      'This code is for a round of 5 questions; this round has 10.',
      'This code is for questions of these kinds: When was it true?, Same name?; this round has all kinds.',
      'This code is for Tricky questions; this round has any difficulty.',
    ]);
  });
});
