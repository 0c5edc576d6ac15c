/**
 * A round as a class code of nine characters that a student types on the start page: the code IS
 * the round (set, length, difficulty, kinds, mode), so joining needs no server and no list of
 * rounds. Forty bits hold the settings (kinds as a bitmask, count, difficulty, mode and a set name
 * of four characters), written in Crockford's base 32, whose letters leave out I, L, O and U so a
 * code read off a projector cannot be mistyped as a look-alike. A ninth character is a Luhn mod 32
 * check, which catches any one character typed wrong and most swapped neighbours.
 */
import { EXERCISE_KINDS, type Difficulty, type ExerciseKind } from '@attribution-lab/exercises';
import type { Mode } from './round.js';
import type { RoundPlan } from './round-link.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = ALPHABET.length;
/** Characters of the set name (seed) a class code can carry: 4 × 5 bits. */
export const CODE_SEED_LENGTH = 4;
/** Characters of the settings part, without the check character. */
export const CODE_BODY_LENGTH = 8;
const MAX_COUNT = 50;

/** The set names a class code can carry: four Crockford characters, in lower case as links show them. */
export const isCodeSeed = (seed: string): boolean =>
  seed.length === CODE_SEED_LENGTH &&
  [...seed].every((c) => c === c.toLowerCase() && ALPHABET.includes(c.toUpperCase()));

/** A new set name a class code can carry. */
export function randomCodeSeed(random: () => number = Math.random): string {
  return Array.from({ length: CODE_SEED_LENGTH }, () =>
    ALPHABET[Math.floor(random() * BASE)]!.toLowerCase(),
  ).join('');
}

/** Luhn's algorithm in base 32: the digit that makes the weighted sum a multiple of 32. */
function checkDigit(digits: readonly number[]): number {
  let sum = 0;
  digits.forEach((digit, i) => {
    // Doubling starts from the rightmost digit, as in Luhn's original.
    const addend = (digits.length - i) % 2 === 1 ? digit * 2 : digit;
    sum += Math.floor(addend / BASE) + (addend % BASE);
  });
  return (BASE - (sum % BASE)) % BASE;
}

function toDigits(value: number, length: number): number[] {
  const digits: number[] = [];
  for (let i = 0; i < length; i++) {
    digits.unshift(value % BASE);
    value = Math.floor(value / BASE);
  }
  return digits;
}

const fromDigits = (digits: readonly number[]): number =>
  digits.reduce((value, digit) => value * BASE + digit, 0);

/**
 * The settings part of the round's class code (eight characters, no check), or null when the set
 * name is not one a code can carry (a teacher's own word, such as "class-7b").
 */
export function roundCodeBody(plan: RoundPlan): string | null {
  const { seed, count, kinds, difficulty } = plan.settings;
  if (!isCodeSeed(seed) || count < 1 || count > MAX_COUNT) return null;
  const mask = kinds ? kinds.reduce((m, k) => m | (1 << EXERCISE_KINDS.indexOf(k)), 0) : 0;
  const settings =
    ((mask * 64 + (count - 1)) * 4 + (difficulty ?? 0)) * 2 + Number(plan.mode === 'challenge');
  const seedValue = fromDigits([...seed.toUpperCase()].map((c) => ALPHABET.indexOf(c)));
  const value = settings * BASE ** CODE_SEED_LENGTH + seedValue;
  return toDigits(value, CODE_BODY_LENGTH)
    .map((d) => ALPHABET[d])
    .join('');
}

/** The class code for a round, as shown to the class (K7M2-Q9XA-4), or null as for roundCodeBody. */
export function joinCode(plan: RoundPlan): string | null {
  const body = roundCodeBody(plan);
  if (!body) return null;
  const check = ALPHABET[checkDigit([...body].map((c) => ALPHABET.indexOf(c)))]!;
  return `${body.slice(0, 4)}-${body.slice(4)}-${check}`;
}

export type ReadCode = { ok: true; plan: RoundPlan } | { ok: false; problem: string };

/** Crockford's reading of look-alikes: O is 0, I and L are 1; spaces and dashes are for the eye. */
const normalise = (text: string): string =>
  text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** The round in the settings part of a code (no check character), or why it cannot be one. */
export function readRoundCodeBody(body: string): ReadCode {
  const digits = [...body].map((c) => ALPHABET.indexOf(c));
  if (digits.length !== CODE_BODY_LENGTH || digits.some((d) => d < 0)) {
    return { ok: false, problem: 'This is not a class code.' };
  }
  const value = fromDigits(digits);
  const seedValue = value % BASE ** CODE_SEED_LENGTH;
  let settings = Math.floor(value / BASE ** CODE_SEED_LENGTH);
  const challenge = settings % 2 === 1;
  settings = Math.floor(settings / 2);
  const difficulty = settings % 4;
  settings = Math.floor(settings / 4);
  const count = (settings % 64) + 1;
  const mask = Math.floor(settings / 64);
  if (count > MAX_COUNT) {
    return {
      ok: false,
      problem: `This code asks for ${count} questions, more than a round can have (${MAX_COUNT}): check it was typed exactly.`,
    };
  }
  const kinds: ExerciseKind[] = EXERCISE_KINDS.filter((_, i) => mask & (1 << i));
  const seed = toDigits(seedValue, CODE_SEED_LENGTH)
    .map((d) => ALPHABET[d]!.toLowerCase())
    .join('');
  const mode: Mode = challenge ? 'challenge' : 'practice';
  return {
    ok: true,
    plan: {
      mode,
      settings: {
        seed,
        count,
        ...(mask ? { kinds } : {}),
        ...(difficulty ? { difficulty: difficulty as Difficulty } : {}),
      },
    },
  };
}

/** Reads a class code as a student types it; a typo is refused with what is wrong, never read as another round. */
export function readJoinCode(text: string): ReadCode {
  const clean = normalise(text);
  if (clean === '') return { ok: false, problem: 'Type the class code your teacher shows you.' };
  const strange = [...new Set([...clean].filter((c) => !ALPHABET.includes(c)))];
  if (strange.length) {
    return {
      ok: false,
      problem: `${strange.map((c) => `“${c}”`).join(' and ')} ${strange.length === 1 ? 'is' : 'are'} not in class codes: they use digits and the letters A to Z without I, L, O and U.`,
    };
  }
  const length = CODE_BODY_LENGTH + 1;
  if (clean.length !== length) {
    return {
      ok: false,
      problem: `A class code has ${length} letters and digits, like K7M2-Q9XA-4; this has ${clean.length}.`,
    };
  }
  const digits = [...clean].map((c) => ALPHABET.indexOf(c));
  if (checkDigit(digits.slice(0, -1)) !== digits.at(-1)) {
    return {
      ok: false,
      problem:
        'This code has a typo: its last character does not fit the others. Check each character against the code your teacher shows.',
    };
  }
  return readRoundCodeBody(clean.slice(0, -1));
}
