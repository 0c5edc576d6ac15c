/**
 * The printed worksheet, made in the browser: the same document definition the report's
 * `--document worksheet` prints for the same exercises (@attribution-lab/worksheet), rendered with
 * pdfmake's browser build. It is the teacher kit: WorksheetDownload loads it with import() only
 * when a teacher asks for the PDF, bundled on its own (`?teacher-kit` in vite.config.ts) with
 * pdfmake and the corpus, so no student page loads any of it. It imports nothing from the app.
 */
import type { Corpus } from '@attribution-lab/corpus/queries';
import corpusData from '@attribution-lab/corpus/corpus.json';
import type { Exercise, ExerciseSettings } from '@attribution-lab/exercises';
import {
  buildWorksheet,
  creationDate,
  editionOf,
  prepareDocument,
  FAMILIES,
  type Family,
  type FontStyle,
  type Paper,
} from '@attribution-lab/worksheet';
import type { DocumentDefinition } from '@attribution-lab/worksheet/pdfmake';
import pdfMake from 'pdfmake/build/pdfmake.min.js';

const corpus = corpusData as unknown as Corpus;

let configured = false;

/**
 * pdfmake fetches a font given as a URL, through the service worker; it may fetch nothing but
 * this site's own fonts.
 */
function configure(fontUrls: Record<Family, Record<FontStyle, string>>): void {
  if (configured) return;
  const absolute = (url: string) => new URL(url, location.href).href;
  const fonts = Object.fromEntries(
    FAMILIES.map((family) => [
      family,
      Object.fromEntries(
        Object.entries(fontUrls[family]).map(([style, url]) => [style, absolute(url)]),
      ) as Record<FontStyle, string>,
    ]),
  );
  const allowed = new Set(Object.values(fonts).flatMap((styles) => Object.values(styles)));
  pdfMake.setFonts(fonts);
  pdfMake.setUrlAccessPolicy((url) => allowed.has(url));
  configured = true;
}

export interface WorksheetFile {
  blob: Blob;
  fileName: string;
}

/**
 * The worksheet's definition for a round's exercises (the set the round draws), as the report's
 * command builds it, dated by the corpus's release as the command is when no date is asked for.
 */
export function worksheetDefinition(
  exercises: Exercise[],
  settings: ExerciseSettings,
  paper: Paper,
): DocumentDefinition {
  const date = creationDate(editionOf(corpus, null));
  return buildWorksheet(corpus, exercises, { paper, settings, date });
}

/** The worksheet as a PDF file, named after its seed; the fonts are fetched from `fontUrls`. */
export async function worksheetPdf(
  exercises: Exercise[],
  settings: ExerciseSettings,
  fontUrls: Record<Family, Record<FontStyle, string>>,
  paper: Paper = 'a4',
): Promise<WorksheetFile> {
  configure(fontUrls);
  const definition = prepareDocument(worksheetDefinition(exercises, settings, paper));
  const blob = await pdfMake.createPdf(definition).getBlob();
  const seed = settings.seed.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 40);
  return { blob, fileName: `worksheet-${seed}.pdf` };
}
