/**
 * What the texts report on each topic, reduced to what a briefing prints: the reports side by side
 * and the range from the lowest value to the highest. Pure functions of the corpus.
 */
import {
  figuresSideBySide,
  type Claim,
  type Corpus,
  type FigureRow,
  type Topic,
} from '@attribution-lab/corpus/queries';
import { formatValue, formatWithUnit } from './format.js';

export interface RangeEnd {
  value: number | string;
  /** The qualifier every report of this value shares ("around"), or null when they differ or have none. */
  qualifier: Claim['qualifier'] | null;
}

export interface TopicFigures {
  topic: Topic;
  rows: FigureRow[];
  /** Null when no report gives a number (only words such as "dozens"). */
  range: { low: RangeEnd; high: RangeEnd } | null;
  /** How many different values the reports give; more than one means the texts disagree. */
  distinctValues: number;
}

/** Where a value sits on the topic's scale: the number, or the start and end of a date interval. */
const lowKey = (value: number | string) =>
  typeof value === 'number' ? value : value.split('/')[0]!;
const highKey = (value: number | string) =>
  typeof value === 'number' ? value : value.split('/').at(-1)!;

function sharedQualifier(claims: Claim[]): Claim['qualifier'] | null {
  const qualifiers = new Set(claims.map((c) => c.qualifier));
  const [only] = qualifiers;
  return qualifiers.size === 1 && only !== 'none' ? only! : null;
}

function rangeEnd(
  claims: Claim[],
  key: (v: number | string) => number | string,
  pick: 'min' | 'max',
): RangeEnd {
  const keyed = claims.map((c) => ({ claim: c, key: key(c.value as number | string) }));
  const best = keyed.reduce((a, b) => ((pick === 'min' ? b.key < a.key : b.key > a.key) ? b : a));
  const atBest = keyed.filter((k) => k.key === best.key).map((k) => k.claim);
  return { value: best.claim.value as number | string, qualifier: sharedQualifier(atBest) };
}

export function topicFigures(corpus: Corpus, topic: Topic): TopicFigures {
  const rows = figuresSideBySide(corpus, topic.id);
  const valued = rows.map((r) => r.claim).filter((c) => c.value !== null);
  return {
    topic,
    rows,
    range: valued.length
      ? { low: rangeEnd(valued, lowKey, 'min'), high: rangeEnd(valued, highKey, 'max') }
      : null,
    distinctValues: new Set(rows.map((r) => JSON.stringify(r.claim.value))).size,
  };
}

const endText = (topic: Topic, end: RangeEnd, withUnit: boolean) =>
  `${end.qualifier ? `${end.qualifier} ` : ''}${(withUnit ? formatWithUnit : formatValue)(topic, end.value)}`;

/** "3,500 to 5,000 detainees", "around 5,000 detainees", or "no number given". */
export function rangeText({ topic, range }: TopicFigures): string {
  if (!range) return 'no number given';
  const { low, high } = range;
  if (low.value === high.value && low.qualifier === high.qualifier)
    return endText(topic, high, true);
  return `${endText(topic, low, false)} to ${endText(topic, high, true)}`;
}
