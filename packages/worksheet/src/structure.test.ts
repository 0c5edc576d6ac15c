import type { Content, DocumentDefinition, TableNode } from './pdfmake.js';
import { describe, expect, it } from 'vitest';
import { structureDocument } from './structure.js';

const structured = (content: Content) => structureDocument({ content }).content;
const rule = { type: 'line', x1: 0, y1: 0, x2: 10, y2: 0 } as const;

describe('structureDocument', () => {
  it('makes text in a heading style a heading of that level', () => {
    expect(
      structured([
        { text: 'Key figures', style: 'h1' },
        { text: 'Background', style: ['h2', 'small'] },
        { text: 'What happened', style: 'h2PageOne' },
        { text: 'A paragraph', style: 'body' },
      ]),
    ).toEqual([
      { text: 'Key figures', style: 'h1', tag: 'H1' },
      { text: 'Background', style: ['h2', 'small'], tag: 'H2' },
      { text: 'What happened', style: 'h2PageOne', tag: 'H1' },
      { text: 'A paragraph', style: 'body' },
    ]);
  });

  it('keeps a table with header rows a table, and makes one without them a division', () => {
    const data: TableNode = { table: { headerRows: 1, body: [['Topic'], ['Deaths']] } };
    const layout: TableNode = { table: { body: [[{ text: 'Lab', style: 'h2' }]] } };
    expect(structured([data, layout])).toEqual([
      data,
      { table: { body: [[{ text: 'Lab', style: 'h2', tag: 'H2' }]] }, tag: 'Div' },
    ]);
  });

  it('makes a node with alternative text a figure, whatever it holds, and other drawings decoration', () => {
    const chart: Content = {
      alt: 'Chart: deaths.',
      stack: [{ text: 'Axis', style: 'h3' }, { canvas: [rule] }],
    };
    expect(structured([chart, { canvas: [rule] }])).toEqual([
      { ...chart, tag: 'Figure' },
      { canvas: [rule], tag: 'Artifact' },
    ]);
  });

  it('gives a table of contents leaders and its title a heading', () => {
    expect(structured({ toc: { title: { text: 'Contents', style: 'h2' } } })).toEqual({
      toc: { leaders: true, title: { text: 'Contents', style: 'h2', tag: 'H2' } },
    });
  });

  it('keeps the tag a builder gives', () => {
    expect(structured({ text: 'Quoted', style: 'h2', tag: 'P' })).toEqual({
      text: 'Quoted',
      style: 'h2',
      tag: 'P',
    });
  });

  it('does not change the definition it is given', () => {
    const definition: DocumentDefinition = { content: [{ text: 'Key figures', style: 'h1' }] };
    structureDocument(definition);
    expect(definition).toEqual({ content: [{ text: 'Key figures', style: 'h1' }] });
  });
});
