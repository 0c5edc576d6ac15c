/**
 * What a topic's figures say together, over time: its reports in the order of the time they speak
 * for (not the day their text was published); for a running count, the latest report, which
 * supersedes the earlier ones; the spread of the others, whose ends keep their qualifiers ("at
 * least 6 to some 346"); which figures a flag says are wrong or about something else (shown with
 * their flag, never an end of the spread); and whether the texts really disagree ("2019" and
 * "23 March 2019" do not). The briefing, the quiz's topic pages and the exercises all read a topic
 * through here. Browser-safe.
 */
import { compareDates, dateSpanOf } from './dates.js';
import { figuresSideBySide, isUnknownFigure, type FigureRow } from './queries.js';
import type { Corpus, Flag, FlagKind, Qualifier, Topic } from './schema.js';
import { numericBounds, valueKey, valuesOverlap, type FigureValue } from './values.js';
import { QUALIFIER_MEANINGS } from './wording.js';

/** Flags that say a figure is wrong, or not about this event: it is shown, but never relied on. */
export const DISQUALIFYING_FLAGS: readonly FlagKind[] = ['factual-error', 'other-event'];

/**
 * Flags that call a figure's value into question: those that disqualify it, a text contradicting
 * itself about it, and a text saying it cannot be checked. A translation slip or an untranslated
 * word in the same passage does not.
 */
export const QUESTIONING_FLAGS: readonly FlagKind[] = [
  ...DISQUALIFYING_FLAGS,
  'internal-inconsistency',
  'unverifiable',
];

/**
 * Whether a flag rules a figure out of its topic's spread. A figure about another event is ruled
 * out of this event's measures, but not of a background topic that is about that other event
 * (002's "more than 500" freed at Abu Ghraib in 2013 is the figure for Abu Ghraib).
 */
const disqualifies = (flag: Flag, topic: Topic): boolean =>
  DISQUALIFYING_FLAGS.includes(flag.kind) &&
  !(flag.kind === 'other-event' && topic.scope === 'background');

export interface TopicReport extends FigureRow {
  /** The flags on the figure, and whether one of them disqualifies it. */
  flags: Flag[];
  disqualified: boolean;
}

export interface SpreadEnd {
  value: FigureValue;
  /**
   * The hedge every report at this end shares ("at least"; "about" for "about" and "around"), or
   * null when they hedge differently or not at all.
   */
  qualifier: Qualifier | null;
  reports: TopicReport[];
}

export interface Spread {
  low: SpreadEnd;
  high: SpreadEnd;
}

export interface TopicFigures {
  topic: Topic;
  /** Every report, in the order of the time it speaks for, then the order published. */
  reports: TopicReport[];
  /** For a running count, the reports of the latest day any text speaks for; empty otherwise. */
  latest: TopicReport[];
  /** The lowest and highest value of the reports that give one and are not disqualified. */
  spread: Spread | null;
  /** For a running count, the spread of those reports before the latest day; null otherwise. */
  earlier: Spread | null;
  /** Distinct values as the texts give them, disqualified ones left out. */
  values: FigureValue[];
  /** Whether two texts give values that cannot both be right (they do not overlap). */
  disagree: boolean;
  /** Reports that say the number is not known or was not disclosed. */
  unknown: TopicReport[];
}

const byTime = (a: TopicReport, b: TopicReport) =>
  compareDates(a.claim.asOf.date, b.claim.asOf.date) ||
  compareDates(a.document.published.date, b.document.published.date) ||
  a.claim.quote.start - b.claim.quote.start;

/** Where a value sits on the topic's scale, low end and high end. */
const lowKey = (value: FigureValue): number | string =>
  typeof value === 'string' ? dateSpanOf(value).start : numericBounds(value).low;
const highKey = (value: FigureValue): number | string =>
  typeof value === 'string' ? dateSpanOf(value).end : numericBounds(value).high;

/**
 * The hedge every report at an end shares. Texts that word one hedge differently ("about 3,500",
 * "around 3,500") share it too, in the first report's words; reports that hedge differently, or
 * one that does not hedge at all, share none, so the end is its bare value.
 */
function sharedQualifier(reports: readonly TopicReport[]): Qualifier | null {
  const qualifiers = new Set(reports.map((r) => r.claim.qualifier));
  const [only] = qualifiers;
  if (qualifiers.size === 1) return only === 'none' ? null : only!;
  const meanings = new Set(reports.map((r) => QUALIFIER_MEANINGS[r.claim.qualifier]));
  const first = reports[0]!.claim.qualifier;
  return meanings.size === 1 && QUALIFIER_MEANINGS[first] !== 'exact' ? first : null;
}

function spreadEnd(reports: readonly TopicReport[], pick: 'low' | 'high'): SpreadEnd {
  const key = pick === 'low' ? lowKey : highKey;
  const better = (a: number | string, b: number | string) => (pick === 'low' ? a < b : a > b);
  const best = reports.reduce((a, b) =>
    better(key(b.claim.value as FigureValue), key(a.claim.value as FigureValue)) ? b : a,
  );
  const at = reports.filter(
    (r) => key(r.claim.value as FigureValue) === key(best.claim.value as FigureValue),
  );
  return { value: best.claim.value as FigureValue, qualifier: sharedQualifier(at), reports: at };
}

const spreadOf = (reports: readonly TopicReport[]): Spread | null =>
  reports.length ? { low: spreadEnd(reports, 'low'), high: spreadEnd(reports, 'high') } : null;

/** Whether two reports from different texts give values that cannot both be right. */
function textsDisagree(reports: readonly TopicReport[]): boolean {
  return reports.some((a, i) =>
    reports
      .slice(i + 1)
      .some(
        (b) =>
          a.document.id !== b.document.id &&
          !valuesOverlap(a.claim.value as FigureValue, b.claim.value as FigureValue),
      ),
  );
}

export function topicFigures(corpus: Corpus, topic: Topic): TopicFigures {
  const flags = new Map(corpus.flags.map((f) => [f.id, f]));
  const reports: TopicReport[] = figuresSideBySide(corpus, topic.id)
    .map((row) => {
      const own = row.claim.flagIds.flatMap((id) => flags.get(id) ?? []);
      return {
        ...row,
        flags: own,
        disqualified: own.some((f) => disqualifies(f, topic)),
      };
    })
    .sort(byTime);
  const valued = reports.filter((r) => r.claim.value !== null && !r.disqualified);
  const lastDay = valued.at(-1)?.claim.asOf.date;
  const latest =
    topic.overTime === 'running-count' && lastDay
      ? valued.filter((r) => compareDates(r.claim.asOf.date, lastDay) === 0)
      : [];
  const values = new Map(valued.map((r) => [valueKey(r.claim.value!), r.claim.value!]));
  return {
    topic,
    reports,
    latest,
    spread: spreadOf(valued),
    earlier: latest.length ? spreadOf(valued.filter((r) => !latest.includes(r))) : null,
    values: [...values.values()],
    disagree: textsDisagree(valued),
    unknown: reports.filter((r) => isUnknownFigure(r.claim)),
  };
}

/** Topics on which two texts give values that cannot both be right. */
export const contestedTopics = (corpus: Corpus): Topic[] =>
  corpus.topics.filter((t) => topicFigures(corpus, t).disagree);
