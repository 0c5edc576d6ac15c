/**
 * Annex D, the notes: for every figure cited anywhere in the briefing, in the order first cited,
 * the exact words of the text it comes from, whom the text credits and where to find the words, so
 * that each line of the briefing can be checked against its source.
 */
import { getClaim, getDocument } from '@attribution-lab/corpus/queries';
import type { Cell, Content } from 'pdfmake';
import { COLOURS, NO_LINES, keepWithNext, sectionHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { creditClause, curlyQuotes, documentSource, formatPartialDate } from './format.js';
import { noteAnchor } from './notes.js';

export const NOTES_ID = 'notes';

export function citations(ctx: BriefingContext): Content[] {
  const rows: Cell[][] = ctx.notes.cited().map((claimId, i) => {
    const n = i + 1;
    const claim = getClaim(ctx.corpus, claimId);
    const document = getDocument(ctx.corpus, claim.documentId);
    return [
      { text: String(n), id: noteAnchor(n), bold: true, color: COLOURS.accent, alignment: 'right' },
      {
        stack: [
          { text: `“${claim.quote.exact}”`, style: 'quote' },
          {
            text: [
              `${documentSource(ctx.corpus, document)}, `,
              { text: document.title, italics: true },
              `, ${formatPartialDate(document.published.date)}; ${creditClause(ctx.corpus, claim)}; characters ${claim.quote.start}–${claim.quote.end}.`,
              ...(claim.note ? [` ${curlyQuotes(claim.note)}`] : []),
            ],
            style: 'small',
          },
        ],
      },
    ];
  });
  return keepWithNext(
    [
      sectionHeading('Annex D. Notes', NOTES_ID),
      {
        text: 'Numbered in the order first cited. The exact words of the text each figure comes from, whom the text credits, and the character positions of the passage in the text as stored in the corpus: counted from 0 at the first character, the second number being the first character after the passage (UTF-16 code units, as JavaScript counts them). Annex C gives where each text was found.',
        style: 'lead',
      },
    ],
    {
      table: {
        widths: [16, '*'],
        dontBreakRows: true,
        body: rows.length ? rows : [['', 'No figures are cited.']],
      },
      layout: { ...NO_LINES, paddingBottom: () => 4 },
      fontSize: 8,
    },
  );
}
