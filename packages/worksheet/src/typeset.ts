/**
 * Preparing text for pdfmake, which has neither font fallback nor the Unicode bidirectional
 * algorithm: every string is cut into runs, each set in the first font that has its glyphs, and
 * right-to-left runs are put in visual order. The builders stay free of both concerns and write
 * plain strings; this pass runs over the finished document definition.
 */
import bidiModule from 'bidi-js';
import type { Content, DocumentDefinition, Inline, TextNode } from './pdfmake.js';
import { BASE_FAMILY, type Coverage, type Family } from './fonts.js';

interface EmbeddingLevels {
  levels: Uint8Array;
  paragraphs: { start: number; end: number; level: number }[];
}
interface Bidi {
  getEmbeddingLevels(text: string, baseDirection?: 'ltr' | 'rtl' | 'auto'): EmbeddingLevels;
  getReorderedString(text: string, embedding: EmbeddingLevels): string;
}

/**
 * bidi-js's factory: its CommonJS export under Node, its ES default in a bundler (its own types
 * describe only the second, which Node's module resolution rejects).
 */
const bidiFactory = ((bidiModule as unknown as { default?: () => Bidi }).default ??
  bidiModule) as unknown as () => Bidi;
let bidi: Bidi | undefined;

/** The bidi algorithm, set up when the first right-to-left text is met. */
const bidiAlgorithm = (): Bidi => (bidi ??= bidiFactory());

/**
 * Noto Sans Arabic's line is half as tall again as Noto Sans's (ascent and descent leave room for
 * stacked marks), so a single Arabic word would open a gap in its paragraph; this brings it back to
 * the height of the Latin line around it.
 */
const LINE_HEIGHT: Partial<Record<Family, { lineHeight: number }>> = {
  NotoSansArabic: { lineHeight: 0.79 },
};

/** A character no bundled font can draw: printing it would leave an empty box in the PDF. */
export class UnrenderableTextError extends Error {
  constructor(
    readonly character: string,
    readonly text: string,
  ) {
    const hex = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const excerpt = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    super(`no bundled font has a glyph for U+${hex} "${character}" in "${excerpt}"`);
    this.name = 'UnrenderableTextError';
  }
}

// Scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
// forms): only text containing one of these needs the bidi algorithm.
const RTL = String.raw`\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}`;
const MAYBE_RTL = new RegExp(`[${RTL}]`, 'u');
const RTL_WORD = `[${RTL}][${RTL}\\p{M}]*`;
/**
 * A right-to-left phrase: words in a right-to-left script and the spaces and numbers between them.
 * The English text's punctuation around it (quotes, commas, brackets) is not part of it, so a
 * quoted word or a list of words keeps its punctuation in English order: each phrase is set as if
 * wrapped in a Unicode isolate (UAX #9, FSI…PDI).
 */
const RTL_PHRASE = new RegExp(`${RTL_WORD}(?:[\\p{Zs}\\d]+${RTL_WORD})*`, 'gu');
const NOT_RTL = new RegExp(`[^${RTL}\\p{M}\\p{Zs}]+`, 'gu');
// Marks (variation selectors among them) and the zero-width (non-)joiner belong to the letter before.
const JOINS_PREVIOUS = /^(?:\p{M}|\u200C|\u200D)$/u;
const WHITESPACE = /\s/u;
const INVISIBLE_FORMAT = /\p{Cf}/u;

/**
 * The order HarfBuzz shapes Arabic marks in: canonical order, except that shadda comes before the
 * vowel marks (its modified combining classes in hb-unicode.hh; Unicode's normalization FAQ, #8).
 * fontkit shapes marks in the order it is given them, and Noto Sans Arabic then stacks a fatha
 * written before the shadda, canonical order, under it: ثمَّ would read ثمِّ.
 */
const MODIFIED_COMBINING_CLASS: Record<string, number> = {
  '\u064B': 28, // fathatan
  '\u064C': 29, // dammatan
  '\u064D': 30, // kasratan
  '\u064E': 31, // fatha
  '\u064F': 32, // damma
  '\u0650': 33, // kasra
  '\u0651': 27, // shadda
  '\u0652': 34, // sukun
  '\u0670': 35, // superscript alef
};

