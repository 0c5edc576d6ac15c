import { describe, expect, it } from 'vitest';
import { CERTAINTY_MARKS } from '@attribution-lab/exercises';
import { closeFeedback, currentStep, recordAnswer, roundTotals, startRound } from './round.js';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const T1 = new Date('2026-03-01T09:05:00.000Z');
const MARK = { correct: true, certaintyMarks: null, kind: 'names', credit: 1, misconceptions: [] };
const answer = (exerciseKey: string, chosen = ['a']) => ({ exerciseKey, chosen, confidence: null });

describe('a round', () => {
  it('asks its exercises in order, then is finished', () => {
    let round = startRound('seed=x', ['e1', 'e2'], T0);
    expect(currentStep(round)).toEqual({ name: 'question', index: 0, exerciseKey: 'e1' });
    round = recordAnswer(round, answer('e1'), { now: T1 });
    expect(currentStep(round)).toEqual({ name: 'question', index: 1, exerciseKey: 'e2' });
    round = recordAnswer(round, answer('e2'), { now: T1, marks: [MARK, MARK] });
    expect(currentStep(round)).toEqual({ name: 'finished' });
  });

  it('is finished, with the time and the score, only when the last answer is in', () => {
    let round = startRound('seed=x', ['e1', 'e2'], T0);
    round = recordAnswer(round, answer('e1'), { now: T1 });
    expect(round.finishedAt).toBeNull();
    expect(round.score).toBeNull();
    const marks = [
      { ...MARK, certaintyMarks: 3 },
      {
        ...MARK,
        correct: false,
        certaintyMarks: -2,
        credit: 0,
        misconceptions: ['different-place'],
      },
    ];
    round = recordAnswer(round, answer('e2'), { now: T1, marks });
    expect(round.finishedAt).toBe(T1.toISOString());
    expect(round.score).toEqual({ right: 1, certaintyMarks: 1 });
  });

  it('keeps each answer’s kind, credit and misconceptions once finished, for progress by skill', () => {
    let round = startRound('seed=x', ['e1', 'e2'], T0);
    round = recordAnswer(round, answer('e1'), { now: T1 });
    expect(round.marks).toBeNull();
    const marks = [
      { ...MARK, kind: 'timeline', correct: false, credit: 0.5, misconceptions: ['wrong-order'] },
      { ...MARK, kind: 'names' },
    ];
    round = recordAnswer(round, answer('e2'), { now: T1, marks });
    expect(round.marks).toEqual([
      { kind: 'timeline', credit: 0.5, misconceptions: ['wrong-order'] },
      { kind: 'names', credit: 1, misconceptions: [] },
    ]);
  });

  it('has no certainty marks when no answer was rated', () => {
    const round = recordAnswer(startRound('seed=x', ['e1'], T0), answer('e1'), {
      now: T1,
      marks: [MARK],
    });
    expect(round.score).toEqual({ right: 1, certaintyMarks: null });
  });

  it('will not finish without a mark for every answer', () => {
    const round = startRound('seed=x', ['e1'], T0);
    expect(() => recordAnswer(round, answer('e1'), { now: T1 })).toThrow(/needs 1 marks/);
  });

  it('refuses an answer to a question that is not the current one', () => {
    const round = startRound('seed=x', ['e1', 'e2'], T0);
    expect(() => recordAnswer(round, answer('e2'), { now: T1 })).toThrow(
      /expected an answer to e1/,
    );
  });

  it('refuses an empty answer and answers after the end', () => {
    const round = startRound('seed=x', ['e1'], T0);
    expect(() => recordAnswer(round, answer('e1', []), { now: T1 })).toThrow(/at least one option/);
    const done = recordAnswer(round, answer('e1'), { now: T1, marks: [MARK] });
    expect(() => recordAnswer(done, answer('e1'), { now: T1 })).toThrow(/already finished/);
  });

  it('does not change the round it was given', () => {
    const round = startRound('seed=x', ['e1'], T0);
    recordAnswer(round, answer('e1'), { now: T1, marks: [MARK] });
    expect(round.answers).toEqual([]);
  });

  it('cannot start empty', () => {
    expect(() => startRound('seed=x', [], T0)).toThrow(/at least one/);
  });
});

describe('feedback in a round', () => {
  it('stays on the latest answer’s feedback until it is closed', () => {
    const round = recordAnswer(startRound('seed=x', ['e1', 'e2'], T0), answer('e1'), {
      now: T1,
      feedback: true,
    });
    expect(currentStep(round)).toEqual({ name: 'feedback', index: 0, answer: answer('e1') });
    expect(currentStep(closeFeedback(round))).toEqual({
      name: 'question',
      index: 1,
      exerciseKey: 'e2',
    });
  });

  it('shows the last answer’s feedback before the round counts as over on screen', () => {
    const round = recordAnswer(startRound('seed=x', ['e1'], T0), answer('e1'), {
      now: T1,
      marks: [MARK],
      feedback: true,
    });
    expect(round.finishedAt).toBe(T1.toISOString());
    expect(currentStep(round).name).toBe('feedback');
    expect(currentStep(closeFeedback(round))).toEqual({ name: 'finished' });
  });

  it('refuses the next answer while the feedback is open', () => {
    const round = recordAnswer(startRound('seed=x', ['e1', 'e2'], T0), answer('e1'), {
      now: T1,
      feedback: true,
    });
    expect(() => recordAnswer(round, answer('e2'), { now: T1 })).toThrow(/still open/);
  });

  it('opens none for an answer without feedback (a challenge)', () => {
    const round = recordAnswer(startRound('seed=x', ['e1', 'e2'], T0), answer('e1'), { now: T1 });
    expect(round.feedbackOpen).toBe(false);
  });
});

describe('the totals of a round', () => {
  it('count the right answers, and certainty marks only over the rated ones, out of 3 each', () => {
    const totals = roundTotals([
      { correct: true, certaintyMarks: 3 },
      { correct: false, certaintyMarks: -6 },
      { correct: true, certaintyMarks: null },
    ]);
    expect(totals).toEqual({ right: 2, total: 3, certainty: { marks: -3, rated: 2, best: 6 } });
  });

  it('have no certainty marks when no answer was rated', () => {
    expect(roundTotals([MARK]).certainty).toBeNull();
  });

  it('count the best mark an answer can earn as the package’s mark for right and certain', () => {
    const best = roundTotals([{ correct: true, certaintyMarks: 1 }]).certainty!.best;
    expect(best).toBe(Math.max(...Object.values(CERTAINTY_MARKS).map((m) => m.right)));
  });
});
