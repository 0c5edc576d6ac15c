/**
 * Preparing text for pdfmake, which has neither font fallback nor the Unicode bidirectional
 * algorithm: every string is cut into runs, each set in the first font that has its glyphs, and
 * right-to-left runs are put in visual order. The builders stay free of both concerns and write
 * plain strings; this pass runs over the finished document definition.
 */
import { createRequire } from 'node:module';
import type { Bidi, default as BidiFactory } from 'bidi-js';
import type { Content, DocumentDefinition, Inline, TextNode } from 'pdfmake';
import { BASE_FAMILY, type Coverage, type Family } from './fonts.js';

const require = createRequire(import.meta.url);
let bidi: Bidi | undefined;

/**
 * The bidi algorithm, loaded when the first right-to-left text is met: most strings and many
 * documents never need it, and requiring its CommonJS build costs a fraction of importing the
 * ES module at startup.
 */
const bidiAlgorithm = (): Bidi => (bidi ??= (require('bidi-js') as typeof BidiFactory)());

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
const MAYBE_RTL =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
// Marks (variation selectors among them) and the zero-width (non-)joiner belong to the letter before.
const JOINS_PREVIOUS = /^(?:\p{M}|\u200C|\u200D)$/u;
const WHITESPACE = /\s/u;
const INVISIBLE_FORMAT = /\p{Cf}/u;

/**
 * The text in the order pdfmake must lay it out. pdfmake sets words left to right and fontkit
 * mirrors the glyphs of each right-to-left word, so a right-to-left run needs only its words
 * reversed; digits inside it (a deeper, even level) stay left to right within their word.
 */
export function visualOrder(text: string): string {
  if (!MAYBE_RTL.test(text)) return text;
  const { levels } = bidiAlgorithm().getEmbeddingLevels(text, 'ltr');
  let out = '';
  let i = 0;
  while (i < text.length) {
    let j = i;
    const rtl = levels[i]! > 0;
    while (j < text.length && levels[j]! > 0 === rtl) j++;
    const run = text.slice(i, j);
    out += rtl ? (run.match(/\s+|\S+/gu) ?? []).reverse().join('') : run;
    i = j;
  }
  return out;
}

/**
 * The family a character is set in. Marks and joiners stay with the letter before them so that
 * shaping sees whole clusters. Spaces go to the base font: inside a right-to-left font run the
 * font would mirror a trailing space to the wrong side of the word.
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

/**
 * Runs of one font each, in visual order. Returns the string unchanged when the base font draws
 * all of it, which is nearly always, and is checked first because this runs over every string.
 */
export function typesetText(text: string, coverage: Coverage): string | Inline[] {
  if (baseFontOnly(text, coverage)) return text;
  const runs: { family: Family; text: string }[] = [];
  for (const char of visualOrder(text)) {
    const codePoint = char.codePointAt(0)!;
    const family = familyOf(char, codePoint, runs.at(-1)?.family, coverage);
    if (family === null) {
      // Invisible format characters (bidi marks, soft hyphens) carry no glyph; dropping them is
      // what a reader sees anyway, whereas a missing glyph would print a box.
      if (INVISIBLE_FORMAT.test(char)) continue;
      throw new UnrenderableTextError(char, text);
    }
    const current = runs.at(-1);
    if (current && current.family === family) current.text += char;
    else runs.push({ family, text: char });
  }
  if (runs.length === 0) return text;
  if (runs.length === 1 && runs[0]!.family === BASE_FAMILY) return runs[0]!.text;
  return runs.map((run) =>
    run.family === BASE_FAMILY
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
