import { describe, expect, it } from 'vitest';
import {
  dayStreak,
  MASTERY_WINDOW,
  MAX_MISTAKES,
  MIN_ANSWERS,
  mistakesToPractise,
  practiseMistakesQuery,
  RECENT_ROUNDS,
  recurringMisconceptions,
  skillProgress,
} from './progress.js';
import { readRoundLink } from './round-link.js';
import type { SavedMark, SavedRound } from './storage.js';

/** An answer as a finished round keeps it: which exercise, its kind, credit and misconceptions. */
interface Played {
  key: string;
  kind?: string;
  credit?: number;
  misconceptions?: string[];
}

let minute = 0;
/** A finished round, each one a minute after the last unless it says when. */
function played(answers: Played[], finishedAt?: Date): SavedRound {
  const at = finishedAt ?? new Date(Date.UTC(2026, 2, 1, 9, minute++));
  const marks: SavedMark[] = answers.map(({ kind = 'names', credit = 1, misconceptions = [] }) => ({
    kind,
    credit,
    misconceptions,
  }));
  return {
    query: `seed=r${minute}&count=${answers.length}&mode=practice`,
    exerciseKeys: answers.map((a) => a.key),
    answers: answers.map((a) => ({ exerciseKey: a.key, chosen: ['a'], confidence: null })),
    startedAt: at.toISOString(),
    finishedAt: at.toISOString(),
    score: { right: marks.filter((m) => m.credit === 1).length, certaintyMarks: null },
    marks,
    feedbackOpen: false,
  };
}

const right = (key: string, kind = 'names'): Played => ({ key, kind, credit: 1 });
const wrong = (key: string, kind = 'names', misconceptions = ['different-place']): Played => ({
  key,
  kind,
  credit: 0,
  misconceptions,
});

describe('skillProgress', () => {
  it('lists only the skills answered, each with how many answers it rests on', () => {
    const skills = skillProgress([
      played([right('k1', 'names'), wrong('k2', 'timeline'), right('k3', 'names')]),
    ]);
    expect(skills.map((s) => [s.kind, s.answered])).toEqual([
      ['timeline', 1],
      ['names', 2],
    ]);
  });

  it(`calls a skill new until it has ${MIN_ANSWERS} answers, however well they went`, () => {
    const three = Array.from({ length: MIN_ANSWERS - 1 }, (_, i) => right(`k${i}`));
    expect(skillProgress([played(three)])[0]).toMatchObject({
      level: 'new',
      share: 1,
    });
    const four = [...three, right('k9')];
    expect(skillProgress([played(four)])[0]!.level).toBe('solid');
  });

  it('calls a skill learning while recent answers are often wrong', () => {
    const answers = [right('a'), wrong('b'), right('c'), wrong('d'), right('e')];
    const [skill] = skillProgress([played(answers)]);
    expect(skill!.level).toBe('learning');
    expect(skill!.share).toBeGreaterThan(0.4);
    expect(skill!.share).toBeLessThan(0.8);
  });

  it('weighs the latest answers most, so putting mistakes right moves the meter up', () => {
    const early = [wrong('a'), wrong('b'), right('c'), right('d')];
    const late = [right('c'), right('d'), wrong('a'), wrong('b')];
    const improving = skillProgress([played(early)])[0]!.share;
    const slipping = skillProgress([played(late)])[0]!.share;
    expect(improving).toBeGreaterThan(0.5);
    expect(slipping).toBeLessThan(0.5);
  });

  it(`judges only the latest ${MASTERY_WINDOW} answers of a skill`, () => {
    const old = played(Array.from({ length: 20 }, (_, i) => wrong(`w${i}`)));
    const recent = played(Array.from({ length: MASTERY_WINDOW }, (_, i) => right(`r${i}`)));
    expect(skillProgress([old, recent])[0]).toMatchObject({
      answered: 20 + MASTERY_WINDOW,
      counted: MASTERY_WINDOW,
      share: 1,
      level: 'solid',
    });
  });

  it('counts partial credit as part of an answer', () => {
    const [skill] = skillProgress([played([{ key: 'a', credit: 0.5 }])]);
    expect(skill!.share).toBe(0.5);
  });

  it('leaves out unfinished rounds and rounds saved before marks were kept', () => {
    const unfinished = { ...played([right('a')]), finishedAt: null, marks: null };
    const legacy = { ...played([right('b')]), marks: null };
    expect(skillProgress([unfinished, legacy])).toEqual([]);
  });
});

