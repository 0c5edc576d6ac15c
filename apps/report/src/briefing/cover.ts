/**
 * The cover: what the briefing is about, what it covers, which edition of the data it was made
 * from, and the few findings a reader should take away if they read nothing else.
 */
import type { BackgroundContent, Content } from 'pdfmake';
import { BARE, COLOURS, MARGIN, NO_LINES, shadedBox } from '../pdf/theme.js';
import type { Edition } from '../edition.js';
import { claimsInScope, type BriefingContext } from './context.js';
import { formatDate, formatPartialDate } from './format.js';
import { topicFigures } from '@attribution-lab/corpus/queries';
import { rangeText } from './figures.js';

const COVER_BAND_HEIGHT = 236;

/** The accent band behind the title on the first page. */
export const coverBackground: BackgroundContent = (page, size) =>
  page === 1
    ? {
        canvas: [
          { type: 'rect', x: 0, y: 0, w: size.width, h: COVER_BAND_HEIGHT, color: COLOURS.accent },
        ],
      }
    : null;

function datesCovered(ctx: BriefingContext): string {
  const dates = ctx.corpus.documents.map((d) => d.published.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return 'no texts';
  return first === last
    ? formatPartialDate(first)
    : `${formatPartialDate(first)} to ${formatPartialDate(last)}`;
}

function highlights(ctx: BriefingContext): string[] {
  const { corpus } = ctx;
  const named = corpus.documents.filter((d) => d.outlet.outletId !== null).length;
  const unnamed = corpus.documents.length - named;
  const inScope = claimsInScope(ctx);
  const contested = ctx.topics
    .map((t) => topicFigures(corpus, t))
    .filter((f) => f.topic.scope === 'event' && f.disagree)
    .sort((a, b) => b.reports.length - a.reports.length)
    .slice(0, 4);
  return [
    `${corpus.documents.length} texts (${named} from an identified outlet, ${unnamed} from an outlet that cannot be identified) report ${inScope.length} figures on ${ctx.topics.length} topics.`,
    ...contested.map(
      (f) =>
        `${f.topic.label}: ${rangeText(f)}, in ${f.reports.length} reports across ${new Set(f.reports.map((r) => r.document.id)).size} texts.`,
    ),
    `${corpus.flags.length} problems are flagged in the texts themselves (errors, contradictions, translation artefacts); each is quoted under Caveats and method.`,
    'Every figure is given as the text reports it, with the source the text credits. None has been verified for this briefing.',
  ];
}

const metaRow = (label: string, value: string): Content[] => [
  { text: label.toUpperCase(), style: 'label', margin: [0, 1.5, 0, 0] },
  { text: value, fontSize: 9.5 },
];

/** The edition date, saying so when it is the corpus's release date rather than one asked for. */
function editionText(ctx: BriefingContext, edition: Edition): string {
  const date = formatPartialDate(edition.date);
  return edition.basis === 'release'
    ? `${date}, the release date of corpus version ${ctx.corpus.version}`
    : date;
}

export function cover(ctx: BriefingContext, edition: Edition): Content[] {
  const { corpus } = ctx;
  const title = corpus.event.name;
  const band: Content = {
    stack: [
      {
        text: 'ATTRIBUTION LAB  ·  SOURCE BRIEFING',
        fontSize: 8.5,
        bold: true,
        characterSpacing: 1.2,
        margin: [0, 0, 0, 12],
      },
      { text: title, fontSize: title.length > 60 ? 20 : 25, bold: true, lineHeight: 1.1 },
      {
        text: `${corpus.event.place}. What ${corpus.documents.length} texts report, whom they credit, and where their figures disagree.`,
        fontSize: 11.5,
        margin: [0, 10, 0, 0],
      },
    ],
    color: COLOURS.white,
  };
  return [
    // A one-cell table of fixed height holds the title inside the band, whatever its length.
    {
      table: { widths: ['*'], heights: [COVER_BAND_HEIGHT - MARGIN.top], body: [[band]] },
      layout: BARE,
    },
    {
      margin: [0, 22, 0, 16],
      table: {
        widths: [92, '*'],
        body: [
          metaRow('Event', corpus.event.name),
          metaRow('Place', corpus.event.place),
          metaRow('Event began', formatDate(corpus.event.began)),
          metaRow('Texts published', datesCovered(ctx)),
          metaRow('Data', `${corpus.title}, corpus version ${corpus.version}`),
          metaRow('Edition date', editionText(ctx, edition)),
        ],
      },
      layout: NO_LINES,
    },
    shadedBox({
      stack: [
        { text: 'HIGHLIGHTS', style: 'label', color: COLOURS.accent, margin: [0, 0, 0, 5] },
        { ul: highlights(ctx), markerColor: COLOURS.accent, lineHeight: 1.25 },
      ],
    }),
    { text: 'About this briefing', style: 'h2' },
    { text: corpus.event.description, style: 'body' },
  ];
}

/** How to read the briefing, printed under the contents. */
export const howToRead: Content[] = [
  { text: 'How to read this briefing', style: 'h2', margin: [0, 18, 0, 4] },
  {
    ul: [
      'Every figure is given in the words of the text that reports it, with the source that text credits. “No source named” means the text states the figure in its own voice.',
      'Small raised numbers refer to the notes at the end, which quote the exact passage each figure comes from and where it is in the text.',
      'Texts are referred to by number (000, 001…); The sources describes each one, including how its outlet, date and language are known.',
      'Where a text is wrong or unclear, the briefing keeps what it says and flags it; every flag is quoted under Caveats and method.',
    ],
    style: 'body',
    markerColor: COLOURS.accent,
  },
];
