/**
 * A topic's spread in the briefing's words: "3,500 to 5,000 detainees", "at least 6 to some 346
 * fighters". What the figures mean together (their order, the latest, the spread, which are
 * flagged) is the corpus package's topicFigures; this only words it.
 */
import type { SpreadEnd, Topic, TopicFigures } from '@attribution-lab/corpus/queries';
import { formatValue, formatWithUnit } from './format.js';

const endText = (topic: Topic, end: SpreadEnd, withUnit: boolean) =>
  `${end.qualifier ? `${end.qualifier} ` : ''}${(withUnit ? formatWithUnit : formatValue)(topic, end.value)}`;

/** "3,500 to 5,000 detainees", "around 5,000 detainees", or "no number given"; the unit may be left off. */
export function rangeText({ topic, spread }: TopicFigures, withUnit = true): string {
  if (!spread) return 'no number given';
  const { low, high } = spread;
  if (low.value === high.value && low.qualifier === high.qualifier)
    return endText(topic, high, withUnit);
  return `${endText(topic, low, false)} to ${endText(topic, high, withUnit)}`;
}
