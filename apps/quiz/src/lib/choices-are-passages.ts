/**
 * Whether a question's choices are the passages to read ("Which of these passages has a
 * problem?"), so the passages need not be shown twice, once above the choices and once as them.
 */
import type { QuizQuestion } from './quiz-item.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/…$/, '');

/**
 * A choice and its excerpt may be cut at different points: one starts the other, and both are long
 * enough that this cannot be a name or a figure that happens to open a passage.
 */
function sameText(a: string, b: string): boolean {
  const [x, y] = [flat(a), flat(b)];
  return Math.min(x.length, y.length) >= 20 && (x.startsWith(y) || y.startsWith(x));
}

export const choicesArePassages = ({
  passages,
  options,
}: Pick<QuizQuestion, 'passages' | 'options'>): boolean =>
  passages.excerpts.length > 1 &&
  passages.excerpts.every((p) => options.some((o) => sameText(o.label, p.exact)));
