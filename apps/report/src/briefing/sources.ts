/**
 * The sources: one entry per text, with everything a reader needs to judge it: who published it
 * and how we know, when, in what language, whether it is a translation, where the copy was found,
 * and what is wrong with it.
 */
import type { Corpus, Document, Flag } from '@attribution-lab/corpus/queries';
import {
  BASIS_WORDS,
  capitalise,
  COPY_KIND_WORDS,
  FLAG_KIND_WORDS,
  languageName,
  sourceName,
  TRANSLATION_WORDS,
} from '@attribution-lab/corpus/queries';
import type { Cell, Content, TextNode } from 'pdfmake';
import { COLOURS, NO_LINES, sectionHeading } from '../pdf/theme.js';
import type { BriefingContext } from './context.js';
import { documentLabel, documentsInOrder, formatPartialDate } from './format.js';

export const SOURCES_ID = 'sources';

export const flagNumber = (corpus: Corpus, flag: Flag): number => corpus.flags.indexOf(flag) + 1;
export const flagAnchor = (n: number): string => `flag-${n}`;

const withEvidence = (value: string, evidence: string): Content => ({
  stack: [value, { text: evidence, style: 'small', margin: [0, 1, 0, 0] }],
});

function flagsOf(ctx: BriefingContext, document: Document): Content {
  const flags = ctx.corpus.flags.filter((f) => f.documentId === document.id);
  if (flags.length === 0) return { text: 'none', color: COLOURS.muted };
  return {
    stack: flags.map((flag): TextNode => {
      const n = flagNumber(ctx.corpus, flag);
      return {
        text: [
          { text: `F${n}`, bold: true, linkToDestination: flagAnchor(n), color: COLOURS.accent },
          ` ${FLAG_KIND_WORDS[flag.kind]}: ${flag.says}`,
        ],
        margin: [0, 0, 0, 1.5],
      };
    }),
  };
}

function entry(ctx: BriefingContext, document: Document): Content {
  const { outlet, published, contentAsOf, originalLanguage, translationEvidence, copy, author } =
    document;
  const date = contentAsOf
    ? `${formatPartialDate(published.date)} (${BASIS_WORDS[published.basis]}); content as of ${formatPartialDate(contentAsOf.date)} (${BASIS_WORDS[contentAsOf.basis]})`
    : `${formatPartialDate(published.date)} (${BASIS_WORDS[published.basis]})`;
  const evidence = contentAsOf
    ? `${published.evidence} ${contentAsOf.evidence}`
    : published.evidence;
  const where = [copy.site, copy.url].filter(Boolean).join(', ');
  const rows: [string, Content][] = [
    ['Title', { text: document.title, italics: true }],
    [
      'Published by',
      withEvidence(
        `${sourceName(ctx.corpus, document)} (${BASIS_WORDS[outlet.basis]})`,
        outlet.evidence,
      ),
    ],
    ['Author', author.name ? `${author.name} (${BASIS_WORDS[author.basis]})` : 'not named'],
    ['Date', withEvidence(date, evidence)],
    [
      'Language',
      withEvidence(
        `${languageName(document.language)} text; original language ${languageName(originalLanguage.language)} (${BASIS_WORDS[originalLanguage.basis]}); ${TRANSLATION_WORDS[document.translation]} (${BASIS_WORDS[translationEvidence.basis]})`,
        `${originalLanguage.evidence} ${translationEvidence.evidence}`,
      ),
    ],
    [
      'Copy',
      withEvidence(
        `${capitalise(COPY_KIND_WORDS[copy.kind])}${where ? `: ${where}` : ''}`,
        copy.evidence,
      ),
    ],
    ['Kind of text', capitalise(document.genre.replace('-', ' and '))],
    ['Flags', flagsOf(ctx, document)],
  ];
  const body: Cell[][] = rows.map(([label, value]) => [
    { text: label.toUpperCase(), style: 'label', margin: [0, 1, 0, 0] },
    value,
  ]);
  const label = documentLabel(ctx.corpus, document);
  // The heading is the table's header row, so it repeats when an entry runs onto the next page
  // and is never left alone at the bottom of one.
  const heading: Cell[] = [
    {
      text: [{ text: `${label}  `, color: COLOURS.accent }, sourceName(ctx.corpus, document)],
      style: 'h2',
      id: `source-${label}`,
      colSpan: 2,
    },
    '',
  ];
  return {
    table: {
      widths: [70, '*'],
      headerRows: 1,
      keepWithHeaderRows: 2,
      dontBreakRows: true,
      body: [heading, ...body],
    },
    layout: NO_LINES,
    style: 'cell',
    margin: [0, 0, 0, 12],
  };
}

export function sources(ctx: BriefingContext): Content[] {
  return [
    sectionHeading('The sources', SOURCES_ID),
    {
      text: 'One entry per text. “Stated” means the text itself says so; “inferred” means the corpus concludes it from cues in the text or outside knowledge, and the grey line under each answer gives the evidence.',
      style: 'lead',
    },
    ...documentsInOrder(ctx.corpus).map((d) => entry(ctx, d)),
  ];
}
