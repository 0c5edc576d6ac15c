/**
 * A round named in a few words, as a student's list of rounds and the teacher's class view show
 * it: how it is played, how many questions, what they are drawn from, and the set's name, which
 * is what a class compares ("we all played k7m2").
 */
import type { RoundPlan } from './round-link.js';

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

export function roundLabel({ mode, settings, exercises }: RoundPlan): string {
  const way = mode === 'challenge' ? 'Challenge' : 'Practice';
  const count = plural(settings.count, 'question');
  if (exercises) return `${way}: your mistakes, ${count}`;
  const from = [
    settings.document !== undefined ? ' on one text' : '',
    settings.kinds ? `, ${plural(settings.kinds.length, 'kind')} of question` : '',
  ].join('');
  return `${way}, ${count}${from}, question set “${settings.seed}”`;
}
