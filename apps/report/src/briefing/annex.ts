/**
 * The annex, behind the four pages of the briefing proper: its own heading, a list of the whole
 * document's sections with their pages, and then Annex A, the figures the briefing proper does not
 * show: the event's other figures and the background.
 */
import { topicFigures, type TopicFigures, type TopicReport } from '@attribution-lab/corpus/queries';
import type { Cell, Content, TextNode } from 'pdfmake';
import { RULED, keepWithNext, sectionHeading, subHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { contested } from './disagreements.js';
import { creditClause, figureWords, shortSource } from './format.js';
import { rangeText } from './figures.js';
import { headlineFigures } from './key-figures.js';
import { noteRefs } from './notes.js';
import { narrativeTopics } from './what-happened.js';

export const ANNEX_ID = 'annex';
export const OTHER_FIGURES_ID = 'annex-a';

export function annexStart(): Content[] {
  return [
    sectionHeading('Annex: other figures, names, method and notes', ANNEX_ID, { newPage: true }),
    {
      text: 'What stands behind the four pages before this one: the figures they leave out, how the texts spell names, how the corpus was built and checked with every problem flagged in the texts, and the exact words each note cites.',
      style: 'lead',
    },
    {
      toc: {
        // Set small, but a section of the annex, one level under its heading in the outline.
        title: { text: 'Contents', style: 'h3', tag: 'H2' },
        outlines: true,
        textStyle: { fontSize: 9 },
        numberStyle: { fontSize: 9 },
      },
    },
  ];
}

/** One report as a line: "around 4,000 people — 003 tagesschau, credited to Syrian media¹". */
function reportLine(ctx: BriefingContext, figures: TopicFigures, r: TopicReport): TextNode {
  return {
    text: [
      { text: figureWords(figures.topic, r.claim), bold: true },
      ` — ${shortSource(ctx.corpus, r.document).replace('  ', ' ')}, ${creditClause(ctx.corpus, r.claim)}`,
      ...noteRefs(ctx.notes, [r.claim.id]),
      ...ctx.flags.marks(r.flags),
    ],
    margin: [0, 0, 0, 1.5],
  };
}

function figuresTable(ctx: BriefingContext, figures: TopicFigures[]): Content {
  const header: Cell[] = [
    'Topic',
    'Range reported',
    'Each report, its text and whom it credits',
  ].map((h) => ({ text: h, style: 'cellHead' }));
  const body: Cell[][] = figures.map((f) => [
    {
      stack: [
        { text: f.topic.label, bold: true },
        { text: f.topic.phrase, style: 'small' },
      ],
    },
    rangeText(f),
    { stack: f.reports.map((r) => reportLine(ctx, f, r)) },
  ]);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [112, 84, '*'],
      body: [header, ...body],
    },
    layout: RULED,
    style: 'cell',
  };
}

/** The event's topics the briefing proper shows in full: headline, contested and dated ones. */
function shownInProper(ctx: BriefingContext): Set<string> {
  return new Set(
    [...headlineFigures(ctx), ...contested(ctx), ...narrativeTopics(ctx)].map((f) => f.topic.id),
  );
}

export function otherFigures(ctx: BriefingContext): Content[] {
  const shown = shownInProper(ctx);
  const all = ctx.topics
    .filter((t) => !shown.has(t.id) && !(t.scope === 'event' && t.kind === 'date'))
    .map((t) => topicFigures(ctx.corpus, t))
    .filter((f) => f.reports.length > 0);
  const parts = [
    {
      title: 'The event’s other figures',
      id: 'annex-a-event',
      figures: all.filter((f) => f.topic.scope === 'event'),
    },
    {
      title: 'Background',
      id: 'annex-a-background',
      figures: all.filter((f) => f.topic.scope === 'background'),
    },
  ].filter((p) => p.figures.length > 0);
  const intro: Content[] = [
    sectionHeading('Annex A. Other figures', OTHER_FIGURES_ID),
    {
      text: 'The figures the pages before leave out: the event’s minor measures, and the background the texts give (earlier events, the wider war). Each with its range and every report, in the text’s words; a flag marker (F) leads to Annex C.',
      style: 'lead',
    },
  ];
  if (parts.length === 0)
    return [...intro, { text: 'Every figure is shown in the pages before.', style: 'body' }];
  return parts.flatMap((p, i) =>
    keepWithNext(
      [...(i === 0 ? intro : []), subHeading(p.title, p.id, OTHER_FIGURES_ID)],
      figuresTable(ctx, p.figures),
    ),
  );
}
