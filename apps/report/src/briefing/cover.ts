/**
 * The top of page one: what the briefing is about and which edition of the data it was made from,
 * in a band short enough to leave the page to the event's figures.
 */
import { countOf, type Corpus } from '@attribution-lab/corpus/queries';
import type { BackgroundContent, Content, Inline } from 'pdfmake';
import { BARE, COLOURS, MARGIN } from '@attribution-lab/worksheet';
import type { Edition } from '@attribution-lab/worksheet';
import { claimsInScope, type BriefingContext } from './context.js';
import { formatPartialDate } from './format.js';

const COVER_BAND_HEIGHT = 106;

/** The accent band behind the title on the first page, with the series line above it. */
export const coverBackground: BackgroundContent = (page, size) =>
  page === 1
    ? {
        stack: [
          {
            canvas: [
              {
                type: 'rect',
                x: 0,
                y: 0,
                w: size.width,
                h: COVER_BAND_HEIGHT,
                color: COLOURS.accent,
              },
            ],
          },
          {
            absolutePosition: { x: MARGIN.side, y: 26 },
            stack: [
              {
                text: 'ATTRIBUTION LAB  ·  SOURCE BRIEFING',
                fontSize: 8,
                bold: true,
                color: COLOURS.white,
              },
            ],
          },
        ],
      }
    : null;

function datesCovered(corpus: Corpus): string {
  const dates = corpus.documents.map((d) => d.published.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return 'no texts';
  return first === last
    ? formatPartialDate(first)
    : `${formatPartialDate(first)} to ${formatPartialDate(last)}`;
}

/** The edition date, saying so when it is the corpus's release date rather than one asked for. */
function editionText(corpus: Corpus, edition: Edition): string {
  const date = formatPartialDate(edition.date);
  return edition.basis === 'release'
    ? `${date}, the release date of corpus version ${corpus.version}`
    : date;
}

const fact = (label: string, value: string): Inline[] => [
  { text: `${label.toUpperCase()} `, style: 'label' },
  value,
];

export function cover(ctx: BriefingContext, edition: Edition): Content[] {
  const { corpus } = ctx;
  const title = corpus.event.name;
  const band: Content = {
    stack: [
      { text: title, fontSize: title.length > 50 ? 15 : 18, bold: true, lineHeight: 1 },
      {
        text: `${corpus.event.place}. What ${countOf(corpus.documents.length, 'text')} report, whom they credit, and what is not known.`,
        fontSize: 9.5,
        margin: [0, 2, 0, 0],
      },
    ],
    color: COLOURS.white,
  };
  const texts = `${countOf(corpus.documents.length, 'text')}, published ${datesCovered(corpus)}, giving ${countOf(claimsInScope(ctx).length, 'figure')} on ${countOf(ctx.topics.length, 'topic')}; corpus version ${corpus.version}`;
  return [
    // A one-cell table of fixed height holds the title inside the band, whatever its length.
    {
      table: { widths: ['*'], heights: [COVER_BAND_HEIGHT - MARGIN.top], body: [[band]] },
      layout: BARE,
    },
    {
      text: [
        ...fact('Texts', texts),
        '   ',
        ...fact('Edition date', editionText(corpus, edition)),
        '   ',
        ...fact('Verified', 'no: every figure as a text reports it'),
      ],
      fontSize: 7.5,
      margin: [0, 5, 0, 0],
    },
  ];
}
