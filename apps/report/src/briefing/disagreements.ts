/**
 * Where the sources disagree: for each of the event's topics on which two texts give values that
 * cannot both be right, a chart of the reports and the reports side by side, kept on one page.
 */
import { BASIS_WORDS, countOf, reportedAs, topicFigures } from '@attribution-lab/corpus/queries';
import type { TopicFigures, TopicReport } from '@attribution-lab/corpus/queries';
import type { Cell, Content } from 'pdfmake';
import { COLOURS, RULED, bookmarkedHeading, sectionHeading } from '@attribution-lab/worksheet';
import { dotPlot } from './chart.js';
import type { BriefingContext } from './context.js';
import { creditedTo, formatPartialDate, formatWithUnit, compactSource } from './format.js';
import { rangeText } from './figures.js';
import { noteRefs } from './notes.js';

export const DISAGREEMENTS_ID = 'disagreements';

/** The event's topics on which the texts disagree, in corpus order. */
export const contested = (ctx: BriefingContext): TopicFigures[] =>
  ctx.topics
    .filter((t) => t.scope === 'event')
    .map((t) => topicFigures(ctx.corpus, t))
    .filter((f) => f.disagree);

/**
 * What the corpus reads words that are not a numeral as: "over a week" is 7 days, "an undisclosed
 * number" no number. A numeral ("six", "5,000") needs no gloss.
 */
function readAs(figures: TopicFigures, report: TopicReport): Content[] {
  const { claim } = report;
  return claim.interpretation === null && claim.value !== null
    ? []
    : [{ text: `read as ${formatWithUnit(figures.topic, claim.value)}`, style: 'small' }];
}

function sideBySide(ctx: BriefingContext, figures: TopicFigures): Content {
  const header: Cell[] = ['Published by', 'The text says', 'Credited to', 'As of'].map((h) => ({
    text: h,
    style: 'cellHead',
  }));
  const body: Cell[][] = figures.reports.map((report) => {
    const { claim, document } = report;
    const asOf = `${formatPartialDate(claim.asOf.date)}${claim.asOf.basis === 'stated' ? '' : ` (${BASIS_WORDS[claim.asOf.basis]})`}`;
    return [
      compactSource(ctx.corpus, document),
      {
        stack: [
          {
            text: [
              { text: `“${reportedAs(claim)}”`, bold: true },
              ...noteRefs(ctx.notes, [claim.id]),
              ...ctx.flags.marks(report.flags),
            ],
          },
          ...readAs(figures, report),
        ],
      },
      creditedTo(ctx.corpus, claim),
      asOf,
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [96, 104, '*', 96],
      body: [header, ...body],
    },
    layout: { ...RULED, paddingTop: () => 2, paddingBottom: () => 2 },
    style: 'cell',
    fontSize: 7.5,
  };
}

function summary(figures: TopicFigures): string {
  const texts = new Set(figures.reports.map((r) => r.document.id)).size;
  const worded = figures.reports.filter((r) => r.claim.value === null).length;
  const values = figures.values.length;
  const words = worded ? `; ${countOf(worded, 'report')} without a number` : '';
  return `${countOf(figures.reports.length, 'report')} in ${countOf(texts, 'text')}: ${countOf(values, 'value')}, from ${rangeText(figures)}${words}.`;
}

export function disagreements(ctx: BriefingContext): Content[] {
  const topics = contested(ctx);
  return [
    sectionHeading('Where the sources disagree', DISAGREEMENTS_ID, { newPage: true }),
    {
      text: topics.length
        ? 'The event’s figures on which two texts give values that cannot both be right, a row per text and a mark per report. Figures may speak for different days: read “As of” before concluding that a source is wrong.'
        : 'On the event’s figures in this briefing, no two texts give values that cannot both be right.',
      style: 'body',
    },
    ...topics.map((figures): Content => ({
      // Heading, chart and table move as one, so a chart never ends a page without its table.
      unbreakable: true,
      margin: [0, 0, 0, 6],
      stack: [
        {
          ...bookmarkedHeading(
            figures.topic.label,
            `disagreement-${figures.topic.id}`,
            DISAGREEMENTS_ID,
          ),
          text: [
            figures.topic.label,
            { text: `   ${summary(figures)}`, fontSize: 8, bold: false, color: COLOURS.muted },
          ],
          outlineText: figures.topic.label,
          fontSize: 10.5,
          margin: [0, 2, 0, 2],
        },
        ...[dotPlot(ctx, figures)].filter((c) => c !== null),
        sideBySide(ctx, figures),
      ],
    })),
  ];
}
