/**
 * The one place PDF bytes are made: a document definition in, a Buffer out. The fonts are handed
 * to pdfmake in memory, and it may read no local file and fetch no URL, so nothing in a corpus
 * can make the renderer touch the file system or the network.
 */
import { FAMILIES, FONT_STYLES, prepareDocument } from '@attribution-lab/worksheet';
import pdfmake, { type DocumentDefinition } from 'pdfmake';
import { FONT_FILES, readFont } from './fonts.js';

let configured = false;

function configure(): void {
  if (configured) return;
  for (const family of FAMILIES) {
    for (const style of FONT_STYLES)
      pdfmake.virtualfs.writeFileSync(
        FONT_FILES[family][style],
        readFont(FONT_FILES[family][style]),
      );
  }
  pdfmake.setFonts(
    Object.fromEntries(FAMILIES.map((family) => [family, { ...FONT_FILES[family] }])),
  );
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = true;
}

export async function renderPdf(definition: DocumentDefinition): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(prepareDocument(definition)).getBuffer();
}

/** The number of pages in a PDF that pdfkit wrote (one uncompressed /Type /Page object each). */
export const countPages = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
