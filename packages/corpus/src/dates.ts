/**
 * What a date value covers. The texts give dates at the precision they know ("2019", "January
 * 2022", "20 January 2022"), so a date is a span of days, never a point: "2019" and "23 March
 * 2019" neither agree exactly nor contradict each other, and a year-only date is never 1 January.
 * Browser-safe: plain string arithmetic, no Date objects and no time zones.
 */
import type { DatePrecision, DateSpan } from './schema.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The precision a partial ISO date is written at: "2022" year, "2022-01" month, "2022-01-20" day. */
export function precisionOf(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

function lastDay(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (month) return `${year}-${month}-${pad(daysIn(+year!, +month))}`;
  return `${year}-12-31`;
}

const COARSER: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/**
 * The days a partial date or interval ("2022-01-20/2022-01-21", "2013/2014") covers, and its
 * precision: an interval is as precise as its less precise end.
 */
export function dateSpanOf(value: string): DateSpan {
  const [from, to = from] = value.split('/') as [string, string?];
  const precisions = [precisionOf(from), precisionOf(to!)];
  const precision = precisions.reduce((a, b) => (COARSER[b] > COARSER[a] ? b : a));
  return { start: firstDay(from), end: lastDay(to!), precision };
}

/** Whether two date values share at least one day. */
export function datesOverlap(a: string, b: string): boolean {
  const x = dateSpanOf(a);
  const y = dateSpanOf(b);
  return x.start <= y.end && y.start <= x.end;
}

/**
 * Orders date values by the time they speak for. A date known only to its month or year sorts at
 * the end of its span, then by its start: "2022-01" (published some time in January) comes after
 * 22 January, not before it, since it may be as late as the 31st. ISO days compare as strings.
 */
export function compareDates(a: string, b: string): number {
  const x = dateSpanOf(a);
  const y = dateSpanOf(b);
  return x.end.localeCompare(y.end) || x.start.localeCompare(y.start);
}
