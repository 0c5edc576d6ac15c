import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS } from '@attribution-lab/exercises';
import { isCodeSeed, joinCode, randomCodeSeed, readJoinCode, roundCodeBody } from './join-code.js';
import type { RoundPlan } from './round-link.js';

const PLAN: RoundPlan = {
  mode: 'challenge',
  settings: { seed: 'k7m2', count: 5, kinds: ['qualifier', 'timeline'], difficulty: 2 },
};

describe('class codes', () => {
  it('are nine characters of Crockford base 32, grouped for reading aloud', () => {
    expect(joinCode(PLAN)).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/,
    );
  });

  it('are the round: reading one gives back every setting, with nothing else to look up', () => {
    expect(readJoinCode(joinCode(PLAN)!)).toEqual({ ok: true, plan: PLAN });
  });

  it('carry every count, difficulty, mode and combination of kinds a round can have', () => {
    const plans: RoundPlan[] = [
      { mode: 'practice', settings: { seed: '0000', count: 1 } },
      { mode: 'challenge', settings: { seed: 'zzzz', count: 50, kinds: [...EXERCISE_KINDS] } },
      {
        mode: 'practice',
        settings: { seed: 'a1b2', count: 10, kinds: ['discernment'], difficulty: 3 },
      },
      {
        mode: 'challenge',
        settings: { seed: 'q9xa', count: 23, kinds: ['figure-to-outlet'], difficulty: 1 },
      },
    ];
    for (const plan of plans) expect(readJoinCode(joinCode(plan)!)).toEqual({ ok: true, plan });
  });

  it('differ when only the mode differs, so a student cannot join the wrong kind of round', () => {
    expect(joinCode(PLAN)).not.toBe(joinCode({ ...PLAN, mode: 'practice' }));
  });

  it('read the same typed in lower case, with spaces or without dashes, and with O for 0, I or L for 1', () => {
    const code = joinCode({ mode: 'practice', settings: { seed: '1010', count: 10 } })!;
    const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(readJoinCode(typed)).toEqual(readJoinCode(code));
    expect(readJoinCode(code.replaceAll('-', '')).ok).toBe(true);
  });

  it('refuse any one character typed wrong, saying it is a typo', () => {
    const code = joinCode(PLAN)!.replaceAll('-', '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        expect(readJoinCode(typo)).toMatchObject({ ok: false, problem: /typo/ });
      }
    }
  });

  it('refuse two neighbouring characters swapped', () => {
    const code = joinCode(PLAN)!.replaceAll('-', '');
    for (let i = 0; i + 1 < code.length; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      // Luhn misses one swap of all (the two digits whose doubled sums coincide); say which if so.
      const read = readJoinCode(swapped);
      if (read.ok) expect(read.plan).not.toEqual(PLAN);
      else expect(read.problem).toMatch(/typo/);
    }
  });

  it('say how long a code should be when one is too short or too long', () => {
    expect(readJoinCode('K7M2-Q9XA')).toMatchObject({
      ok: false,
      problem: /9 letters and digits.*this has 8/,
    });
    expect(readJoinCode('K7M2-Q9XA-44')).toMatchObject({ ok: false, problem: /this has 10/ });
  });

  it('name the characters no code has', () => {
    expect(readJoinCode('K7U2-Q9XA-4')).toMatchObject({
      ok: false,
      problem: /“U” is not in class codes/,
    });
    expect(readJoinCode('K7M2?Q9XA!4')).toMatchObject({
      ok: false,
      problem: /“\?” and “!” are not/,
    });
  });

  it('ask for a code when nothing was typed', () => {
    expect(readJoinCode('  ')).toMatchObject({ ok: false, problem: /Type the class code/ });
  });

  it('exist only for set names of four code characters', () => {
    expect(joinCode({ ...PLAN, settings: { ...PLAN.settings, seed: 'class-7b' } })).toBeNull();
    expect(roundCodeBody({ ...PLAN, settings: { ...PLAN.settings, seed: 'K7M2' } })).toBeNull();
    expect(isCodeSeed('k7m2')).toBe(true);
    expect(isCodeSeed('k7u2')).toBe(false);
  });

  it('hold the exercise kinds in their bits: a new kind needs a new layout', () => {
    expect(EXERCISE_KINDS.length).toBeLessThanOrEqual(11);
  });
});

describe('randomCodeSeed', () => {
  it('draws set names a class code can carry', () => {
    for (let i = 0; i < 50; i++) expect(isCodeSeed(randomCodeSeed())).toBe(true);
  });
});
