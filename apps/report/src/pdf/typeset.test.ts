import type { DocumentDefinition, TextNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { fontCoverage } from './fonts.js';
import { typesetDocument, typesetText, UnrenderableTextError, visualOrder } from './typeset.js';

const coverage = fontCoverage();

describe('visualOrder', () => {
  it('leaves text with no right-to-left script untouched', () => {
    expect(visualOrder('Bāghūz, “Xiwêran” and Jérôme')).toBe('Bāghūz, “Xiwêran” and Jérôme');
  });

  it('reverses the words of an Arabic run, because pdfmake sets words left to right', () => {
    expect(visualOrder('then ثمَّ وثَّق Rojava')).toBe('then وثَّق ثمَّ Rojava');
  });

  it('keeps a single Arabic word as it is, since the font mirrors its letters', () => {
    expect(visualOrder('ثمَّ Came the attempt')).toBe('ثمَّ Came the attempt');
  });

  it('keeps digits inside an Arabic run reading left to right', () => {
    expect(visualOrder('عام 2022 ميلادي')).toBe('ميلادي 2022 عام');
  });
});

describe('typesetText', () => {
  it('returns Latin text with diacritics, curly quotes and a no-break space as one plain string', () => {
    expect(typesetText('Bāghūz “Zihûr”\u00a0Jérôme', coverage)).toBe('Bāghūz “Zihûr”\u00a0Jérôme');
  });

  it('sets Arabic words in the Arabic font, with their marks in the same run and spaces outside it', () => {
    expect(typesetText('ثمَّ Came', coverage)).toEqual([
      { text: 'ثمَّ', font: 'NotoSansArabic', lineHeight: 0.79 },
      ' Came',
    ]);
    expect(typesetText('x وثَّق ثمَّ', coverage)).toEqual([
      'x ',
      { text: 'ثمَّ', font: 'NotoSansArabic', lineHeight: 0.79 },
      ' ',
      { text: 'وثَّق', font: 'NotoSansArabic', lineHeight: 0.79 },
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
    expect(table.table.body[0]![0]).toEqual({
      text: [{ text: 'ثمَّ', font: 'NotoSansArabic', lineHeight: 0.79 }],
    });
    expect(table.table.body[0]![1]).toBe('plain');
    expect(stack.stack[0]!.text).toEqual([{ text: [{ text: '→', font: 'NotoSansMath' }] }, ' x']);
    expect(typeset.footer!(1, 1, { width: 1, height: 1 })).toEqual({
      text: ['page ', { text: 'ثمَّ', font: 'NotoSansArabic', lineHeight: 0.79 }],
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
