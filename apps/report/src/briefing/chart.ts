/**
 * A dot plot of one contested topic: a row per text, a mark per report, drawn as vector graphics.
 * Nothing depends on colour: texts differ by row and by the shape of their mark, and what a
 * qualifier does to a figure is drawn (a hollow mark for "around", an arrow for "at least"). A
 * value that covers a span (a year, a month, a range) is a bar with end caps and no mark, since
 * the text gives no point inside it. A figure a flag calls wrong is listed under the chart, not
 * plotted, so it never stretches the axis.
 */
import {
  countOf,
  FLAG_KIND_WORDS,
  QUALIFIER_MEANINGS,
  reportedAs,
  type QualifierMeaning,
} from '@attribution-lab/corpus/queries';
import type { Claim, Document, TopicReport } from '@attribution-lab/corpus/queries';
import type { CanvasElement, Cell, Content, Inline, StackNode } from 'pdfmake';
import { BARE, COLOURS, figure } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { documentLabel, figureWords, outletName, shortSource } from './format.js';
import type { TopicFigures } from '@attribution-lab/corpus/queries';
import { axisFor, place, valueSpan, type Axis } from './scale.js';

const LABEL_WIDTH = 150;
const ROW_HEIGHT = 15;
const AXIS_LABEL_ROOM = 12;
const MARK = 4;
/** Vertical distance between reports of one text that fall on the same spot. */
const STACK = 2 * MARK + 3;

export type Reading = 'exact' | 'approximate' | 'lower-bound' | 'upper-bound';

/** How a qualifier bounds the number it qualifies, drawn from what the corpus says it commits the text to. */
const READINGS: Record<QualifierMeaning, Reading> = {
  exact: 'exact',
  approximate: 'approximate',
  'at-least': 'lower-bound',
  'more-than': 'lower-bound',
  'just-under': 'upper-bound',
};

export const reading = (claim: Claim): Reading => READINGS[QUALIFIER_MEANINGS[claim.qualifier]];

const LEGEND: Record<Reading | 'span', string> = {
  exact: 'as written',
  approximate: 'approximate (around, about, some)',
  'lower-bound': 'at least (at least, more than, over)',
  'upper-bound': 'at most (almost, nearly)',
  span: 'a span: the whole month, year or range given',
};
const CAP = 4;

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
    const room = isSpan(claim)
      ? (x1 - x0) / 2 + MARK
      : reading(claim) === 'exact' || reading(claim) === 'approximate'
        ? 2 * MARK + 1
        : 2 * MARK + 16;
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

/** A span from x0 to x1: a bar with a cap at each end, and no mark inside it. */
function spanBar(x0: number, x1: number, y: number): CanvasElement[] {
  const cap = (x: number): CanvasElement => ({
    type: 'line',
    x1: x,
    y1: y - CAP,
    x2: x,
    y2: y + CAP,
    lineWidth: 1,
    lineColor: COLOURS.ink,
  });
  return [
    { type: 'rect', x: x0, y: y - 1.5, w: x1 - x0, h: 3, color: COLOURS.muted },
    cap(x0),
    cap(x1),
  ];
}

/** Whether a value covers more than a point on the axis: a month, a year, a range. */
const isSpan = (claim: Claim) => {
  const span = valueSpan(claim.value as number | string);
  return span.end > span.start;
};

