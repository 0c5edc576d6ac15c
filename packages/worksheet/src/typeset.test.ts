import type { DocumentDefinition, TextNode } from './pdfmake.js';
import { describe, expect, it } from 'vitest';
import { fontCoverage } from './fonts.js';
import {
  rightToLeftPhrase,
  shapingOrder,
  typesetDocument,
  typesetText,
  UnrenderableTextError,
} from './typeset.js';

const coverage = fontCoverage();

const FATHA = '\u064E';
const SHADDA = '\u0651';
const RLM = '\u200F';
const LRM = '\u200E';
const ZWNJ = '\u200C';
/** ثمَّ and وثَّق as the texts write them: the fatha before the shadda, in canonical order. */
const THUMMA = `ثم${FATHA}${SHADDA}`;
const WATHTHAQA = `وث${FATHA}${SHADDA}ق`;
const reversed = (text: string) => [...text].reverse().join('');
const arabic = (logical: string) => ({
  text: `${logical.replaceAll(`${FATHA}${SHADDA}`, `${SHADDA}${FATHA}`)}${ZWNJ}`,
  font: 'NotoSansArabic',
  lineHeight: 0.79,
  noWrap: true,
  fontFeatures: [],
  actualText: `${RLM}${reversed(logical)}${LRM}`,
  span: { lang: 'ar', actualText: logical },
});

describe('shapingOrder', () => {
  it('puts the shadda before the vowel mark, as HarfBuzz does, so the fatha is drawn above it', () => {
    expect(shapingOrder(THUMMA)).toBe(`ثم${SHADDA}${FATHA}`);
  });

  it('leaves text without stacked Arabic marks as it is', () => {
    expect(shapingOrder('Bāghūz ثم')).toBe('Bāghūz ثم');
  });
});

describe('rightToLeftPhrase', () => {
  it('gives fontkit the words in logical order and extraction the characters in drawing order', () => {
    expect(rightToLeftPhrase(`${THUMMA} ${WATHTHAQA}`)).toEqual({
      shaping: `ثم${SHADDA}${FATHA} وث${SHADDA}${FATHA}ق${ZWNJ}`,
      glyphOrder: `${RLM}${reversed(`${THUMMA} ${WATHTHAQA}`)}${LRM}`,
    });
  });

  it('keeps a number inside an Arabic phrase reading left to right', () => {
    const { shaping, glyphOrder } = rightToLeftPhrase('عام 2022 ميلادي');
    // fontkit draws the run's glyphs in reverse, so the digits go in reversed.
    expect(shaping).toBe(`عام 2202 ميلادي${ZWNJ}`);
    expect(glyphOrder).toBe(`${RLM}${reversed('ميلادي')} 2022 ${reversed('عام')}${LRM}`);
  });
});

describe('typesetText', () => {
  it('returns Latin text with diacritics, curly quotes and a no-break space as one plain string', () => {
    expect(typesetText('Bāghūz “Zihûr”\u00a0Jérôme', coverage)).toBe('Bāghūz “Zihûr”\u00a0Jérôme');
  });

  it('sets an Arabic word in the Arabic font, as one unbreakable run with its extraction text', () => {
    expect(typesetText(`${THUMMA} Came`, coverage)).toEqual([arabic(THUMMA), ' Came']);
  });

  it('keeps quotes and commas around Arabic words in English order, one run per quoted word', () => {
    expect(typesetText(`untranslated ("${THUMMA}", "${WATHTHAQA}"); the`, coverage)).toEqual([
      'untranslated ("',
      arabic(THUMMA),
      '", "',
      arabic(WATHTHAQA),
      '"); the',
    ]);
  });

  it('sets Arabic words that stand together as one phrase, which reads right to left', () => {
    expect(typesetText(`then ${THUMMA} ${WATHTHAQA} Rojava`, coverage)).toEqual([
      'then ',
      arabic(`${THUMMA} ${WATHTHAQA}`),
      ' Rojava',
    ]);
  });

  it('falls back to the symbol font for an arrow the text font lacks', () => {
    expect(typesetText('→ READ', coverage)).toEqual([{ text: '→', font: 'NotoSansMath' }, ' READ']);
  });

  it('drops an invisible format character that no font draws instead of printing a box', () => {
    expect(typesetText('a\u180eb', coverage)).toBe('ab');
  });

  it('refuses a character no bundled font can draw, naming it', () => {
    expect(() => typesetText('Hasakah 哈塞克', coverage)).toThrow(UnrenderableTextError);
    expect(() => typesetText('Hasakah 哈塞克', coverage)).toThrow(/U\+54C8/);
  });
});

describe('typesetDocument', () => {
  const heading: TextNode = { text: 'وثَّق and more', tocItem: true };
  const definition: DocumentDefinition = {
    content: [heading, { table: { body: [['ثمَّ', 'plain']] } }, { stack: [{ text: ['→', ' x'] }] }],
    footer: () => 'page ثمَّ',
  };

  it('typesets text in tables, stacks, inline arrays and dynamic footers', () => {
    const typeset = typesetDocument(definition, coverage);
    const [, table, stack] = typeset.content as [
      TextNode,
      { table: { body: unknown[][] } },
      { stack: TextNode[] },
    ];
    expect(table.table.body[0]![0]).toEqual({ text: [arabic('ثمَّ')] });
    expect(table.table.body[0]![1]).toBe('plain');
    expect(stack.stack[0]!.text).toEqual([{ text: [{ text: '→', font: 'NotoSansMath' }] }, ' x']);
    expect(typeset.footer!(1, 1, { width: 1, height: 1 })).toEqual({
      text: ['page ', arabic('ثمَّ')],
    });
  });

  it('keeps the logical text of a contents entry as its bookmark title', () => {
    const [typeset] = typesetDocument(definition, coverage).content as TextNode[];
    expect(typeset!.outlineText).toBe('وثَّق and more');
    expect(Array.isArray(typeset!.text)).toBe(true);
  });

  it('does not change the definition it is given', () => {
    typesetDocument(definition, coverage);
    expect(heading).toEqual({ text: 'وثَّق and more', tocItem: true });
  });
});