/** Each run of Arabic vowel marks, shadda and sukun in the order HarfBuzz shapes them. */
export const shapingOrder = (text: string): string =>
  text.replace(/[\u064B-\u0652\u0670]{2,}/gu, (marks) =>
    [...marks].sort((a, b) => MODIFIED_COMBINING_CLASS[a]! - MODIFIED_COMBINING_CLASS[b]!).join(''),
  );

/** A right-to-left phrase as pdfmake and fontkit need it. */
export interface RightToLeftPhrase {
  /**
   * What fontkit is given, as one run: the phrase in logical order with its marks in shaping order
   * and its numbers reversed, because fontkit draws a right-to-left run's glyphs in reverse,
   * numbers included. A zero-width non-joiner at the end is drawn first, on the baseline, where
   * poppler then puts the extraction text (ActualText takes the place of a span's first glyph).
   */
  shaping: string;
  /**
   * The phrase's characters in the order its glyphs are drawn, left to right, for the /ActualText
   * of its span. Text extractors (poppler, PDFium, pdf.js) read a line in drawing order and reverse
   * its right-to-left stretches; a right-to-left mark first and a left-to-right mark last make
   * them give the phrase back as written, and leave the English punctuation around it in place.
   */
  glyphOrder: string;
}

export function rightToLeftPhrase(phrase: string): RightToLeftPhrase {
  const embedding = bidiAlgorithm().getEmbeddingLevels(phrase, 'rtl');
  const logical = phrase.replace(NOT_RTL, (run: string, offset: number) =>
    embedding.levels[offset]! % 2 === 0 ? [...run].reverse().join('') : run,
  );
  return {
    shaping: `${shapingOrder(logical)}\u200C`,
    glyphOrder: `\u200F${bidiAlgorithm().getReorderedString(phrase, embedding)}\u200E`,
  };
}

/**
 * The family a character is set in. Marks and joiners stay with the letter before them so that
 * shaping sees whole clusters. Spaces go to the base font.
 */
function familyOf(
  char: string,
  codePoint: number,
  previous: Family | undefined,
  coverage: Coverage,
): Family | null {
  if (previous && JOINS_PREVIOUS.test(char) && coverage.covers(previous, codePoint))
    return previous;
  if (WHITESPACE.test(char) && coverage.covers(BASE_FAMILY, codePoint)) return BASE_FAMILY;
  return coverage.familyFor(codePoint);
}

/** Whether the base font draws the whole string and nothing in it needs reordering. */
function baseFontOnly(text: string, coverage: Coverage): boolean {
  if (MAYBE_RTL.test(text)) return false;
  for (const char of text)
    if (coverage.familyFor(char.codePointAt(0)!) !== BASE_FAMILY) return false;
  return true;
}

type Run = { family: Family; text: string } | TextNode;

/** Left-to-right text cut into runs of one font each. */
function fontRuns(text: string, whole: string, coverage: Coverage, runs: Run[]): void {
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const previous = runs.at(-1);
    const family = familyOf(
      char,
      codePoint,
      previous && 'family' in previous ? previous.family : undefined,
      coverage,
    );
    if (family === null) {
      // Invisible format characters (bidi marks, soft hyphens) carry no glyph; dropping them is
      // what a reader sees anyway, whereas a missing glyph would print a box.
      if (INVISIBLE_FORMAT.test(char)) continue;
      throw new UnrenderableTextError(char, whole);
    }
    if (previous && 'family' in previous && previous.family === family) previous.text += char;
    else runs.push({ family, text: char });
  }
}

/**
 * The language a phrase in a right-to-left script is most likely in, for screen readers: the
 * texts leave Arabic words untranslated; a script alone cannot tell Persian from Arabic.
 */
const languageOf = (phrase: string): string | undefined =>
  /\p{Script=Arabic}/u.test(phrase) ? 'ar' : /\p{Script=Hebrew}/u.test(phrase) ? 'he' : undefined;

/**
 * A right-to-left phrase as one inline in one font, which pdfmake keeps on one line (it cannot
 * reorder words it has broken across lines) and fontkit mirrors as a whole. Font features, even
 * none, make pdfkit shape the inline as one run; without them it shapes each word on its own and
 * puts the words side by side in logical order, which reverses a right-to-left phrase.
 */
