/**
 * Key figures: for each topic the range the texts report, then every report with who published
 * it, whom it credits, and its own words, qualifiers kept.
 */
import { reportedAs } from '@attribution-lab/corpus/queries';
import type { FigureRow, Topic } from '@attribution-lab/corpus/queries';
import type { Cell, Content, TextNode } from 'pdfmake';
import { COLOURS, RULED, boxLayout, noteRef, sectionHeading, subHeading } from '../pdf/theme.js';
import type { BriefingContext } from './context.js';
import { creditClause, documentSource, formatValue } from './format.js';
import { topicFigures, type TopicFigures } from '@attribution-lab/corpus/queries';
import { rangeText } from './figures.js';
import { noteAnchor } from './notes.js';

export const KEY_FIGURES_ID = 'key-figures';
const TILES_PER_ROW = 3;
const MAX_TILES = 6;

/** One report as a line: "around 5,000 — tagesschau (003), credited to Syrian Democratic Forces¹". */
function reportLine(ctx: BriefingContext, row: FigureRow): TextNode {
  const n = ctx.notes.cite(row.claim.id);
  return {
    text: [
      { text: reportedAs(row.claim), bold: true },
      ` — ${documentSource(ctx.corpus, row.document)}, ${creditClause(ctx.corpus, row.claim)}`,
      noteRef(n, noteAnchor(n)),
    ],
    margin: [0, 0, 0, 1.5],
  };
}

function tileRange({ topic, spread }: TopicFigures): string {
  if (!spread) return '—';
  const low = formatValue(topic, spread.low.value);
  const high = formatValue(topic, spread.high.value);
  return low === high ? high : `${low}–${high}`;
}

function tile(figures: TopicFigures): Content {
  const texts = new Set(figures.reports.map((r) => r.document.id)).size;
  return {
    stack: [
      { text: tileRange(figures), fontSize: 19, bold: true, color: COLOURS.accent, lineHeight: 1 },
      { text: figures.topic.label, bold: true, fontSize: 8.5, margin: [0, 3, 0, 1] },
      {
        text: `${figures.topic.unit}; ${figures.reports.length} report${figures.reports.length === 1 ? '' : 's'} in ${texts} text${texts === 1 ? '' : 's'}`,
        style: 'small',
      },
    ],
  };
}

/** The headline numbers: event counts that the most reports give, as large tiles. */
function tiles(all: TopicFigures[]): Content[] {
  const chosen = all
    .filter((f) => f.topic.scope === 'event' && f.topic.kind === 'count' && f.spread)
    .sort((a, b) => b.reports.length - a.reports.length)
    .slice(0, MAX_TILES)
    .sort((a, b) => all.indexOf(a) - all.indexOf(b));
  if (chosen.length === 0) return [];
  const rows: Cell[][] = [];
  for (let i = 0; i < chosen.length; i += TILES_PER_ROW) {
    const row: Cell[] = chosen.slice(i, i + TILES_PER_ROW).map(tile);
    while (row.length < TILES_PER_ROW) row.push('');
    rows.push(row);
  }
  return [
    {
      table: { widths: Array(TILES_PER_ROW).fill('*'), body: rows, dontBreakRows: true },
      layout: {
        ...boxLayout(COLOURS.accentTint),
        vLineWidth: () => 6,
        vLineColor: () => COLOURS.white,
        hLineWidth: () => 6,
        hLineColor: () => COLOURS.white,
      },
      margin: [-6, 0, -6, 8],
    },
    {
      text: 'Lowest to highest value reported. The range shows what the texts say, not what happened: a wide range usually means different sources, different dates or different measures.',
      style: 'small',
      margin: [0, 0, 0, 6],
    },
  ];
}

function figuresTable(ctx: BriefingContext, figures: TopicFigures[]): Content {
  const header: Cell[] = [
    'Topic',
    'Range reported',
    'Each report: its words, who published it, whom it credits',
  ].map((h) => ({
    text: h,
    style: 'cellHead',
  }));
  const body: Cell[][] = figures.map((f) => [
    {
      stack: [
        { text: f.topic.label, bold: true },
        { text: f.topic.phrase, style: 'small' },
      ],
    },
    { text: rangeText(f), bold: f.disagree },
    { stack: f.reports.map((row) => reportLine(ctx, row)) },
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [112, 90, '*'], body: [header, ...body] },
    layout: RULED,
    style: 'cell',
  };
}

/** The event's own figures under its name, then the background. */
const scopes = (ctx: BriefingContext): { scope: Topic['scope']; title: string; id: string }[] => [
  { scope: 'event', title: ctx.corpus.event.name, id: 'key-figures-event' },
  { scope: 'background', title: 'Background figures', id: 'key-figures-background' },
];

export function keyFigures(ctx: BriefingContext): Content[] {
  const all = ctx.topics
    .map((t) => topicFigures(ctx.corpus, t))
    .filter((f) => f.reports.length > 0);
  return [
    sectionHeading('Key figures', KEY_FIGURES_ID),
    {
      text: 'For each topic: the lowest and highest value the texts report, then every report, with the words the text uses (qualifiers such as “around” and “at least” kept), the text that published it and the source it credits. Ranges in bold are those on which the texts disagree.',
      style: 'lead',
    },
    ...tiles(all),
    ...scopes(ctx).flatMap(({ scope, title, id }) => {
      const inScope = all.filter((f) => f.topic.scope === scope);
      return inScope.length
        ? [subHeading(title, id, KEY_FIGURES_ID), figuresTable(ctx, inScope)]
        : [];
    }),
  ];
}
