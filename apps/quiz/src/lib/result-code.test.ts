import { describe, expect, it } from 'vitest';
import type { Exercise } from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import { answersFit, decodeAnswers, encodeAnswers } from './result-code.js';

const QUERY = 'seed=river&count=3&mode=challenge';
const IDS = ['e1', 'e2', 'e3'];
const ANSWERS = [
  { exerciseKey: 'e1', chosen: ['b'], confidence: 3 },
  { exerciseKey: 'e2', chosen: ['a', 'c'], confidence: null },
  { exerciseKey: 'e3', chosen: ['c', 'a', 'b'], confidence: 1 },
];

const item = (key: string, format: Exercise['format'], options = ['a', 'b', 'c']): QuizItem => ({
  key,
  exercise: {
    id: `exercise-${key}`,
    kind: 'timeline',
    difficulty: 1,
    prompt: '?',
    format,
    options: options.map((o) => ({ id: o, label: o, misconception: null })),
    answer: ['a'],
    evidence: [],
    passages: { documentId: null, excerpts: [], silent: [], about: '' },
    explanation: '',
  },
  evidence: [],
  texts: {},
});

describe('result codes', () => {
  it('are short: one letter per choice and one digit per question, plus a check', () => {
    expect(encodeAnswers(QUERY, ANSWERS)).toMatch(/^B3AC0CAB1-[A-Z0-9]{2}$/);
  });

  it('give back the answers they were made from', () => {
    const code = encodeAnswers(QUERY, ANSWERS);
    expect(decodeAnswers(QUERY, IDS, code)).toEqual({ ok: true, answers: ANSWERS });
  });

  it('read the same typed in lower case or with spaces', () => {
    const code = encodeAnswers(QUERY, ANSWERS);
    expect(
      decodeAnswers(QUERY, IDS, ` ${code.toLowerCase().slice(0, 4)} ${code.toLowerCase().slice(4)}`)
        .ok,
    ).toBe(true);
  });

  it('catch a mistyped answer', () => {
    const code = encodeAnswers(QUERY, ANSWERS);
    const typo = `C${code.slice(1)}`;
    expect(decodeAnswers(QUERY, IDS, typo)).toMatchObject({ ok: false, problem: /does not match/ });
  });

  it('open only with the round they were made for', () => {
    const code = encodeAnswers(QUERY, ANSWERS);
    expect(decodeAnswers('seed=other&count=3&mode=challenge', IDS, code).ok).toBe(false);
  });

  it('say what is wrong with something that is not a code', () => {
    expect(decodeAnswers(QUERY, IDS, 'hello')).toMatchObject({
      ok: false,
      problem: /does not look like/,
    });
  });

  it('refuse a code with a different number of answers than the round', () => {
    const code = encodeAnswers(QUERY, ANSWERS.slice(0, 2));
    expect(decodeAnswers(QUERY, IDS, code)).toMatchObject({
      ok: false,
      problem: /2 answers.*3 questions/,
    });
  });
});

describe('answersFit', () => {
  const items = [item('e1', 'single'), item('e2', 'multiple'), item('e3', 'order')];

  it('accepts answers that choose options the exercises have', () => {
    expect(answersFit(ANSWERS, items)).toBe(true);
  });

  it('rejects an option the exercise does not have', () => {
    expect(answersFit([{ ...ANSWERS[0]!, chosen: ['z'] }, ANSWERS[1]!, ANSWERS[2]!], items)).toBe(
      false,
    );
  });

  it('rejects two options for a single-answer question, and an incomplete order', () => {
    expect(
      answersFit([{ ...ANSWERS[0]!, chosen: ['a', 'b'] }, ANSWERS[1]!, ANSWERS[2]!], items),
    ).toBe(false);
    expect(
      answersFit([ANSWERS[0]!, ANSWERS[1]!, { ...ANSWERS[2]!, chosen: ['a', 'b'] }], items),
    ).toBe(false);
  });
});
