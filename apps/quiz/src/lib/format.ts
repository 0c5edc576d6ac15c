/** How figures read in the app's own sentences. */

/** A mark or score to at most two decimals, with a true minus sign: 1.5, −0.25, 3. */
export function formatScore(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded < 0 ? `−${Math.abs(rounded)}` : String(rounded);
}

/** A word to paste into a POSIX shell as one argument, quoted only when it needs to be. */
export function shellWord(text: string): string {
  return /^[\w.,:@%+=/-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** A small count in words, as a sentence would write it ("five texts"); larger counts in digits. */
export const countInWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);
