import { describe, expect, it } from 'vitest';
import { readRoundLink } from './round-link.js';
import { roundLabel } from './round-label.js';

const labelOf = (query: string) => {
  const link = readRoundLink(new URLSearchParams(query));
  if (!link.ok) throw new Error(link.problems.join(' '));
  return roundLabel(link.plan);
};

describe('roundLabel', () => {
  it('says how the round is played, its length and its question set', () => {
    expect(labelOf('seed=k7m2&count=10&mode=challenge')).toBe(
      'Challenge, 10 questions, question set “k7m2”',
    );
  });

  it('counts the kinds of question a round was limited to', () => {
    expect(labelOf('seed=k7m2&count=1&kinds=timeline&mode=practice')).toBe(
      'Practice, 1 question, 1 kind of question, question set “k7m2”',
    );
    expect(labelOf('seed=a&count=4&kinds=timeline,names&mode=practice')).toBe(
      'Practice, 4 questions, 2 kinds of question, question set “a”',
    );
  });

  it('says when a round is a lesson on one text', () => {
    expect(labelOf('seed=x&count=5&doc=midan-return-of-isis-analysis&mode=practice')).toBe(
      'Practice, 5 questions on one text, question set “x”',
    );
  });

  it('names a round of the student’s own mistakes as such, without a set', () => {
    expect(labelOf('exercises=abc1234,def5678&mode=practice')).toBe(
      'Practice: your mistakes, 2 questions',
    );
  });
});
