/**
 * A dot plot of one contested topic: a row per text, a mark per report, drawn as vector graphics.
 * Nothing depends on colour: texts differ by row and by the shape of their mark, and what a
 * qualifier does to a figure is drawn (a hollow mark for "around", an arrow for "at least").
 */
import { reportedAs } from '@attribution-lab/corpus/queries';
import type { Claim, Document } from '@attribution-lab/corpus/queries';
import type { CanvasElement, Cell, Content } from 'pdfmake';
import { BARE, COLOURS } from '../pdf/theme.js';
import type { BriefingContext } from './context.js';
import { documentSource, shortSource } from './format.js';
import type { TopicFigures } from '@attribution-lab/corpus/queries';
import { rangeText } from './figures.js';
import { axisFor, place, valueSpan, type Axis } from './scale.js';

const LABEL_WIDTH = 150;
const ROW_HEIGHT = 18;
const AXIS_LABEL_ROOM = 14;
const MARK = 4;
/** Vertical distance between reports of one text that fall on the same spot. */
const STACK = 2 * MARK + 3;

export type Reading = 'exact' | 'approximate' | 'lower-bound' | 'upper-bound';

/** How a qualifier bounds the number it qualifies. */
export function reading(claim: Claim): Reading {
  switch (claim.qualifier) {
    case 'around':
    case 'about':
    case 'some':
      return 'approximate';
    case 'at least':
    case 'more than':
    case 'over':
      return 'lower-bound';
    case 'almost':
    case 'nearly':
      return 'upper-bound';
    default:
      return 'exact';
  }
}

const LEGEND: Record<Reading, string> = {
  exact: 'as written',
  approximate: 'approximate (around, about, some)',
  'lower-bound': 'at least (at least, more than, over)',
  'upper-bound': 'at most (almost, nearly)',
};

type Shape = (x: number, y: number, fill: string) => CanvasElement;
const polygon = (points: [number, number][], fill: string): CanvasElement => ({
  type: 'polyline',
  points: points.map(([x, y]) => ({ x, y })),
  closePath: true,
  color: fill,
  lineColor: COLOURS.ink,
  lineWidth: 0.8,
});
const SHAPES: Shape[] = [
  (x, y, fill) => ({
    type: 'ellipse',
    x,
    y,
    r1: MARK,
    r2: MARK,
    color: fill,
    lineColor: COLOURS.ink,
    lineWidth: 0.8,
  }),
  (x, y, fill) =>
    polygon(
      [
        [x - MARK, y - MARK],
        [x + MARK, y - MARK],
        [x + MARK, y + MARK],
        [x - MARK, y + MARK],
      ],
      fill,
    ),
  (x, y, fill) =>
    polygon(
      [
        [x, y - MARK - 1],
        [x + MARK + 1, y + MARK],
        [x - MARK - 1, y + MARK],
      ],
      fill,
    ),
  (x, y, fill) =>
    polygon(
      [
        [x, y - MARK - 1],
        [x + MARK + 1, y],
        [x, y + MARK + 1],
        [x - MARK - 1, y],
      ],
      fill,
    ),
  (x, y, fill) =>
    polygon(
      [
        [x - MARK - 1, y - MARK],
        [x + MARK + 1, y - MARK],
        [x, y + MARK + 1],
      ],
      fill,
    ),
];
const shapeOf = (ctx: BriefingContext, document: Document): Shape =>
  SHAPES[ctx.corpus.documents.indexOf(document) % SHAPES.length]!;

function arrow(x: number, y: number, direction: 1 | -1): CanvasElement[] {
  const tip = x + direction * (MARK + 11);
  return [
    {
      type: 'line',
      x1: x + direction * MARK,
      y1: y,
      x2: tip,
      y2: y,
      lineWidth: 0.9,
      lineColor: COLOURS.ink,
    },
    polygon(
      [
        [tip, y],
        [tip - direction * 4, y - 2.5],
        [tip - direction * 4, y + 2.5],
      ],
      COLOURS.ink,
    ),
  ];
}

/** A mark as the reading of its qualifier draws it. */
function symbol(read: Reading, x: number, y: number, shape: Shape): CanvasElement[] {
  return [
    ...(read === 'lower-bound' ? arrow(x, y, 1) : []),
    ...(read === 'upper-bound' ? arrow(x, y, -1) : []),
    shape(x, y, read === 'approximate' ? COLOURS.white : COLOURS.ink),
  ];
}

interface Placed {
  claim: Claim;
  x0: number;
  x1: number;
  y: number;
}

/** Positions of one text's reports; reports on the same spot are stacked, not drawn over each other. */
function layoutRow(
  claims: Claim[],
  axis: Axis,
  width: number,
): { placed: Placed[]; height: number } {
  const spots: { x: number; room: number; claims: { claim: Claim; x0: number; x1: number }[] }[] =
    [];
  for (const claim of claims) {
    const span = valueSpan(claim.value as number | string);
    const x0 = place(axis, span.start, width);
    const x1 = place(axis, span.end, width);
    const x = (x0 + x1) / 2;
    // Marks closer than their own width, or than an arrow's length, would be drawn over each other.
    const room =
      reading(claim) === 'exact' || reading(claim) === 'approximate' ? 2 * MARK + 1 : 2 * MARK + 16;
    const spot = spots.find((s) => Math.abs(s.x - x) < Math.max(room, s.room));
    if (spot) spot.claims.push({ claim, x0, x1 });
    else spots.push({ x, room, claims: [{ claim, x0, x1 }] });
  }
  const deepest = Math.max(...spots.map((s) => s.claims.length));
  const height = Math.max(ROW_HEIGHT, deepest * STACK + 6);
  const placed = spots.flatMap((s) =>
    s.claims.map((c, i) => ({ ...c, y: height / 2 + (i - (s.claims.length - 1) / 2) * STACK })),
  );
  return { placed, height };
}

