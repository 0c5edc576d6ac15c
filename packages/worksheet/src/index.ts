/**
 * The classroom worksheet as a pdfmake document definition, and what every printed document
 * shares: the look (theme), the fonts and which characters each draws, and the passes that prepare
 * a finished definition for pdfmake (typesetting, structure). Pure: the report renders the result
 * with pdfmake in Node, the quiz with pdfmake's browser build.
 */
import { fontCoverage } from './fonts.js';
import type { DocumentDefinition } from './pdfmake.js';
import { structureDocument } from './structure.js';
import { typesetDocument } from './typeset.js';

export * from './documents.js';
export * from './edition.js';
export * from './fonts.js';
export * from './structure.js';
export * from './theme.js';
export * from './typeset.js';
export * from './worksheet.js';

/**
 * A finished definition as pdfmake is given it: every string set in the fonts that can draw it,
 * right-to-left phrases in drawing order, and the structure tags derived from the builders' nodes.
 */
export const prepareDocument = (definition: DocumentDefinition): DocumentDefinition =>
  structureDocument(typesetDocument(definition, fontCoverage()));