describe('recurringMisconceptions', () => {
  it('ignores a misconception that showed in one round only, however many times', () => {
    const once = played([wrong('a'), wrong('b'), wrong('c')]);
    expect(recurringMisconceptions([once])).toEqual([]);
  });

  it('lists one that showed in two rounds, with how often and how long ago', () => {
    const rounds = [
      played([wrong('a', 'names', ['different-place'])]),
      played([wrong('b', 'names', ['different-place', 'different-actor'])]),
      played([right('c')]),
    ];
    expect(recurringMisconceptions(rounds)).toEqual([
      { misconception: 'different-place', rounds: 2, times: 2, roundsSince: 1 },
    ]);
  });

  it('puts the most persistent first', () => {
    const rounds = [
      played([wrong('a', 'qualifier', ['ignored-qualifier'])]),
      played([wrong('b', 'timeline', ['ignored-as-of'])]),
      played([wrong('c', 'qualifier', ['ignored-qualifier'])]),
      played([wrong('d', 'timeline', ['ignored-as-of'])]),
      played([wrong('e', 'timeline', ['ignored-as-of'])]),
    ];
    expect(recurringMisconceptions(rounds).map((m) => m.misconception)).toEqual([
      'ignored-as-of',
      'ignored-qualifier',
    ]);
  });

  it(`forgets a pattern not seen in the latest ${RECENT_ROUNDS} rounds`, () => {
    const rounds = [
      played([wrong('a')]),
      played([wrong('b')]),
      ...Array.from({ length: RECENT_ROUNDS }, (_, i) => played([right(`r${i}`)])),
    ];
    expect(recurringMisconceptions(rounds)).toEqual([]);
  });
});

describe('dayStreak', () => {
  // Local times: a day is the student's own day, whatever the time zone of the machine.
  const on = (day: number, hour = 10) => played([right('a')], new Date(2026, 2, day, hour));

  it('counts days in a row with a finished round, up to today', () => {
    const rounds = [on(3), on(4), on(4, 18), on(5)];
    expect(dayStreak(rounds, new Date(2026, 2, 5, 20))).toEqual({
      current: 3,
      best: 3,
      playedToday: true,
    });
  });

  it('keeps a streak going the day after, and ends it the day after that', () => {
    const rounds = [on(3), on(4)];
    expect(dayStreak(rounds, new Date(2026, 2, 5, 8))).toMatchObject({
      current: 2,
      playedToday: false,
    });
    expect(dayStreak(rounds, new Date(2026, 2, 6, 8))).toMatchObject({ current: 0, best: 2 });
  });

  it('splits days at local midnight, not in UTC', () => {
    const rounds = [on(3, 23), on(4, 0)];
    expect(dayStreak(rounds, new Date(2026, 2, 4, 12)).current).toBe(2);
  });

  it('crosses the end of a month', () => {
    const rounds = [
      played([right('a')], new Date(2026, 1, 28, 10)),
      played([right('a')], new Date(2026, 2, 1, 10)),
    ];
    expect(dayStreak(rounds, new Date(2026, 2, 1, 12)).current).toBe(2);
  });

  it('remembers the best streak after a break', () => {
    const rounds = [on(1), on(2), on(3), on(7)];
    expect(dayStreak(rounds, new Date(2026, 2, 7, 12))).toEqual({
      current: 1,
      best: 3,
      playedToday: true,
    });
  });

  it('is nothing for a round not finished', () => {
    const started = { ...on(5), finishedAt: null };
    expect(dayStreak([started], new Date(2026, 2, 5, 12))).toEqual({
      current: 0,
      best: 0,
      playedToday: false,
    });
  });
});

describe('mistakesToPractise', () => {
  it('lists the questions answered wrongly or partly, the latest first', () => {
    const rounds = [
      played([wrong('aaaaaa1'), right('aaaaaa2')]),
      played([{ key: 'aaaaaa3', credit: 0.5 }]),
    ];
    expect(mistakesToPractise(rounds)).toEqual(['aaaaaa3', 'aaaaaa1']);
  });

  it('drops a question once it is answered right', () => {
    const rounds = [played([wrong('aaaaaa1'), wrong('aaaaaa2')]), played([right('aaaaaa1')])];
    expect(mistakesToPractise(rounds)).toEqual(['aaaaaa2']);
  });

  it(`asks at most ${MAX_MISTAKES}`, () => {
    const many = Array.from({ length: 15 }, (_, i) => wrong(`m${String(i).padStart(6, '0')}`));
    expect(mistakesToPractise([played(many)])).toHaveLength(MAX_MISTAKES);
    expect(mistakesToPractise([played(many)], Infinity)).toHaveLength(15);
  });
});

describe('practiseMistakesQuery', () => {
  it('is a practice round link naming the mistakes, which reads back as such', () => {
    const rounds = [played([wrong('aaaaaa1'), right('aaaaaa2'), wrong('aaaaaa3')])];
    const query = practiseMistakesQuery(rounds)!;
    const link = readRoundLink(new URLSearchParams(query));
    expect(link).toMatchObject({
      ok: true,
      query,
      plan: { mode: 'practice', exercises: ['aaaaaa3', 'aaaaaa1'], settings: { count: 2 } },
    });
  });

  it('is a new link after every round, so it never reopens the last result', () => {
    const first = [played([wrong('aaaaaa1'), wrong('aaaaaa2')])];
    const second = [...first, played([right('aaaaaa2')])];
    expect(practiseMistakesQuery(first)).not.toBe(practiseMistakesQuery(second));
  });

  it('is null with nothing to practise', () => {
    expect(practiseMistakesQuery([played([right('aaaaaa1')])])).toBeNull();
    expect(practiseMistakesQuery([])).toBeNull();
  });
});
