/** How the quiz's own marks and commands read; figures and counts are worded by the corpus package. */

/** A mark or score to at most two decimals, with a true minus sign: 1.5, −0.25, 3. */
export function formatScore(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded < 0 ? `−${Math.abs(rounded)}` : String(rounded);
}

/** A word to paste into a POSIX shell as one argument, quoted only when it needs to be. */
export function shellWord(text: string): string {
  return /^[\w.,:@%+=/-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
