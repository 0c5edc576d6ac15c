/**
 * The look shared by every printed document: one accent colour that stays dark in grayscale,
 * a small type scale, ruled tables, and running headers and footers with page numbers.
 */
import type {
  Content,
  DocumentDefinition,
  Margins,
  Style,
  TableLayout,
  TextNode,
} from './pdfmake.js';
import { BASE_FAMILY } from './fonts.js';

export type Paper = 'a4' | 'letter';
export const PAPER_SIZES = { a4: 'A4', letter: 'LETTER' } as const;

export const COLOURS = {
  ink: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#b3b3b3',
  faint: '#e6e6e6',
  accent: '#0b4f8a',
  accentTint: '#e7eef6',
  warning: '#8a3b0b',
  warningTint: '#f7ece4',
  white: '#ffffff',
} as const;

export const MARGIN = { side: 54, top: 66, bottom: 58 } as const;

/** Points per page edge, as pdfmake sizes them. */
const PAGE_WIDTH: Record<Paper, number> = { a4: 595.28, letter: 612 };
export const contentWidth = (paper: Paper): number => PAGE_WIDTH[paper] - 2 * MARGIN.side;

export const STYLES: Record<string, Style> = {
  h1: { fontSize: 17, bold: true, color: COLOURS.accent, margin: [0, 0, 0, 8] },
  h2: { fontSize: 12, bold: true, color: COLOURS.ink, margin: [0, 12, 0, 4] },
  h2PageOne: { fontSize: 11, bold: true, color: COLOURS.ink, margin: [0, 8, 0, 2] },
  h3: { fontSize: 10, bold: true, color: COLOURS.ink, margin: [0, 8, 0, 3] },
  lead: { fontSize: 10.5, color: COLOURS.ink, margin: [0, 0, 0, 8], lineHeight: 1.3 },
  body: { margin: [0, 0, 0, 6] },
  pageOne: { fontSize: 8.5, lineHeight: 1.15, margin: [0, 0, 0, 2] },
  small: { fontSize: 7.5, color: COLOURS.muted },
  cell: { fontSize: 8 },
  cellHead: { fontSize: 7.5, bold: true, color: COLOURS.accent },
  quote: { italics: true },
  label: { fontSize: 7, bold: true, color: COLOURS.muted },
  note: { fontSize: 7.5, margin: [0, 0, 0, 3] },
};

/**
 * The heading level each heading style is, for the PDF's structure (H1, H2, H3). Page one's
 * headings are sections like those after them (top-level bookmarks and contents entries), only
 * set smaller to fit the page: H1.
 */
export const HEADING_LEVELS: Record<string, 'H1' | 'H2' | 'H3'> = {
  h1: 'H1',
  h2PageOne: 'H1',
  h2: 'H2',
  h3: 'H3',
};

export const DEFAULT_STYLE: Style = {
  font: BASE_FAMILY,
  fontSize: 9,
  lineHeight: 1.22,
  color: COLOURS.ink,
};

