/**
 * Types for the parts of pdfmake 0.3 and fontkit 2 this app uses: pdfmake's runtime as patched
 * (its document definitions are typed by @attribution-lab/worksheet/pdfmake), and fontkit, which
 * ships none.
 */

declare module 'pdfmake' {
  export type * from '@attribution-lab/worksheet/pdfmake';
  import type { DocumentDefinition, FontFiles } from '@attribution-lab/worksheet/pdfmake';

  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  interface PdfMake {
    virtualfs: { writeFileSync(name: string, data: Buffer): void };
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: DocumentDefinition): OutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(data: Buffer): Font;
}