function drawRow(placed: Placed[], shape: Shape): CanvasElement[] {
  return placed.flatMap(({ claim, x0, x1, y }) => [
    // A date the text gives only to the month or year is a span: the bar shows all of it.
    ...(x1 - x0 > 1
      ? [{ type: 'rect', x: x0, y: y - 2, w: x1 - x0, h: 4, color: COLOURS.rule } as CanvasElement]
      : []),
    ...symbol(reading(claim), (x0 + x1) / 2, y, shape),
  ]);
}

const grid = (axis: Axis, width: number, height: number): CanvasElement[] =>
  axis.ticks.map((t) => {
    const x = place(axis, t.at, width);
    return {
      type: 'line',
      x1: x,
      y1: 0,
      x2: x,
      y2: height,
      lineWidth: 0.4,
      lineColor: COLOURS.faint,
    };
  });

function axisRow(axis: Axis, width: number): Content {
  const labels: Content[] = axis.ticks.map((t) => ({
    relativePosition: { x: place(axis, t.at, width) - 40, y: 5 },
    columns: [
      { width: 80, text: t.label, alignment: 'center', fontSize: 6.5, color: COLOURS.muted },
    ],
  }));
  const canvas: CanvasElement[] = [
    { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: COLOURS.muted },
    ...axis.ticks.map((t): CanvasElement => {
      const x = place(axis, t.at, width);
      return { type: 'line', x1: x, y1: 0, x2: x, y2: 3, lineWidth: 0.6, lineColor: COLOURS.muted };
    }),
  ];
  // Tick labels are placed relative to the axis and take no room; the margin makes room for them.
  return { stack: [...labels, { canvas }], margin: [0, 0, 0, AXIS_LABEL_ROOM] };
}

function legend(readings: Set<Reading>): Content {
  const items = (Object.keys(LEGEND) as Reading[]).filter((r) => readings.has(r));
  return {
    margin: [LABEL_WIDTH, 2, 0, 0],
    columnGap: 3,
    columns: items.flatMap((r, i): Content[] => [
      ...(i ? [{ width: 8, text: '' }] : []),
      {
        width: r === 'upper-bound' || r === 'lower-bound' ? 22 : 9,
        canvas: symbol(r, r === 'upper-bound' ? 17 : MARK + 1, 5, SHAPES[0]!),
      },
      { width: 'auto', text: LEGEND[r], fontSize: 7, color: COLOURS.muted },
    ]),
  };
}

/**
 * What the chart shows, for a reader who cannot see it (the figure's alternative text): the scale,
 * and each text's reports in its own words, row by row.
 */
function chartAlt(ctx: BriefingContext, figures: TopicFigures, documents: Document[]): string {
  const rows = documents.map((document) => {
    const reports = figures.reports
      .filter((r) => r.document === document && r.claim.value !== null)
      .map((r) => `“${reportedAs(r.claim)}”`);
    return `${documentSource(ctx.corpus, document)}: ${reports.join(', ')}`;
  });
  return `Chart: ${figures.topic.label}. Each text's reports on one scale, ${rangeText(figures)}. ${rows.join('; ')}.`;
}

/** The chart, or null when no report of the topic gives a number to plot. */
export function dotPlot(ctx: BriefingContext, figures: TopicFigures): Content | null {
  const plotted = figures.reports.filter((r) => r.claim.value !== null);
  if (plotted.length === 0) return null;
  const width = ctx.width - LABEL_WIDTH;
  const axis = axisFor(
    figures.topic,
    plotted.map((r) => valueSpan(r.claim.value as number | string)),
  );
  const documents = [...new Set(plotted.map((r) => r.document))];
  const rows = documents.map((document) => {
    const claims = plotted.filter((r) => r.document === document).map((r) => r.claim);
    const { placed, height } = layoutRow(claims, axis, width);
    const cells: Cell[] = [
      {
        text: shortSource(ctx.corpus, document),
        alignment: 'right',
        fontSize: 7.5,
        margin: [0, 0, 8, 0],
        verticalAlignment: 'middle',
      },
      { canvas: [...grid(axis, width, height), ...drawRow(placed, shapeOf(ctx, document))] },
    ];
    return { cells, height };
  });
  const notPlotted = figures.reports.filter((r) => r.claim.value === null);
  return {
    alt: chartAlt(ctx, figures, documents),
    unbreakable: true,
    margin: [0, 4, 0, 8],
    stack: [
      {
        table: {
          widths: [LABEL_WIDTH, width],
          heights: [...rows.map((r) => r.height), 0],
          body: [...rows.map((r) => r.cells), ['', axisRow(axis, width)]],
        },
        layout: BARE,
      },
      legend(new Set(plotted.map((r) => reading(r.claim)))),
      ...(notPlotted.length
        ? [
            {
              text: `Not plotted, no number given: ${notPlotted.map((r) => `“${reportedAs(r.claim)}” (${shortSource(ctx.corpus, r.document)})`).join('; ')}.`,
              fontSize: 7,
              color: COLOURS.muted,
              margin: [LABEL_WIDTH, 3, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
}
