/** The parts of pdfmake 0.3's browser build (a UMD bundle, untyped) the worksheet download uses. */
declare module 'pdfmake/build/pdfmake.min.js' {
  import type { DocumentDefinition, FontFiles } from '@attribution-lab/worksheet/pdfmake';

  interface PdfMakeBrowser {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    createPdf(definition: DocumentDefinition): { getBlob(): Promise<Blob> };
  }
  const pdfMake: PdfMakeBrowser;
  export default pdfMake;
}

/** `?teacher-kit`: the address of a module bundled on its own (vite.config.ts). */
declare module '*?teacher-kit' {
  const url: string;
  export default url;
}
