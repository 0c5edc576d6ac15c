/**
 * Where the sources disagree: for each topic on which the texts give more than one value, the
 * reports side by side and a chart of them.
 */
import { BASIS_WORDS, reportedAs } from '@attribution-lab/corpus/queries';
import type { Cell, Content } from 'pdfmake';
import { RULED, bookmarkedHeading, noteRef, sectionHeading } from '../pdf/theme.js';
import { dotPlot } from './chart.js';
import type { BriefingContext } from './context.js';
import { creditedTo, documentSource, formatPartialDate, formatWithUnit } from './format.js';
import { topicFigures, type TopicFigures } from '@attribution-lab/corpus/queries';
import { rangeText } from './figures.js';
import { noteAnchor } from './notes.js';

export const DISAGREEMENTS_ID = 'disagreements';

function sideBySide(ctx: BriefingContext, figures: TopicFigures): Content {
  const header: Cell[] = ['Published by', 'The text says', 'Read as', 'Credited to', 'As of'].map(
    (h) => ({
      text: h,
      style: 'cellHead',
    }),
  );
  const body: Cell[][] = figures.reports.map(({ claim, document }) => {
    const n = ctx.notes.cite(claim.id);
    const asOf = `${formatPartialDate(claim.asOf.date)}${claim.asOf.basis === 'stated' ? '' : ` (${BASIS_WORDS[claim.asOf.basis]})`}`;
    return [
      documentSource(ctx.corpus, document),
      { text: [{ text: `“${reportedAs(claim)}”`, bold: true }, noteRef(n, noteAnchor(n))] },
      formatWithUnit(figures.topic, claim.value),
      creditedTo(ctx.corpus, claim),
      asOf,
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [118, 80, 76, '*', 66],
      body: [header, ...body],
    },
    layout: RULED,
    style: 'cell',
    margin: [0, 0, 0, 4],
  };
}

function summary(figures: TopicFigures): string {
  const texts = new Set(figures.reports.map((r) => r.document.id)).size;
  const numbers = figures.values.length;
  const worded = figures.reports.filter((r) => r.claim.value === null).length;
  const values = numbers === 1 ? 'one value' : `${numbers} different values`;
  const words = worded ? `, and ${worded} give${worded === 1 ? 's' : ''} no number` : '';
  return `${figures.reports.length} reports in ${texts} text${texts === 1 ? '' : 's'}: ${numbers ? `${values}, ${rangeText(figures)}` : 'no number'}${words}. ${figures.topic.description}`;
}

export function disagreements(ctx: BriefingContext): Content[] {
  const contested = ctx.topics.map((t) => topicFigures(ctx.corpus, t)).filter((f) => f.disagree);
  const intro: Content = {
    text: contested.length
      ? 'Each topic on which the texts give more than one value. The chart places every report on one scale, a row per text; the table beside it gives each report in the text’s words, whom the text credits, and the date the figure speaks for. Figures that differ may be measuring different moments or different things: read the “as of” column and the notes before concluding that a source is wrong.'
      : 'On the topics in this briefing, every text that gives a figure gives the same one.',
    style: 'lead',
  };
  return [
    sectionHeading('Where the sources disagree', DISAGREEMENTS_ID),
    intro,
    ...contested.flatMap((figures): Content[] => {
      const chart = dotPlot(ctx, figures);
      return [
        {
          unbreakable: true,
          stack: [
            bookmarkedHeading(
              figures.topic.label,
              `disagreement-${figures.topic.id}`,
              DISAGREEMENTS_ID,
            ),
            { text: summary(figures), style: 'body' },
            ...(chart ? [chart] : []),
          ],
        },
        sideBySide(ctx, figures),
      ];
    }),
  ];
}
