/**
 * Comparing figures. Numbers are equal or not; dates are compared as the span of days they cover,
 * because "2019" and "23 March 2019" neither agree exactly nor contradict each other.
 */
import type { Claim } from '@attribution-lab/corpus/queries';

export type FigureValue = number | string;

/** A key that tells numbers and dates apart, for maps and sets. */
export const valueKey = (value: FigureValue): string =>
  typeof value === 'number' ? `n${value}` : `d${value}`;

/** A claim with a definite value that the text itself gives in full: no vague word, no inferred date part. */
export const isStated = (claim: Claim): claim is Claim & { value: FigureValue } =>
  claim.value !== null && claim.inferred === null;

export interface DayRange {
  first: string;
  last: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function boundsOf(date: string): DayRange {
  const [year, month, day] = date.split('-');
  if (day) return { first: date, last: date };
  if (month) return { first: `${date}-01`, last: `${date}-${daysIn(+year!, +month)}` };
  return { first: `${date}-01-01`, last: `${date}-12-31` };
}

const ranges = new Map<string, DayRange>();

/** The days an ISO date, partial date or interval ("2022-01-20/2022-01-21") covers, as ISO days. */
export function dayRange(value: string): DayRange {
  // The same few dates are compared thousands of times in one run; a corpus holds only so many.
  let range = ranges.get(value);
  if (!range) {
    const [from, to] = value.split('/');
    range = { first: boundsOf(from!).first, last: boundsOf(to ?? from!).last };
    if (ranges.size > 50_000) ranges.clear();
    ranges.set(value, range);
  }
  return range;
}

/** Whether two figures could describe the same thing: equal numbers, or dates whose days overlap. */
export function overlaps(a: FigureValue, b: FigureValue): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a === 'number') return a === b;
  const x = dayRange(a);
  const y = dayRange(b as string);
  return x.first <= y.last && y.first <= x.last;
}
