/**
 * What happened, told only through cited figures: a sentence for each of the event's dates (when
 * the attack began, when it was claimed, when the fighting was still reported, when it ended) and
 * for how long its headline measures lasted. Each figure keeps its note; a figure a flag calls
 * wrong is said as the text says it, with its flag, and is never one of the alternatives.
 */
import {
  capitalise,
  dateSpanOf,
  DISQUALIFYING_FLAGS,
  FLAG_KIND_WORDS,
  reportedAs,
  topicFigures,
  type TopicFigures,
  type TopicReport,
} from '@attribution-lab/corpus/queries';
import type { Content, Inline } from 'pdfmake';
import { COLOURS, pageOneHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { creditedTo, figureWords, textRef } from './format.js';
import { noteRefs } from './notes.js';

export const WHAT_HAPPENED_ID = 'what-happened';

/** The event's date topics, earliest first, then the durations of its headline measures. */
export function narrativeTopics(ctx: BriefingContext): TopicFigures[] {
  const event = ctx.topics.filter((t) => t.scope === 'event');
  const figures = (kind: (t: (typeof event)[number]) => boolean) =>
    event
      .filter(kind)
      .map((t) => topicFigures(ctx.corpus, t))
      .filter((f) => f.reports.length > 0);
  const start = (f: TopicFigures) => {
    const first = f.spread?.low.value;
    return typeof first === 'string' ? dateSpanOf(first).start : '9999';
  };
  const dates = figures((t) => t.kind === 'date').sort((a, b) => start(a).localeCompare(start(b)));
  const durations = figures((t) => t.kind !== 'date' && t.headline && t.overTime === 'duration');
  return [...dates, ...durations];
}

/** The texts that give the same figure, each with whom it credits: "Midan (002), credited to …". */
function givenBy(ctx: BriefingContext, reports: readonly TopicReport[]): string {
  const documents = [...new Set(reports.map((r) => r.document))];
  return documents
    .map((document) => {
      const own = reports.filter((r) => r.document === document);
      const credits = new Set(own.map((r) => creditedTo(ctx.corpus, r.claim)));
      const [credit] = credits;
      const named = credits.size === 1 && credit !== 'no source named';
      return `${textRef(ctx.corpus, document)}${named ? `, credited to ${credit}` : ''}`;
    })
    .join(' and ');
}

/** Reports grouped by the figure they give, in the order first given. */
function byFigure(figures: TopicFigures, reports: readonly TopicReport[]): TopicReport[][] {
  const groups = new Map<string, TopicReport[]>();
  for (const r of reports) {
    const words =
      r.claim.value === null ? reportedAs(r.claim) : figureWords(figures.topic, r.claim);
    groups.set(words, [...(groups.get(words) ?? []), r]);
  }
  return [...groups.values()];
}

function sentence(ctx: BriefingContext, figures: TopicFigures): Inline[] {
  const sound = figures.reports.filter((r) => !r.disqualified && r.claim.value !== null);
  const vague = figures.reports.filter((r) => !r.disqualified && r.claim.value === null);
  const flagged = figures.reports.filter((r) => r.disqualified);
  // "When it began: 20 January 2022, Midan (002); 20–21 January 2022, …": the figure first, so
  // a reader skims the dates, then who gives each.
  const alternatives = byFigure(figures, sound).flatMap((group, i): Inline[] => [
    i === 0 ? ': ' : '; ',
    { text: figureWords(figures.topic, group[0]!.claim), bold: true },
    `, ${givenBy(ctx, group)}`,
    ...noteRefs(
      ctx.notes,
      group.map((r) => r.claim.id),
    ),
    ...group.flatMap((r) => ctx.flags.questioning(r)),
  ]);
  const others = [...vague, ...flagged].flatMap((r): Inline[] => [
    `; ${textRef(ctx.corpus, r.document)} says “${reportedAs(r.claim)}”`,
    ...(r.disqualified
      ? [
          `, flagged (${r.flags
            .filter((f) => DISQUALIFYING_FLAGS.includes(f.kind))
            .map((f) => FLAG_KIND_WORDS[f.kind].toLowerCase())
            .join(', ')})`,
        ]
      : []),
    ...noteRefs(ctx.notes, [r.claim.id]),
    ...ctx.flags.questioning(r),
  ]);
  if (alternatives.length === 0)
    return [capitalise(figures.topic.phrase), ' is not given as a figure', ...others, '.'];
  return [capitalise(figures.topic.phrase), ...alternatives, ...others, '.'];
}

export function whatHappened(ctx: BriefingContext): Content[] {
  const topics = narrativeTopics(ctx);
  return [
    pageOneHeading('What happened', WHAT_HAPPENED_ID),
    topics.length
      ? {
          ul: topics.map((f) => ({ text: sentence(ctx, f) })),
          style: 'pageOne',
          markerColor: COLOURS.accent,
        }
      : { text: 'The texts in this briefing give no dates for the event.', style: 'body' },
  ];
}
