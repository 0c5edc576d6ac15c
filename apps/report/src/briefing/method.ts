/**
 * Annex C, method and flags: what the figures are and are not, what the corpus infers rather than
 * reads, every problem flagged in the texts with the words that show it (numbered in reading
 * order), and how the corpus was built and checked.
 */
import type { Claim } from '@attribution-lab/corpus/queries';
import {
  BASIS_WORDS,
  countOf,
  FLAG_KIND_WORDS,
  getDocument,
  languageName,
  TRANSLATION_WORDS,
} from '@attribution-lab/corpus/queries';
import type { Cell, Content, Inline } from 'pdfmake';
import {
  COLOURS,
  RULED,
  keepWithNext,
  sectionHeading,
  shadedBox,
  subHeading,
} from '@attribution-lab/worksheet';
import { claimsInScope, type BriefingContext, type IntegrityCheck } from './context.js';
import {
  curlyQuotes,
  documentLabel,
  documentSource,
  documentsInOrder,
  formatPartialDate,
} from './format.js';
import { flagAnchor } from './flags.js';
import { noteList } from './notes.js';

export const METHOD_ID = 'method';

/** The notes of the claims, in parentheses: " (notes 3–5, 9)". */
function refs(ctx: BriefingContext, claims: Claim[]): Inline[] {
  return [' (', ...noteList(claims.map((c) => ctx.notes.cite(c.id))), ')'];
}

function inferences(ctx: BriefingContext): Content[] {
  const { corpus } = ctx;
  const inScope = claimsInScope(ctx);
  const items: Content[] = [];
  for (const document of documentsInOrder(corpus)) {
    const label = documentLabel(corpus, document);
    if (document.outlet.basis !== 'stated') {
      items.push({
        text: [
          { text: `Publisher of ${label}: `, bold: true },
          `${BASIS_WORDS[document.outlet.basis]}. ${curlyQuotes(document.outlet.evidence)}`,
        ],
      });
    }
    if (document.published.basis !== 'stated') {
      items.push({
        text: [
          { text: `Date of ${label}: `, bold: true },
          `${BASIS_WORDS[document.published.basis]}. ${curlyQuotes(document.published.evidence)}`,
        ],
      });
    }
    if (document.translationEvidence.basis !== 'stated' && document.translation !== 'original') {
      items.push({
        text: [
          { text: `Language of ${label}: `, bold: true },
          `${TRANSLATION_WORDS[document.translation]} from ${languageName(document.originalLanguage.language)}, ${BASIS_WORDS[document.translationEvidence.basis]}. ${curlyQuotes(`${document.originalLanguage.evidence} ${document.translationEvidence.evidence}`)}`,
        ],
      });
    }
  }
  const implied = inScope.filter((c) => c.attribution.basis === 'implied');
  if (implied.length) {
    items.push({
      text: [
        { text: 'Credit implied, not stated: ', bold: true },
        `for ${countOf(implied.length, 'figure')} no words in the sentence give the credit (such as “according to”); the corpus reads it, or the text’s own voice, from the context`,
        ...refs(ctx, implied),
        '.',
      ],
    });
  }
  const dateParts = inScope.filter((c) => c.inferred);
  if (dateParts.length) {
    items.push({
      text: [
        { text: 'Parts of dates supplied: ', bold: true },
        `${countOf(dateParts.length, 'date')} ${dateParts.length === 1 ? 'lacks' : 'lack'} a year, month or day in the text, which the corpus supplies from the context`,
        ...refs(ctx, dateParts),
        '.',
      ],
    });
  }
  const asOf = inScope.filter((c) => c.asOf.basis !== 'stated').length;
  if (asOf) {
    items.push({
      text: [
        { text: 'Dates figures speak for: ', bold: true },
        `for ${asOf} of ${countOf(inScope.length, 'figure')} the text does not say when the figure held; the “as of” date is inferred, usually from the date of the text.`,
      ],
    });
  }
  return items.length
    ? [{ ul: items, style: 'body' }]
    : [{ text: 'Nothing in this briefing rests on an inference.', style: 'body' }];
}

