/**
 * A student's answers as a short code to show the teacher: for each question the letters chosen
 * and how sure they were (0 when they did not say), then a check of two characters so that a
 * mistyped code is caught instead of showing the wrong result. The round's link travels beside
 * the code; the checksum covers it too, so a code only opens with the round it came from.
 */
import { hashString } from '@attribution-lab/exercises';
import type { QuizItem } from './quiz-item.js';
import type { SavedAnswer } from './storage.js';

const CHECK_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function checksum(query: string, body: string): string {
  const n = hashString(`${query}|${body}`) % (CHECK_LETTERS.length * CHECK_LETTERS.length);
  return (
    CHECK_LETTERS[Math.floor(n / CHECK_LETTERS.length)]! + CHECK_LETTERS[n % CHECK_LETTERS.length]!
  );
}

export function encodeAnswers(query: string, answers: readonly SavedAnswer[]): string {
  const body = answers
    .map((a) => `${a.chosen.join('')}${a.confidence ?? 0}`)
    .join('')
    .toUpperCase();
  return `${body}-${checksum(query, body)}`;
}

export type DecodedAnswers = { ok: true; answers: SavedAnswer[] } | { ok: false; problem: string };

/** Reads a code for a round with these exercises; any mistake gives a reason, never a wrong result. */
export function decodeAnswers(
  query: string,
  exerciseKeys: readonly string[],
  code: string,
): DecodedAnswers {
  const clean = code.trim().toUpperCase().replace(/\s+/g, '');
  const match = /^((?:[A-Z]+[0-3])+)-([A-Z0-9]{2})$/.exec(clean);
  if (!match)
    return {
      ok: false,
      problem:
        'This does not look like a result code: it should be letters and digits, a dash, and two characters, like A2BC0-K7.',
    };
  const [, body, check] = match;
  if (checksum(query, body!) !== check) {
    return {
      ok: false,
      problem:
        'This code does not match this round: check it was copied exactly, and that the link is the one the round was played with.',
    };
  }
  const parts = [...body!.matchAll(/([A-Z]+)([0-3])/g)];
  if (parts.length !== exerciseKeys.length) {
    return {
      ok: false,
      problem: `This code has ${parts.length} answers, but the round has ${exerciseKeys.length} questions.`,
    };
  }
  return {
    ok: true,
    answers: parts.map(([, letters, sure], i) => ({
      exerciseKey: exerciseKeys[i]!,
      chosen: [...letters!.toLowerCase()],
      confidence: sure === '0' ? null : Number(sure),
    })),
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
