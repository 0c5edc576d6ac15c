/**
 * A student's result as a code short enough to read out or paste: the nickname they chose, the
 * round (its class code's eight settings characters, see join-code.ts), for each question the
 * letters chosen and how sure they were (0 when they did not say), then a check of two characters
 * over all of it, so a damaged code is refused instead of showing the wrong result:
 *
 *     Maya: K7M2Q9XA-B3AC0CAB1-K7
 *
 * Because the code names its round, a code for another round is told apart setting by setting.
 * A round whose set name a class code cannot carry (a teacher's own word, "class-7b") gives the
 * code without its round, whose check covers the round's link instead: it opens only beside it.
 */
import { hashString } from '@attribution-lab/exercises';
import { readRoundCodeBody, roundCodeBody } from './join-code.js';
import type { QuizItem } from './quiz-item.js';
import { describeDifferences } from './round-differences.js';
import type { RoundPlan } from './round-link.js';
import type { SavedAnswer } from './storage.js';

const CHECK_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const MAX_NICKNAME_LENGTH = 24;

/** A round as a code needs it: its plan, and its link's query for codes that cannot name it. */
export interface CodeRound {
  plan: RoundPlan;
  query: string;
}

/** A nickname as a code can carry it: one line, no colon (it ends the name), at most 24 characters. */
export const cleanNickname = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[:\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NICKNAME_LENGTH)
    .trim();

/** The check reads the nickname the way a teacher might retype it: case and spacing aside. */
function checksum(round: string, body: string, nickname: string): string {
  const key = nickname.toLowerCase();
  const n =
    hashString(key ? `${round}|${body}|${key}` : `${round}|${body}`) %
    (CHECK_LETTERS.length * CHECK_LETTERS.length);
  return (
    CHECK_LETTERS[Math.floor(n / CHECK_LETTERS.length)]! + CHECK_LETTERS[n % CHECK_LETTERS.length]!
  );
}

export function encodeResultCode(
  round: CodeRound,
  answers: readonly SavedAnswer[],
  nickname = '',
): string {
  const name = cleanNickname(nickname);
  const body = answers
    .map((a) => `${a.chosen.join('')}${a.confidence ?? 0}`)
    .join('')
    .toUpperCase();
  const roundBody = roundCodeBody(round.plan);
  const code = roundBody
    ? `${roundBody}-${body}-${checksum(roundBody, body, name)}`
    : `${body}-${checksum(round.query, body, name)}`;
  return name ? `${name}: ${code}` : code;
}

/** A code as read, before it is matched with a round. */
export interface ResultCode {
  nickname: string | null;
  /** The round the code names; null for a code whose round only its link can tell. */
  plan: RoundPlan | null;
  /** The answers in question order: the option letters chosen, and how sure (null: not said). */
  answers: { chosen: string[]; confidence: number | null }[];
  /** For a code without its round, what its check needs: the answers part and the check. */
  unverified: { body: string; check: string } | null;
}

export type ReadResultCode = { ok: true; code: ResultCode } | { ok: false; problem: string };

/** Reads a code as pasted or typed (any case, spaces anywhere); a damaged code gives a reason. */
export function readResultCode(text: string): ReadResultCode {
  const colon = text.indexOf(':');
  const nickname = colon >= 0 ? cleanNickname(text.slice(0, colon)) : '';
  const clean = text
    .slice(colon + 1)
    .toUpperCase()
    .replace(/\s+/g, '');
  const match = /^(?:([0-9A-Z]{8})-)?((?:[A-Z]+[0-3])+)-([A-Z0-9]{2})$/.exec(clean);
  if (!match) {
    // Parts of letters and digits between dashes are a code with a character changed, most
    // likely a typo: saying it does not look like a code would send the teacher the wrong way.
    const shaped = /^(?:[0-9A-Z]+-){1,2}[0-9A-Z]+$/.test(clean);
    return {
      ok: false,
      problem: shaped
        ? 'This code is damaged: a character in it cannot be right (mistyped or changed). Ask for it again or copy it exactly.'
        : 'This does not look like a result code: it should be a name and a colon (if the student typed one), then letters and digits in three parts with dashes between, like “Maya: K7M2Q9XA-B3AC0CAB1-K7”.',
    };
  }
  const [, roundBody, body, check] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
  ];
  const answers = [...body.matchAll(/([A-Z]+)([0-3])/g)].map(([, letters, sure]) => ({
    chosen: [...letters!.toLowerCase()],
    confidence: sure === '0' ? null : Number(sure),
  }));
  const base = { nickname: nickname || null, answers };
  if (!roundBody) return { ok: true, code: { ...base, plan: null, unverified: { body, check } } };
  if (checksum(roundBody, body, nickname) !== check) {
    return {
      ok: false,
      problem:
        'This code is damaged: its last two characters do not fit the rest (a character or the name was changed). Ask for it again or copy it exactly.',
    };
  }
  const round = readRoundCodeBody(roundBody);
  if (!round.ok) return round;
  return { ok: true, code: { ...base, plan: round.plan, unverified: null } };
}

export type RoundAnswers = { ok: true; answers: SavedAnswer[] } | { ok: false; problem: string };

/**
 * The code's answers as answers to this round's exercises, or why they are not: a code for another
 * round says which setting differs ("This code is for a Challenge round; this round is Practice.").
 */
export function answersForRound(
  code: ResultCode,
  round: CodeRound & { exerciseKeys: readonly string[] },
): RoundAnswers {
  if (code.plan) {
    const differences = describeDifferences(code.plan, round.plan);
    if (differences.length) return { ok: false, problem: differences.join(' ') };
  } else if (
    code.unverified &&
    checksum(round.query, code.unverified.body, code.nickname ?? '') !== code.unverified.check
  ) {
    return {
      ok: false,
      problem:
        'This code does not match this round: it does not name its round (it was played from a link with a set name of the teacher’s own), so check it was copied exactly and is opened with the link it was played from.',
    };
  }
  const { exerciseKeys } = round;
  if (code.answers.length !== exerciseKeys.length) {
    return {
      ok: false,
      problem: `This code has ${code.answers.length} answers, but the round has ${exerciseKeys.length} questions.`,
    };
  }
  return {
    ok: true,
    answers: code.answers.map((a, i) => ({ exerciseKey: exerciseKeys[i]!, ...a })),
  };
}

/** Whether every answer picks options its exercise has (an order names each option once). */
export function answersFit(answers: readonly SavedAnswer[], items: readonly QuizItem[]): boolean {
  return answers.every((answer, i) => {
    const exercise = items[i]?.key === answer.exerciseKey ? items[i]!.exercise : undefined;
    if (!exercise) return false;
    const ids = new Set(exercise.options.map((o) => o.id));
    const unique = new Set(answer.chosen).size === answer.chosen.length;
    if (!unique || !answer.chosen.every((id) => ids.has(id))) return false;
    if (exercise.format === 'single') return answer.chosen.length === 1;
    if (exercise.format === 'order') return answer.chosen.length === ids.size;
    return true;
  });
}
