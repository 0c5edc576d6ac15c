/**
 * The timeline of the event: every date the texts give for it, from the attack to its end, in the
 * order of the time they speak for, each cited; then how long it lasted. A date a flag calls wrong
 * is listed apart, as what the text says, and never placed on the line.
 */
import {
  FLAG_KIND_WORDS,
  reportedAs,
  topicFigures,
  type TopicReport,
} from '@attribution-lab/corpus/queries';
import type { Cell, Content, Inline } from 'pdfmake';
import { COLOURS, RULED, sectionHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { compactSource, creditClause, figureWords, formatDate, textRef } from './format.js';
import { noteRefs } from './notes.js';
import { valueSpan } from './scale.js';
import { narrativeTopics } from './what-happened.js';

export const TIMELINE_ID = 'timeline';

const spanOf = (r: TopicReport) => valueSpan(r.claim.value as string);

function byDate(a: TopicReport, b: TopicReport): number {
  return spanOf(a).start - spanOf(b).start || spanOf(a).end - spanOf(b).end;
}

function entries(ctx: BriefingContext, reports: TopicReport[]): Content {
  const header: Cell[] = ['Date', 'What', 'The text says', 'Reported by'].map((h) => ({
    text: h,
    style: 'cellHead',
  }));
  const body: Cell[][] = reports.map((report) => {
    const { claim, document } = report;
    const inferred = claim.inferred
      ? [{ text: `${claim.inferred.parts.join(' and ')} from context`, style: 'small' }]
      : [];
    return [
      { stack: [{ text: formatDate(claim.value as string), bold: true }, ...inferred] },
      ctx.topics.find((t) => t.id === claim.topicId)!.label,
      {
        text: [
          `“${reportedAs(claim)}”`,
          ...noteRefs(ctx.notes, [claim.id]),
          ...ctx.flags.questioning(report),
        ],
      },
      {
        text: [
          compactSource(ctx.corpus, document),
          { text: `; ${creditClause(ctx.corpus, claim)}`, color: COLOURS.muted },
        ],
      },
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [82, 118, 96, '*'],
      body: [header, ...body],
    },
    layout: { ...RULED, paddingTop: () => 2, paddingBottom: () => 2 },
    style: 'cell',
    fontSize: 7.5,
  };
}

/** "Length of the battle: six days, Midan (002); over a week, … (004)." */
function durations(ctx: BriefingContext): Content[] {
  return narrativeTopics(ctx)
    .filter((f) => f.topic.kind !== 'date')
    .map((f) => ({
      text: [
        { text: `${f.topic.label}: `, bold: true },
        ...f.reports.flatMap((r, i): Inline[] => [
          i ? '; ' : '',
          `${figureWords(f.topic, r.claim)}, ${textRef(ctx.corpus, r.document)}`,
          ...noteRefs(ctx.notes, [r.claim.id]),
          ...ctx.flags.questioning(r),
        ]),
        '.',
      ],
      fontSize: 8,
      margin: [0, 4, 0, 0] as [number, number, number, number],
    }));
}

function flaggedDates(ctx: BriefingContext, reports: TopicReport[]): Content[] {
  if (reports.length === 0) return [];
  return [
    {
      text: [
        { text: 'Not placed on the timeline, flagged: ', bold: true },
        ...reports.flatMap((r, i): Inline[] => [
          i ? '; ' : '',
          `${textRef(ctx.corpus, r.document)} gives “${reportedAs(r.claim)}” for ${
            ctx.topics.find((t) => t.id === r.claim.topicId)!.phrase
          } (${r.flags.map((f) => FLAG_KIND_WORDS[f.kind].toLowerCase()).join(', ')}`,
          ...ctx.flags.marks(r.flags),
          ')',
          ...noteRefs(ctx.notes, [r.claim.id]),
        ]),
        '.',
      ],
      fontSize: 8,
      margin: [0, 2, 0, 0] as [number, number, number, number],
      color: COLOURS.muted,
    },
  ];
}

export function timeline(ctx: BriefingContext): Content[] {
  const reports = ctx.topics
    .filter((t) => t.scope === 'event' && t.kind === 'date')
    .flatMap((t) => topicFigures(ctx.corpus, t).reports)
    .filter((r) => typeof r.claim.value === 'string');
  const placed = reports.filter((r) => !r.disqualified).sort(byDate);
  return [
    {
      // Small enough to keep whole, so the section never leaves a row alone on a page.
      unbreakable: true,
      stack: [
        sectionHeading('Timeline', TIMELINE_ID),
        {
          text: 'Every date the texts give for the event, earliest first: the date in full, then as the text words it.',
          style: 'body',
        },
        placed.length
          ? entries(ctx, placed)
          : { text: 'The texts give no dates for the event.', color: COLOURS.muted },
        ...durations(ctx),
        ...flaggedDates(
          ctx,
          reports.filter((r) => r.disqualified),
        ),
      ],
    },
  ];
}
