/** How the quiz's own marks and commands read; figures and counts are worded by the corpus package. */

/** A mark or score to at most two decimals, with a true minus sign: 1.5, −0.25, 3. */
export function formatScore(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded < 0 ? `−${Math.abs(rounded)}` : String(rounded);
}
