/**
 * What a figure's value means, in one place: a number, a range ("between 70 and 80") or a date at
 * the precision the text gives. Two values overlap when they could describe the same thing: equal
 * numbers, a number inside a range, overlapping ranges, or dates that share a day ("2019" and
 * "23 March 2019" do not contradict each other). Browser-safe.
 */
import { datesOverlap } from './dates.js';
import type { Claim, NumberRange } from './schema.js';

/** A definite value: what a claim holds when the text commits to a figure. */
export type FigureValue = NonNullable<Claim['value']>;

export const isNumberRange = (value: unknown): value is NumberRange =>
  typeof value === 'object' && value !== null && 'low' in value && 'high' in value;

/** A key that tells numbers, ranges and dates apart, for maps and sets. */
export const valueKey = (value: FigureValue): string =>
  typeof value === 'number'
    ? `n${value}`
    : typeof value === 'string'
      ? `d${value}`
      : `r${value.low}-${value.high}`;

/** Whether two values are the same value, as written. */
export const sameValue = (a: FigureValue, b: FigureValue): boolean => valueKey(a) === valueKey(b);

/** The lowest and highest number a numeric value allows: a number is both. */
export const numericBounds = (value: number | NumberRange): NumberRange =>
  typeof value === 'number' ? { low: value, high: value } : value;

/** Whether two values could describe the same thing (see the module comment). */
export function valuesOverlap(a: FigureValue, b: FigureValue): boolean {
  if (typeof a === 'string' || typeof b === 'string')
    return typeof a === 'string' && typeof b === 'string' && datesOverlap(a, b);
  const x = numericBounds(a);
  const y = numericBounds(b);
  return x.low <= y.high && y.low <= x.high;
}
