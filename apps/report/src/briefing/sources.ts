/**
 * The sources: one row per text with what a reader needs to weigh it, as cues rather than a
 * verdict: who published it and how that is known, when, in what language and whether it is a
 * translation, what kind of copy was found, and how often it hedges, cites unnamed sources or
 * says a figure cannot be checked, with its flags.
 */
import {
  BASIS_WORDS,
  capitalise,
  claimsByDocument,
  COPY_KIND_WORDS,
  countOf,
  languageName,
  sourceName,
  TRANSLATION_WORDS,
  type Document,
  type ReportingCue,
} from '@attribution-lab/corpus/queries';
import type { Cell, Content, Inline } from 'pdfmake';
import { COLOURS, RULED, sectionHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { documentLabel, documentsInOrder, formatPartialDate } from './format.js';

export const SOURCES_ID = 'sources';

/** How many of a text's figures carry each kind of reporting cue: "1 hedged". */
const CUE_WORDS: Record<ReportingCue['kind'], string> = {
  hedge: 'hedged',
  'unnamed-source': 'from unnamed sources',
  unverifiable: 'said to be unverifiable',
};

const withBasis = (value: string, basis: keyof typeof BASIS_WORDS): Content => ({
  stack: [value, { text: BASIS_WORDS[basis], style: 'small' }],
});

function cuesAndFlags(ctx: BriefingContext, document: Document): Content {
  const claims = claimsByDocument(ctx.corpus, document.id);
  const cues = (Object.keys(CUE_WORDS) as ReportingCue['kind'][]).flatMap((kind) => {
    const n = claims.filter((c) => c.reportingCues.some((cue) => cue.kind === kind)).length;
    return n ? [`${n} ${CUE_WORDS[kind]}`] : [];
  });
  const flags = ctx.flags.all().filter((f) => f.documentId === document.id);
  const flagText: Inline[] = flags.length
    ? [`${countOf(flags.length, 'flag')}:`, ...ctx.flags.marks(flags)]
    : [{ text: 'no flags', color: COLOURS.muted }];
  return {
    stack: [
      `${countOf(claims.length, 'figure')}${cues.length ? `: ${cues.join(', ')}` : ''}`,
      { text: flagText },
    ],
  };
}

function row(ctx: BriefingContext, document: Document): Cell[] {
  const { outlet, published, originalLanguage, copy, author } = document;
  const translated =
    document.translation === 'original'
      ? `${languageName(document.language)}, ${TRANSLATION_WORDS.original}`
      : `${languageName(document.language)}, ${TRANSLATION_WORDS[document.translation]} from ${languageName(originalLanguage.language)}`;
  return [
    { text: documentLabel(ctx.corpus, document), bold: true, color: COLOURS.accent },
    withBasis(sourceName(ctx.corpus, document), outlet.basis),
    {
      stack: [
        formatPartialDate(published.date),
        { text: BASIS_WORDS[published.basis], style: 'small' },
        ...(author.name ? [{ text: `by ${author.name}`, style: 'small' }] : []),
      ],
    },
    withBasis(translated, document.translationEvidence.basis),
    {
      stack: [
        capitalise(COPY_KIND_WORDS[copy.kind]),
        ...(copy.site ? [{ text: copy.site, style: 'small' }] : []),
      ],
    },
    cuesAndFlags(ctx, document),
  ];
}

export function sources(ctx: BriefingContext): Content[] {
  const header: Cell[] = [
    'Text',
    'Published by, and how it is known',
    'Published',
    'Language',
    'Copy found',
    'Reporting cues and flags',
  ].map((h) => ({ text: h, style: 'cellHead' }));
  return [
    {
      // Five rows or so: kept whole, so the briefing proper ends on a full table.
      unbreakable: true,
      stack: [
        sectionHeading('The sources', SOURCES_ID),
        {
          text: 'Cues for weighing each text, not verdicts. “Stated”: the text says so; “inferred”: worked out from clues (Annex C gives the evidence). Cues count the figures a text hedges, credits to unnamed sources, or says cannot be checked.',
          style: 'body',
        },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [20, 112, 66, 92, 74, '*'],
            body: [header, ...documentsInOrder(ctx.corpus).map((d) => row(ctx, d))],
          },
          layout: { ...RULED, paddingTop: () => 2, paddingBottom: () => 2 },
          style: 'cell',
          fontSize: 7.5,
        },
      ],
    },
  ];
}
