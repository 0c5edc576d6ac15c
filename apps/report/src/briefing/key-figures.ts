/**
 * Key figures: a box for each of the event's headline measures. A running count shows its latest
 * report (the figure in the text's words, who reported it, whom it credits, as of when) and then
 * the spread of the reports it supersedes; an estimate or a duration shows the spread of the
 * competing reports, with the texts that give each end. Qualifiers are never dropped, a figure a
 * flag calls wrong is never an end, and a figure a flag calls into question carries its flag.
 */
import {
  reportedAs,
  topicFigures,
  withQualifier,
  type Spread,
  type SpreadEnd,
  type TopicFigures,
  type TopicReport,
} from '@attribution-lab/corpus/queries';
import type { Cell, Content, Inline, TextNode } from 'pdfmake';
import { COLOURS, boxLayout, pageOneHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { asOfWords, creditedTo, documentLabel, formatValue, outletName } from './format.js';
import { noteRefs } from './notes.js';

export const KEY_FIGURES_ID = 'key-figures';
const BOXES_PER_ROW = 3;

/** The headline measures of the event, in corpus order, that some text reports. */
export const headlineFigures = (ctx: BriefingContext): TopicFigures[] =>
  ctx.topics
    .filter((t) => t.scope === 'event' && t.headline)
    .map((t) => topicFigures(ctx.corpus, t))
    .filter((f) => f.reports.length > 0);

const label = (ctx: BriefingContext, r: TopicReport) => documentLabel(ctx.corpus, r.document);

/** Whom a report credits, short enough for a box; whether the credit is implied is in its note. */
const creditOf = (ctx: BriefingContext, r: TopicReport): string =>
  creditedTo(ctx.corpus, r.claim, false);

/** The figure as the box's large type: "some 346", with the unit after it in small type. */
function bigFigure(figures: TopicFigures, words: string, withUnit: boolean): TextNode {
  return {
    text: [
      { text: words, fontSize: words.length > 16 ? 11 : 13, bold: true, color: COLOURS.accent },
      ...(withUnit ? [{ text: ` ${figures.topic.unit}`, fontSize: 8, color: COLOURS.ink }] : []),
    ],
    lineHeight: 1,
    margin: [0, 1, 0, 1],
  };
}

/** "004, an unnamed English-language outlet; no source named; as of 23 March 2023 (inferred)". */
function reportLine(ctx: BriefingContext, r: TopicReport): TextNode {
  return {
    text: [
      { text: label(ctx, r), bold: true },
      `, ${outletName(ctx.corpus, r.document)}; `,
      r.claim.attribution.actorId ? `credited to ${creditOf(ctx, r)}` : 'no source named',
      `; as of ${asOfWords(r.claim)}`,
      ...noteRefs(ctx.notes, [r.claim.id]),
      ...ctx.flags.questioning(r),
    ],
  };
}

/**
 * One end of a spread in the texts' words: each wording with the texts that use it, "about 3,500
 * (002); around 3,500 (001)", so that an end whose reports hedge differently keeps every hedge.
 */
function endText(ctx: BriefingContext, figures: TopicFigures, end: SpreadEnd): Inline[] {
  const worded = new Map<string, TopicReport[]>();
  for (const r of end.reports) {
    const words = reportedAs(r.claim);
    worded.set(words, [...(worded.get(words) ?? []), r]);
  }
  return [...worded].flatMap(([words, reports], i): Inline[] => {
    const texts = [...new Set(reports.map((r) => label(ctx, r)))].join(', ');
    const credits = new Set(reports.map((r) => creditOf(ctx, r)));
    const [credit] = credits;
    const credited = credits.size === 1 && credit !== 'no source named' ? `, ${credit}` : '';
    return [
      i ? '; ' : '',
      { text: words, bold: true },
      ` (${texts}${credited})`,
      ...noteRefs(
        ctx.notes,
        reports.map((r) => r.claim.id),
      ),
      ...reports.flatMap((r) => ctx.flags.questioning(r)),
    ];
  });
}

/** "at least 6 (000, Yahoo News) to 45 (003, …)", or one end when both are the same value. */
function spreadText(ctx: BriefingContext, figures: TopicFigures, spread: Spread): Inline[] {
  const same = spread.low.reports.every((r) => spread.high.reports.includes(r));
  return same
    ? endText(ctx, figures, spread.low)
    : [...endText(ctx, figures, spread.low), ' to ', ...endText(ctx, figures, spread.high)];
}

const small = (text: Inline[], margin: [number, number, number, number] = [0, 2, 0, 0]) => ({
  text,
  fontSize: 7,
  color: COLOURS.muted,
  margin,
});

/** Reports with no number or a disqualified one, which no spread includes: "“Dozens” (002)". */
function aside(ctx: BriefingContext, reports: readonly TopicReport[]): Inline[] {
  return reports.flatMap((r, i): Inline[] => [
    i ? '; ' : '',
    `“${reportedAs(r.claim)}” (${label(ctx, r)}${r.disqualified ? ', flagged' : ''})`,
    ...noteRefs(ctx.notes, [r.claim.id]),
    ...ctx.flags.marks(r.disqualified ? r.flags : []),
    ...(r.disqualified ? [] : ctx.flags.questioning(r)),
  ]);
}

function runningCountBox(ctx: BriefingContext, figures: TopicFigures): Content[] {
  const { latest, earlier } = figures;
  const words = [...new Set(latest.map((r) => reportedAs(r.claim)))].join(' or ');
  const others = figures.reports.filter(
    (r) => !latest.includes(r) && (r.claim.value === null || r.disqualified),
  );
  return [
    bigFigure(
      figures,
      words,
      latest.every((r) => r.claim.interpretation === null),
    ),
    ...latest.map((r) => ({ ...reportLine(ctx, r), fontSize: 7.5 })),
    ...(earlier ? [small(['Earlier: ', ...spreadText(ctx, figures, earlier)])] : []),
    ...(others.length ? [small([earlier ? 'Also: ' : 'Earlier: ', ...aside(ctx, others)])] : []),
  ];
}

/** An end in a headline: its one wording ("over a week"), or its value when the texts word it differently. */
function endHeadline(figures: TopicFigures, end: SpreadEnd): string {
  const wordings = new Set(end.reports.map((r) => reportedAs(r.claim)));
  const [only] = wordings;
  return wordings.size === 1
    ? only!
    : withQualifier(end.qualifier ?? 'none', formatValue(figures.topic, end.value));
}

const isWorded = (end: SpreadEnd) => end.reports.some((r) => r.claim.interpretation !== null);

/**
 * "six days to over a week", "3,500 to 5,000", "about 100": the spread as large type. When one end
 * is words that carry their own unit ("over a week"), a bare number at the other end gets the
 * topic's unit, or it would read as "six to over a week".
 */
function spreadHeadline(figures: TopicFigures, spread: Spread): string {
  const mixed = isWorded(spread.low) || isWorded(spread.high);
  const end = (e: SpreadEnd) => {
    const words = endHeadline(figures, e);
    return mixed && !isWorded(e) ? `${words} ${figures.topic.unit}` : words;
  };
  const low = end(spread.low);
  const high = end(spread.high);
  return low === high ? low : `${low} to ${high}`;
}

function competingBox(ctx: BriefingContext, figures: TopicFigures): Content[] {
  const { spread } = figures;
  const others = figures.reports.filter((r) => r.claim.value === null || r.disqualified);
  const sound = figures.reports.filter((r) => r.claim.value !== null && !r.disqualified);
  if (!spread)
    return [bigFigure(figures, 'no number', false), small(['Reported: ', ...aside(ctx, others)])];
  const one = new Set(sound.map((r) => r.document)).size === 1 && sound.length === 1;
  const lines: Content[] = one
    ? [{ ...reportLine(ctx, sound[0]!), fontSize: 7.5 }]
    : [small(['Reports: ', ...spreadText(ctx, figures, spread)], [0, 0, 0, 0])];
  const worded = [...spread.low.reports, ...spread.high.reports].some(
    (r) => r.claim.interpretation !== null,
  );
  return [
    bigFigure(figures, spreadHeadline(figures, spread), !worded),
    ...lines,
    ...(others.length ? [small(['Also: ', ...aside(ctx, others)])] : []),
  ];
}

function box(ctx: BriefingContext, figures: TopicFigures): Content {
  const body = figures.latest.length ? runningCountBox(ctx, figures) : competingBox(ctx, figures);
  return {
    stack: [{ text: figures.topic.label.toUpperCase(), style: 'label' }, ...body],
    fontSize: 7.5,
    lineHeight: 1.1,
  };
}

export function keyFigures(ctx: BriefingContext): Content[] {
  const headline = headlineFigures(ctx);
  const heading = pageOneHeading('Key figures', KEY_FIGURES_ID);
  if (headline.length === 0)
    return [
      heading,
      {
        text: 'The corpus marks none of the topics in this briefing as one of the event’s main measures; every figure is in Annex A.',
        style: 'body',
      },
    ];
  const rows: Cell[][] = [];
  for (let i = 0; i < headline.length; i += BOXES_PER_ROW) {
    const row: Cell[] = headline.slice(i, i + BOXES_PER_ROW).map((f) => box(ctx, f));
    while (row.length < BOXES_PER_ROW) row.push({ text: '', fillColor: COLOURS.white });
    rows.push(row);
  }
  return [
    {
      columns: [
        { ...heading, width: 90 },
        {
          text: 'Growing counts: the latest report, then earlier ones. Estimates and durations: lowest and highest.',
          style: 'small',
          alignment: 'right',
          margin: [12, 10, 0, 0],
        },
      ],
    },
    {
      table: { widths: Array(BOXES_PER_ROW).fill('*'), body: rows, dontBreakRows: true },
      layout: {
        ...boxLayout(COLOURS.accentTint),
        paddingLeft: () => 5,
        paddingRight: () => 5,
        paddingTop: () => 4,
        paddingBottom: () => 4,
        vLineWidth: () => 4,
        vLineColor: () => COLOURS.white,
        hLineWidth: () => 3,
        hLineColor: () => COLOURS.white,
      },
      margin: [-4, 0, -4, -3],
    },
  ];
}
