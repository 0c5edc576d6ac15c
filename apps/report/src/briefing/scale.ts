/**
 * Where a reported value falls on a chart axis, and the ticks of that axis. Numbers are counted
 * from zero, so that the length of the axis does not exaggerate a difference; dates are spans of
 * days, so that "2019" is drawn as the whole year the text leaves open, not as 1 January.
 */
import {
  dateSpanOf,
  numericBounds,
  type FigureValue,
  type Topic,
} from '@attribution-lab/corpus/queries';
import { formatNumber, formatOrdinal } from './format.js';

export interface Span {
  start: number;
  end: number;
}

export interface Tick {
  at: number;
  label: string;
}

export interface Axis {
  min: number;
  max: number;
  ticks: Tick[];
}

const DAY = 86_400_000;
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const dayNumber = (year: number, month: number, day: number) =>
  Date.UTC(year, month - 1, day) / DAY;

/** An ISO day (2022-01-20) as a number of days, so dates share one scale with each other. */
function dayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return dayNumber(year, month, day);
}

/**
 * The span a value covers: a point for a number, low to high for a range, and for a date the days
 * the corpus package says it covers (all of 2019 for "2019").
 */
export function valueSpan(value: FigureValue): Span {
  if (typeof value === 'string') {
    const { start, end } = dateSpanOf(value);
    return { start: dayOf(start), end: dayOf(end) };
  }
  const { low, high } = numericBounds(value);
  return { start: low, end: high };
}

function niceStep(span: number, maxTicks: number): number {
  const raw = span / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return (
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => span / s <= maxTicks) ?? 10 * magnitude
  );
}

function numberAxis(spans: Span[], topic: Topic): Axis {
  const high = Math.max(...spans.map((s) => s.end));
  const low = Math.min(0, ...spans.map((s) => s.start));
  const step = niceStep(Math.max(high - low, 1), 5);
  const min = Math.floor(low / step) * step;
  // Headroom past the highest value leaves space for the arrow of an "at least".
  const max = Math.max(Math.ceil((high + step * 0.1) / step) * step, min + step);
  const ticks: Tick[] = [];
  for (let at = min; at <= max + step / 2; at += step) {
    ticks.push({
      at,
      label: topic.kind === 'ordinal' && at > 0 ? formatOrdinal(at) : formatNumber(at),
    });
  }
  return { min, max, ticks };
}

function dateTicks(min: number, max: number): Tick[] {
  const first = new Date(min * DAY);
  const last = new Date(max * DAY);
  const spanDays = max - min;
  const ticks: Tick[] = [];
  if (spanDays > 3 * 365) {
    const years = last.getUTCFullYear() - first.getUTCFullYear();
    const step = niceStep(Math.max(years, 1), 6);
    const start = Math.ceil(first.getUTCFullYear() / step) * step;
    for (let y = start; y <= last.getUTCFullYear(); y += step) {
      const at = dayNumber(y, 1, 1);
      if (at >= min) ticks.push({ at, label: String(y) });
    }
  } else if (spanDays > 75) {
    const months =
      (last.getUTCFullYear() - first.getUTCFullYear()) * 12 +
      last.getUTCMonth() -
      first.getUTCMonth();
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= 6) ?? 12;
    let year = first.getUTCFullYear();
    let month = first.getUTCMonth() + 1;
    while (dayNumber(year, month, 1) <= max) {
      const at = dayNumber(year, month, 1);
      if (at >= min && (month - 1) % step === 0)
        ticks.push({ at, label: `${SHORT_MONTHS[month - 1]} ${year}` });
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
  } else {
    const step = [1, 2, 5, 7, 14].find((s) => spanDays / s <= 6) ?? 14;
    for (let at = Math.ceil(min); at <= max; at += step) {
      const d = new Date(at * DAY);
      const year = ticks.length === 0 ? ` ${d.getUTCFullYear()}` : '';
      ticks.push({ at, label: `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]}${year}` });
    }
  }
  return ticks;
}

function dateAxis(spans: Span[]): Axis {
  const low = Math.min(...spans.map((s) => s.start));
  const high = Math.max(...spans.map((s) => s.end));
  const pad = Math.max((high - low) * 0.06, 1);
  const min = low - pad;
  const max = high + pad;
  return { min, max, ticks: dateTicks(min, max) };
}

export function axisFor(topic: Topic, spans: Span[]): Axis {
  return topic.kind === 'date' ? dateAxis(spans) : numberAxis(spans, topic);
}

/** A position between 0 and `width` for a point on the axis. */
export const place = (axis: Axis, at: number, width: number): number =>
  ((at - axis.min) / (axis.max - axis.min)) * width;