function flagEntries(ctx: BriefingContext): Content[] {
  const { corpus } = ctx;
  if (corpus.flags.length === 0)
    return [{ text: 'No problems are flagged in the texts.', style: 'body' }];
  const inScope = new Set(claimsInScope(ctx).map((c) => c.id));
  return ctx.flags.all().map((flag) => {
    const n = ctx.flags.number(flag);
    const document = getDocument(corpus, flag.documentId);
    const affected = flag.claimIds
      .filter((id) => inScope.has(id))
      .map((id) => corpus.claims.find((c) => c.id === id)!);
    return {
      unbreakable: true,
      margin: [0, 0, 0, 8],
      stack: [
        {
          id: flagAnchor(n),
          text: [
            { text: `F${n}  `, color: COLOURS.warning },
            FLAG_KIND_WORDS[flag.kind],
            { text: `  ·  ${documentSource(corpus, document)}`, color: COLOURS.muted, bold: false },
          ],
          bold: true,
          fontSize: 9,
        },
        { text: `“${flag.quote.exact}”`, style: 'quote', margin: [10, 2, 0, 2] },
        {
          text: [{ text: 'The text says: ', bold: true }, curlyQuotes(flag.says)],
          margin: [10, 0, 0, 1],
        },
        {
          text: [{ text: 'Why it matters: ', bold: true }, curlyQuotes(flag.why)],
          margin: [10, 0, 0, 1],
        },
        ...(affected.length
          ? [
              {
                text: [
                  'Figures affected: ',
                  ...noteList(affected.map((c) => ctx.notes.cite(c.id))),
                ],
                style: 'small',
                margin: [10, 0, 0, 0] as [number, number, number, number],
              },
            ]
          : []),
      ],
    };
  });
}

function construction(ctx: BriefingContext, checks: readonly IntegrityCheck[]): Content[] {
  const { corpus } = ctx;
  const setAside = corpus.nonClaims.length;
  const header: Cell[] = ['Text', 'File, and where the copy was found', 'SHA-256 of the text'].map(
    (h) => ({ text: h, style: 'cellHead' }),
  );
  // The address lets a reader send anyone to the copy the corpus holds; the digest proves the
  // words are the same.
  const digests: Cell[][] = documentsInOrder(corpus).map((d) => [
    documentLabel(corpus, d),
    {
      stack: [
        d.sourceFile,
        d.copy.url
          ? { text: d.copy.url, link: d.copy.url, fontSize: 6.5, color: COLOURS.accent }
          : { text: 'No copy located', fontSize: 6.5, color: COLOURS.muted },
      ],
    },
    { text: d.sha256, fontSize: 6.5, color: COLOURS.muted },
  ]);
  return [
    {
      text: [
        'The corpus, ',
        { text: corpus.title, italics: true },
        `, version ${corpus.version}, released ${formatPartialDate(corpus.released)}, holds ${countOf(corpus.documents.length, 'text')} as they were found, errors and all: no text is corrected, and where a text is wrong the corpus records what it says and flags it. In them it records ${countOf(corpus.claims.length, 'figure')}, ${countOf(corpus.statements.length, 'statement')} by named speakers, ${countOf(corpus.flags.length, 'flag')}, and ${countOf(setAside, 'numeral')} deliberately not treated as figures (idioms, page furniture, dates of publication), each with its reason.`,
      ],
      style: 'body',
    },
    {
      text: 'Each figure records the shortest passage that holds it and its exact position in the text, the numeral as written and its value, the qualifier, whom the text credits and the words that do it (or why the credit is implied), the date the figure speaks for, and any flags.',
      style: 'body',
    },
    {
      text: `This briefing was generated from the corpus by a program, with no figure typed by hand. Before it is generated the corpus must pass its schema and ${countOf(checks.length, 'integrity check')}; a corpus that fails any is refused. The checks are:`,
      style: 'body',
    },
    {
      ul: checks.map((c) => curlyQuotes(c.description)),
      style: 'body',
    },
    {
      // The heading, the column heads and every row stay together: a digest alone is no use.
      unbreakable: true,
      stack: [
        { text: 'The texts, where they were found, and their SHA-256 digests', style: 'h3' },
        {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            widths: [24, 130, '*'],
            body: [header, ...digests],
          },
          layout: RULED,
          style: 'cell',
        },
      ],
    },
  ];
}

export function method(ctx: BriefingContext, checks: readonly IntegrityCheck[]): Content[] {
  return [
    sectionHeading('Annex C. Method and flags', METHOD_ID),
    shadedBox(
      {
        stack: [
          {
            text: 'FIGURES AS REPORTED',
            style: 'label',
            color: COLOURS.warning,
            margin: [0, 0, 0, 4],
          },
          {
            text: 'Every figure in this briefing is what a text reports, credited to whom that text credits. None has been checked against other evidence, and figures reported during fighting are often revised. A figure repeated by several texts may come from a single source. Quote them as “X reported, citing Y”, never as fact.',
          },
        ],
      },
      COLOURS.warningTint,
    ),
    ...keepWithNext(
      [subHeading('What is inferred rather than stated', 'method-inferred', METHOD_ID)],
      inferences(ctx),
    ),
    ...keepWithNext(
      [
        subHeading('Problems flagged in the texts', 'method-flags', METHOD_ID),
        {
          text: 'Each problem is quoted from the text, numbered in reading order: by text, then by where it is in the text. The text is never corrected: what it says is kept, and the flag says why a careful reader should notice.',
          style: 'body',
        },
      ],
      flagEntries(ctx),
    ),
    ...keepWithNext(
      [subHeading('How the corpus was built and checked', 'method-corpus', METHOD_ID)],
      construction(ctx, checks),
    ),
  ];
}
