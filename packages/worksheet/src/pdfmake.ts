/**
 * Types for the parts of pdfmake 0.3 a document definition uses. pdfmake 0.3 ships no types
 * (`@types/pdfmake` describes the callback API of 0.2). A plain module rather than an ambient
 * declaration, so that the report (pdfmake for Node, patched) and the quiz (pdfmake's browser build)
 * type the same definitions through this package.
 */
/**
 * A structure element type of a tagged PDF (ISO 32000-1, 14.8.4), or Artifact for decoration.
 * The tagging is patches/pdfmake@0.3.11.patch's.
 */
export type StructureType =
  | 'Document'
  | 'Part'
  | 'Sect'
  | 'Div'
  | 'NonStruct'
  | 'BlockQuote'
  | 'Caption'
  | 'TOC'
  | 'TOCI'
  | 'P'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Span'
  | 'Quote'
  | 'Note'
  | 'Reference'
  | 'Figure'
  | 'Formula'
  | 'Artifact';

/** How a node is tagged in a tagged PDF (patches/pdfmake@0.3.11.patch). */
export interface Tagging {
  /**
   * Its structure element; null for none (its content belongs to the enclosing element). When
   * absent: text P, ul/ol L, table Table, image/svg/canvas Figure; stacks and columns none.
   */
  tag?: StructureType | null;
  /** A figure's alternative text: what it shows, for a reader who cannot see it. */
  alt?: string;
  /** The language of the element, if not the document's. */
  lang?: string;
}

export type Margins = number | [number, number] | [number, number, number, number];
export type Alignment = 'left' | 'right' | 'center' | 'justify';

export interface Style {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  fillColor?: string;
  alignment?: Alignment;
  margin?: Margins;
  lineHeight?: number;
  characterSpacing?: number;
  decoration?: 'underline' | 'lineThrough' | 'overline';
  noWrap?: boolean;
  preserveLeadingSpaces?: boolean;
  fontFeatures?: string[];
}

export interface TextNode extends Style, Tagging {
  text: string | Inline[];
  style?: string | string[];
  sup?: boolean;
  id?: string;
  link?: string;
  linkToDestination?: string;
  pageReference?: string;
  tocItem?: boolean | string;
  tocMargin?: Margins;
  tocStyle?: string | Style;
  tocNumberStyle?: string | Style;
  outline?: boolean;
  outlineText?: string;
  outlineParentId?: string;
  headlineLevel?: number;
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  /**
   * What text extraction should read for this inline's glyphs, in the order they are drawn: the
   * /ActualText of a span around them (patches/pdfmake@0.3.11.patch).
   */
  actualText?: string;
  /**
   * An inline that is a Span of its own in the structure: its language and what it says, in
   * logical order (patches/pdfmake@0.3.11.patch).
   */
  span?: { lang?: string; actualText?: string };
}
export type Inline = string | TextNode;

interface Block extends Tagging {
  style?: string | string[];
  margin?: Margins;
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  id?: string;
  headlineLevel?: number;
  relativePosition?: { x?: number; y?: number };
  absolutePosition?: { x?: number; y?: number };
  width?: number | string;
  fontSize?: number;
  color?: string;
  bold?: boolean;
  alignment?: Alignment;
  lineHeight?: number;
}

export interface StackNode extends Block {
  stack: Content[];
}
export interface ColumnsNode extends Block {
  columns: Content[];
  columnGap?: number;
}
export interface ListNode extends Block {
  ul?: Content[];
  ol?: Content[];
  markerColor?: string;
  type?: string;
}

export interface CellProps {
  colSpan?: number;
  rowSpan?: number;
  fillColor?: string;
  border?: [boolean, boolean, boolean, boolean];
  verticalAlignment?: 'top' | 'middle' | 'bottom';
}
export type Cell = Content & CellProps;

export interface TableLayout {
  hLineWidth?: (row: number, node: TableNode) => number;
  vLineWidth?: (column: number, node: TableNode) => number;
  hLineColor?: (row: number, node: TableNode) => string;
  vLineColor?: (column: number, node: TableNode) => string;
  fillColor?: (row: number, node: TableNode) => string | null;
  paddingLeft?: (column: number, node: TableNode) => number;
  paddingRight?: (column: number, node: TableNode) => number;
  paddingTop?: (row: number, node: TableNode) => number;
  paddingBottom?: (row: number, node: TableNode) => number;
}
export interface TableNode extends Block {
  table: {
    body: Cell[][];
    widths?: (number | string)[];
    heights?: number | number[];
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
  };
  layout?: string | TableLayout;
}

export type CanvasElement =
  | {
      type: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      r?: number;
      color?: string;
      lineColor?: string;
      lineWidth?: number;
    }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      lineWidth?: number;
      lineColor?: string;
      dash?: { length: number; space?: number };
    }
  | {
      type: 'polyline';
      points: { x: number; y: number }[];
      closePath?: boolean;
      color?: string;
      lineColor?: string;
      lineWidth?: number;
    }
  | {
      type: 'ellipse';
      x: number;
      y: number;
      r1: number;
      r2: number;
      color?: string;
      lineColor?: string;
      lineWidth?: number;
    };
export interface CanvasNode extends Block {
  canvas: CanvasElement[];
}

export interface TocNode extends Block {
  toc: {
    title?: TextNode;
    outlines?: boolean;
    textStyle?: string | Style;
    numberStyle?: string | Style;
    textMargin?: Margins;
    /** A dotted leader from each entry to its page number (patches/pdfmake@0.3.11.patch). */
    leaders?: boolean;
  };
}

export type Content =
  | string
  | Content[]
  | TextNode
  | StackNode
  | ColumnsNode
  | ListNode
  | TableNode
  | CanvasNode
  | TocNode;

export interface PageSize {
  width: number;
  height: number;
}
export type DynamicContent = (
  currentPage: number,
  pageCount: number,
  pageSize: PageSize,
) => Content | null;
export type BackgroundContent = (currentPage: number, pageSize: PageSize) => Content | null;

export interface DocumentDefinition {
  content: Content;
  pageSize?: 'A4' | 'LETTER';
  pageMargins?: Margins;
  header?: DynamicContent;
  footer?: DynamicContent;
  background?: BackgroundContent;
  styles?: Record<string, Style>;
  defaultStyle?: Style;
  language?: string;
  displayTitle?: boolean;
  /** Whether to write a tagged PDF: a structure tree (patches/pdfmake@0.3.11.patch). */
  tagged?: boolean;
  version?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
  compress?: boolean;
  info?: {
    title?: string;
    author?: string;
    subject?: string;
    keywords?: string;
    creator?: string;
    producer?: string;
    creationDate?: Date;
    modDate?: Date;
  };
}

export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}