/** Horizontal rules only, a heavier one under the header row: the layout of a statistical table. */
export const RULED: TableLayout = {
  hLineWidth: (row, node) =>
    row === 0 || row === node.table.body.length
      ? 0
      : row === (node.table.headerRows ?? 0)
        ? 0.9
        : 0.4,
  vLineWidth: () => 0,
  hLineColor: (row, node) => (row === (node.table.headerRows ?? 0) ? COLOURS.accent : COLOURS.rule),
  paddingLeft: (column) => (column === 0 ? 0 : 5),
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A shaded box for highlights and warnings. */
export const boxLayout = (fill: string): TableLayout => ({
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  fillColor: () => fill,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 8,
  paddingBottom: () => 8,
});

/** No lines and no padding: a table used only to give content a fixed size. */
export const BARE: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

export const NO_LINES: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** A section heading, listed in the contents and the bookmarks; `newPage` starts it on a new page. */
export function sectionHeading(
  text: string,
  id: string,
  { newPage = false }: { newPage?: boolean } = {},
): TextNode {
  return {
    text,
    style: 'h1',
    id,
    tocItem: true,
    outline: true,
    tocMargin: [0, 3, 0, 3],
    ...(newPage ? { pageBreak: 'before' as const } : { margin: [0, 14, 0, 6] as Margins }),
  };
}

const SUB_ENTRY: Style = { fontSize: 8.5, color: COLOURS.muted };

/**
 * A subheading listed in the contents and the bookmarks, indented under its section if it has one.
 * Its page number is set like its entry, so the two share a baseline.
 */
export function subHeading(text: string, id: string, parentId?: string): TextNode {
  return {
    text,
    style: 'h2',
    id,
    tocItem: true,
    outline: true,
    tocMargin: [14, 1, 0, 1],
    tocStyle: SUB_ENTRY,
    tocNumberStyle: SUB_ENTRY,
    ...(parentId ? { outlineParentId: parentId } : {}),
  };
}

/** A heading of page one, in the contents and the bookmarks, set smaller to fit the page. */
export function pageOneHeading(text: string, id: string): TextNode {
  return { ...subHeading(text, id), style: 'h2PageOne', tocMargin: [0, 1, 0, 1] };
}

/** A subheading that is a PDF bookmark but, to keep the contents short, not listed there. */
export function bookmarkedHeading(text: string, id: string, parentId: string): TextNode {
  return { text, style: 'h2', id, outline: true, outlineParentId: parentId };
}

/**
 * A heading (and its lead) kept with the start of what follows, so it never ends a page alone.
 * pdfmake has no keep-with-next, and its pageBreakBefore hook lays the document out again, which
 * breaks canvas charts; so the heading block, unbreakable, reserves `room` points below itself,
 * and what follows is drawn back up over that room. If the block and its room do not fit at the
 * foot of a page, both go to the next.
 */
export function keepWithNext(block: Content[], next: Content, room = 64): Content[] {
  return [
    { unbreakable: true, stack: [...block, { text: '', margin: [0, 0, 0, room] }] },
    { stack: [next], margin: [0, -room, 0, 0] },
  ];
}

/**
 * A chart with its alternative text: a sentence saying what it shows, which the renderer makes the
 * figure's /Alt in the tagged PDF.
 */
export const figure = <T extends object>(node: T, alt: string): T & { alt: string } => ({
  ...node,
  alt,
});

/** A superscript note number that links to its note. */
export function noteRef(n: number, anchor: string): TextNode {
  return { text: String(n), sup: true, color: COLOURS.accent, linkToDestination: anchor };
}

export function shadedBox(content: Content, fill: string = COLOURS.accentTint): Content {
  return { table: { widths: ['*'], body: [[content]] }, layout: boxLayout(fill) };
}

export interface PrintedDocument {
  paper: Paper;
  title: string;
  subject: string;
  keywords: string;
  corpusVersion: string;
  /** The PDF's creation and modification date: never the clock, so reruns give the same bytes. */
  date: Date;
}

/**
 * Page size, margins, language and metadata: what every printed document sets the same way. Every
 * one is a tagged PDF 1.7, its structure derived from the builders' nodes (structure.ts).
 */
export function printedDocument(
  d: PrintedDocument,
): Pick<
  DocumentDefinition,
  'pageSize' | 'pageMargins' | 'language' | 'displayTitle' | 'tagged' | 'version' | 'info'
> {
  return {
    pageSize: PAPER_SIZES[d.paper],
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    language: 'en-GB',
    displayTitle: true,
    tagged: true,
    version: '1.7',
    info: {
      title: d.title,
      author: 'Attribution Lab',
      subject: d.subject,
      keywords: d.keywords,
      creator: `Attribution Lab report (corpus ${d.corpusVersion})`,
      creationDate: d.date,
      modDate: d.date,
    },
  };
}

export interface PageFurniture {
  /** Left side of the running header. */
  title: string;
  /** Right side of the running header. */
  edition: string;
  /** Left side of the footer, a standing caveat. */
  caveat: string;
  /** Pages that carry no header (the cover). */
  bare: (page: number) => boolean;
}

export function pageFurniture(f: PageFurniture): Pick<DocumentDefinition, 'header' | 'footer'> {
  return {
    header: (page, _count, size) =>
      f.bare(page)
        ? null
        : {
            margin: [MARGIN.side, 26, MARGIN.side, 0],
            stack: [
              {
                columns: [
                  { text: f.title, style: 'small', width: '*' },
                  { text: f.edition, style: 'small', alignment: 'right', width: 'auto' },
                ],
              },
              {
                canvas: [
                  {
                    type: 'line',
                    x1: 0,
                    y1: 4,
                    x2: size.width - 2 * MARGIN.side,
                    y2: 4,
                    lineWidth: 0.5,
                    lineColor: COLOURS.rule,
                  },
                ],
              },
            ],
          },
    footer: (page, count) => ({
      margin: [MARGIN.side, 18, MARGIN.side, 0],
      columns: [
        { text: f.caveat, style: 'small', width: '*' },
        { text: `Page ${page} of ${count}`, style: 'small', alignment: 'right', width: 'auto' },
      ],
    }),
  };
}