function drawRow(placed: Placed[], shape: Shape): CanvasElement[] {
  return placed.flatMap(({ claim, x0, x1, y }) =>
    isSpan(claim) ? spanBar(x0, x1, y) : symbol(reading(claim), (x0 + x1) / 2, y, shape),
  );
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

function legend(readings: Set<Reading | 'span'>): Content {
  const items = (Object.keys(LEGEND) as (Reading | 'span')[]).filter((r) => readings.has(r));
  const key = (r: Reading | 'span'): CanvasElement[] =>
    r === 'span'
      ? spanBar(1, 17, 5)
      : symbol(r, r === 'upper-bound' ? 17 : MARK + 1, 5, SHAPES[0]!);
  return {
    margin: [LABEL_WIDTH, 2, 0, 0],
    columnGap: 3,
    columns: items.flatMap((r, i): Content[] => [
      ...(i ? [{ width: 8, text: '' }] : []),
      { width: r === 'exact' || r === 'approximate' ? 9 : 22, canvas: key(r) },
      { width: 'auto', text: LEGEND[r], fontSize: 7, color: COLOURS.muted },
    ]),
  };
}

const readingOf = (claim: Claim): Reading | 'span' => (isSpan(claim) ? 'span' : reading(claim));

/**
 * The chart in a sentence, for a reader who cannot see it: "Dot plot of the number of ISIS
 * detainees held in the prison reported by 4 texts: about 3,500 (Midan), …".
 */
export function altText(ctx: BriefingContext, figures: TopicFigures): string {
  const plotted = figures.reports.filter((r) => r.claim.value !== null && !r.disqualified);
  const texts = new Set(plotted.map((r) => r.document)).size;
  const each = plotted
    .map(
      (r) =>
        `${figureWords(figures.topic, r.claim)} (${documentLabel(ctx.corpus, r.document)}, ${outletName(ctx.corpus, r.document)})`,
    )
    .join('; ');
  const flagged = figures.reports.filter((r) => r.disqualified);
  const aside = flagged.length
    ? ` Not plotted, flagged: ${flagged.map((r) => `“${reportedAs(r.claim)}” (${documentLabel(ctx.corpus, r.document)})`).join('; ')}.`
    : '';
  return `Dot plot of ${figures.topic.phrase} reported by ${countOf(texts, 'text')}, a row per text: ${each}.${aside}`;
}

/** The reports left off the chart: those with no number, and those a flag calls wrong. */
function notPlotted(ctx: BriefingContext, figures: TopicFigures): Content[] {
  const line = (title: string, reports: TopicReport[], flagged: boolean): Content[] =>
    reports.length
      ? [
          {
            text: [
              `${title}: `,
              ...reports.flatMap((r, i): Inline[] => [
                i ? '; ' : '',
                `“${reportedAs(r.claim)}” (${shortSource(ctx.corpus, r.document).replace('  ', ' ')}`,
                ...(flagged
                  ? [
                      `, ${r.flags.map((f) => FLAG_KIND_WORDS[f.kind].toLowerCase()).join(', ')}`,
                      ...ctx.flags.marks(r.flags),
                    ]
                  : []),
                ')',
              ]),
              '.',
            ],
            fontSize: 7,
            color: COLOURS.muted,
            margin: [LABEL_WIDTH, 3, 0, 0] as [number, number, number, number],
          },
        ]
      : [];
  return [
    ...line(
      'Not plotted, no number given',
      figures.reports.filter((r) => r.claim.value === null),
      false,
    ),
    ...line(
      'Flagged, not plotted',
      figures.reports.filter((r) => r.claim.value !== null && r.disqualified),
      true,
    ),
  ];
}

/** The chart, or null when no sound report of the topic gives a number to plot. */
export function dotPlot(ctx: BriefingContext, figures: TopicFigures): Content | null {
  const plotted = figures.reports.filter((r) => r.claim.value !== null && !r.disqualified);
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
  return figure<StackNode>(
    {
      unbreakable: true,
      margin: [0, 2, 0, 6],
      stack: [
        {
          table: {
            widths: [LABEL_WIDTH, width],
            heights: [...rows.map((r) => r.height), 0],
            body: [...rows.map((r) => r.cells), ['', axisRow(axis, width)]],
          },
          layout: BARE,
        },
        legend(new Set(plotted.map((r) => readingOf(r.claim)))),
        ...notPlotted(ctx, figures),
      ],
    },
    altText(ctx, figures),
  );
}
