import { describe, expect, it } from 'vitest';
import type { Exercise } from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import {
  answersFit,
  answersForRound,
  cleanNickname,
  encodeResultCode,
  MAX_NICKNAME_LENGTH,
  readResultCode,
} from './result-code.js';
import type { RoundPlan } from './round-link.js';
import { quizItem } from './test-support/quiz-item.js';

const PLAN: RoundPlan = { mode: 'challenge', settings: { seed: 'k7m2', count: 3 } };
const ROUND = {
  plan: PLAN,
  query: 'seed=k7m2&count=3&mode=challenge',
  exerciseKeys: ['e1', 'e2', 'e3'],
};
/** A round whose set name (a teacher's own word) no class code can carry. */
const NAMED: typeof ROUND = {
  plan: { mode: 'challenge', settings: { seed: 'river', count: 3 } },
  query: 'seed=river&count=3&mode=challenge',
  exerciseKeys: ['e1', 'e2', 'e3'],
};
const ANSWERS = [
  { exerciseKey: 'e1', chosen: ['b'], confidence: 3 },
  { exerciseKey: 'e2', chosen: ['a', 'c'], confidence: null },
  { exerciseKey: 'e3', chosen: ['c', 'a', 'b'], confidence: 1 },
];

/** Reads a code and matches it with a round, as the class view and the result page do. */
function open(code: string, round = ROUND) {
  const read = readResultCode(code);
  return read.ok ? answersForRound(read.code, round) : read;
}

const item = (key: string, format: Exercise['format'], options = ['a', 'b', 'c']): QuizItem =>
  quizItem(key, {
    id: `exercise-${key}`,
    kind: 'timeline',
    prompt: '?',
    format,
    options: options.map((o) => ({ id: o, label: o, misconception: null })),
  });

describe('result codes', () => {
  it('are short: the round, one letter per choice and one digit per question, and a check', () => {
    expect(encodeResultCode(ROUND, ANSWERS)).toMatch(/^[0-9A-Z]{8}-B3AC0CAB1-[A-Z0-9]{2}$/);
  });

  it('lead with the nickname the student typed', () => {
    expect(encodeResultCode(ROUND, ANSWERS, '  Maya  K. ')).toMatch(
      /^Maya K\.: [0-9A-Z]{8}-B3AC0CAB1-/,
    );
  });

  it('give back the nickname, the round and the answers they were made from', () => {
    const read = readResultCode(encodeResultCode(ROUND, ANSWERS, 'Zoë'));
    expect(read).toMatchObject({ ok: true, code: { nickname: 'Zoë', plan: PLAN } });
    expect(open(encodeResultCode(ROUND, ANSWERS, 'Zoë'))).toEqual({ ok: true, answers: ANSWERS });
  });

  it('read the same typed in lower case or with spaces, the name in any case', () => {
    const code = encodeResultCode(ROUND, ANSWERS, 'Maya');
    const typed = ` maya : ${code.slice(6).toLowerCase().slice(0, 5)} ${code.slice(6).toLowerCase().slice(5)}`;
    expect(open(typed)).toEqual({ ok: true, answers: ANSWERS });
  });

  it('keep a nickname to one line of 24 characters without a colon, which ends the name', () => {
    expect(cleanNickname('Ma:ya\nB')).toBe('Ma ya B');
    expect(cleanNickname('x'.repeat(40))).toHaveLength(MAX_NICKNAME_LENGTH);
  });

  it('refuse a mistyped answer or a changed name as damaged, by the check', () => {
    const code = encodeResultCode(ROUND, ANSWERS, 'Maya');
    const typo = code.replace('-B3', '-C3');
    expect(open(typo)).toMatchObject({ ok: false, problem: /damaged/ });
    expect(open(code.replace('Maya', 'Mia'))).toMatchObject({ ok: false, problem: /damaged/ });
  });

  it('call a code with an impossible character damaged too, not something else', () => {
    // An answer's certainty is 0 to 3: a 7 typed for a 3 breaks the code's shape, not its look.
    const typo = encodeResultCode(ROUND, ANSWERS, 'Maya').replace('-B3', '-B7');
    expect(open(typo)).toMatchObject({
      ok: false,
      problem: /damaged: a character in it cannot be right/,
    });
  });

  it('say which setting differs when the code is for another round', () => {
    const practice = { ...ROUND, plan: { ...PLAN, mode: 'practice' as const } };
    expect(open(encodeResultCode(ROUND, ANSWERS), practice)).toEqual({
      ok: false,
      problem: 'This code is for a Challenge round; this round is Practice.',
    });
    const otherSet = { ...ROUND, plan: { ...PLAN, settings: { seed: 'q9xa', count: 3 } } };
    expect(open(encodeResultCode(ROUND, ANSWERS), otherSet)).toMatchObject({
      ok: false,
      problem: /another set of questions \(set “k7m2”\); this round is set “q9xa”/,
    });
  });

  it('without a round of their own, open only with the round’s link they were made for', () => {
    const code = encodeResultCode(NAMED, ANSWERS, 'Maya');
    expect(code).toMatch(/^Maya: B3AC0CAB1-[A-Z0-9]{2}$/);
    expect(open(code, NAMED)).toEqual({ ok: true, answers: ANSWERS });
    expect(open(code, { ...NAMED, query: 'seed=other&count=3&mode=challenge' })).toMatchObject({
      ok: false,
      problem: /does not match this round/,
    });
  });

  it('say what is wrong with something that is not a code', () => {
    expect(open('hello')).toMatchObject({ ok: false, problem: /does not look like/ });
  });

  it('refuse a code with a different number of answers than the round', () => {
    const code = encodeResultCode(NAMED, ANSWERS.slice(0, 2));
    expect(open(code, NAMED)).toMatchObject({ ok: false, problem: /2 answers.*3 questions/ });
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