function phraseRun(phrase: string, whole: string, coverage: Coverage): TextNode {
  const family = coverage.familyFor(phrase.codePointAt(0)!);
  const missing = [...phrase].find(
    (char) => family === null || !coverage.covers(family, char.codePointAt(0)!),
  );
  if (family === null || missing) throw new UnrenderableTextError(missing ?? phrase[0]!, whole);
  const { shaping, glyphOrder } = rightToLeftPhrase(phrase);
  const lang = languageOf(phrase);
  return {
    text: shaping,
    font: family,
    ...LINE_HEIGHT[family],
    noWrap: true,
    fontFeatures: [],
    actualText: glyphOrder,
    // In the structure the phrase is a Span with its language and its words as written.
    span: { ...(lang && { lang }), actualText: phrase },
  };
}

/**
 * Runs of one font each, in the order pdfmake lays them out, right-to-left phrases isolated from
 * the text around them. Returns the string unchanged when the base font draws all of it, which is
 * nearly always, and is checked first because this runs over every string.
 */
export function typesetText(text: string, coverage: Coverage): string | Inline[] {
  if (baseFontOnly(text, coverage)) return text;
  const runs: Run[] = [];
  let from = 0;
  for (const match of text.matchAll(RTL_PHRASE)) {
    fontRuns(text.slice(from, match.index), text, coverage, runs);
    runs.push(phraseRun(match[0], text, coverage));
    from = match.index + match[0].length;
  }
  fontRuns(text.slice(from), text, coverage, runs);
  if (runs.length === 0) return text;
  const only = runs[0]!;
  if (runs.length === 1 && 'family' in only && only.family === BASE_FAMILY) return only.text;
  return runs.map((run) =>
    !('family' in run)
      ? run
      : run.family === BASE_FAMILY
        ? run.text
        : { text: run.text, font: run.family, ...LINE_HEIGHT[run.family] },
  );
}

function typesetInline(inline: Inline, coverage: Coverage): Inline {
  return typeof inline === 'string'
    ? typesetTextAsInline(inline, coverage)
    : typesetNode(inline, coverage);
}

function typesetTextAsInline(text: string, coverage: Coverage): Inline {
  const typeset = typesetText(text, coverage);
  return typeof typeset === 'string' ? typeset : { text: typeset };
}

function typesetNode<T extends TextNode>(node: T, coverage: Coverage): T {
  const { text } = node;
  if (typeof text === 'string') {
    const typeset = typesetText(text, coverage);
    if (typeset === text) return node;
    // Bookmarks take the node's text, which must stay one plain string in logical order.
    const outline = node.tocItem || node.outline ? { outlineText: node.outlineText ?? text } : {};
    return { ...node, ...outline, text: typeset };
  }
  if (!Array.isArray(text)) return node;
  return { ...node, text: text.map((inline) => typesetInline(inline, coverage)) };
}

const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const;

function typesetContent(content: Content, coverage: Coverage): Content {
  if (typeof content === 'string') return typesetTextAsInline(content, coverage) as Content;
  if (Array.isArray(content)) return content.map((c) => typesetContent(c, coverage));
  if ('text' in content) return typesetNode(content, coverage);
  if ('table' in content) {
    const body = content.table.body.map((row) => row.map((cell) => typesetContent(cell, coverage)));
    return { ...content, table: { ...content.table, body } };
  }
  if ('toc' in content && content.toc.title) {
    return { ...content, toc: { ...content.toc, title: typesetNode(content.toc.title, coverage) } };
  }
  for (const key of CONTAINERS) {
    const children = (content as Partial<Record<(typeof CONTAINERS)[number], Content[]>>)[key];
    if (children) return { ...content, [key]: children.map((c) => typesetContent(c, coverage)) };
  }
  return content;
}

function typesetDynamic<A extends unknown[]>(
  make: ((...args: A) => Content | null) | undefined,
  coverage: Coverage,
): ((...args: A) => Content | null) | undefined {
  if (!make) return undefined;
  return (...args) => {
    const content = make(...args);
    return content === null ? null : typesetContent(content, coverage);
  };
}

/** The document with every string typeset; the definition passed in is left as it was. */
export function typesetDocument(
  definition: DocumentDefinition,
  coverage: Coverage,
): DocumentDefinition {
  const { header, footer, background } = definition;
  return {
    ...definition,
    content: typesetContent(definition.content, coverage),
    ...(header && { header: typesetDynamic(header, coverage) }),
    ...(footer && { footer: typesetDynamic(footer, coverage) }),
    ...(background && { background: typesetDynamic(background, coverage) }),
  };
}
