/**
 * A topic's spread in the briefing's words: "3,500 to 5,000 detainees", "at least 6 to some 346
 * fighters". What the figures mean together (their order, the latest, the spread, which are
 * flagged) is the corpus package's topicFigures; this only words it.
 */
import {
  dateSpanOf,
  type SpreadEnd,
  type Topic,
  type TopicFigures,
} from '@attribution-lab/corpus/queries';
import { formatValue, formatWithUnit } from './format.js';

const endText = (topic: Topic, end: SpreadEnd, withUnit: boolean) =>
  `${end.qualifier ? `${end.qualifier} ` : ''}${(withUnit ? formatWithUnit : formatValue)(topic, end.value)}`;

/** Whether one date's span holds the other's: "2013–2014" holds "2014". */
function holds(outer: SpreadEnd, inner: SpreadEnd): boolean {
  if (typeof outer.value !== 'string' || typeof inner.value !== 'string') return false;
  const [o, i] = [dateSpanOf(outer.value), dateSpanOf(inner.value)];
  return o.start <= i.start && i.end <= o.end;
}

/**
 * "3,500 to 5,000 detainees", "around 5,000 detainees", "2013–2014" (for "2013–2014" and "2014"),
 * or, with no end to show, why: no number given, or only figures a flag rules out. The unit may be
 * left off.
 */
export function rangeText({ topic, spread, reports }: TopicFigures, withUnit = true): string {
  if (!spread) {
    const flagged = reports.filter((r) => r.disqualified && r.claim.value !== null).length;
    return flagged
      ? `${flagged === 1 ? 'a flagged figure' : 'flagged figures'} only`
      : 'no number given';
  }
  const { low, high } = spread;
  if (low.value === high.value && low.qualifier === high.qualifier)
    return endText(topic, high, withUnit);
  if (!low.qualifier && !high.qualifier && (holds(low, high) || holds(high, low)))
    return endText(topic, holds(low, high) ? low : high, withUnit);
  return `${endText(topic, low, false)} to ${endText(topic, high, withUnit)}`;
}
