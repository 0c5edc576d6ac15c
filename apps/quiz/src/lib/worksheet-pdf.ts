/**
 * The printed worksheet, made in the browser: the same document definition the report's
 * `--document worksheet` prints for the same settings (@attribution-lab/worksheet), rendered
 * with pdfmake's browser build. Only WorksheetDownload imports it, and only with import() when a
 * teacher asks for the PDF: pdfmake, the corpus and the fonts are the teacher kit, a chunk and
 * assets no student page loads (see TEACHER_KIT in vite.config.ts). The service worker keeps them
 * once the teacher page has been opened, so the worksheet is made offline too.
 */
import type { Corpus } from '@attribution-lab/corpus/queries';
import corpusData from '@attribution-lab/corpus/corpus.json';
import type { ExerciseSettings } from '@attribution-lab/exercises';
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
import notoSansArabicBold from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import notoSansArabicRegular from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import notoSansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoSansBoldItalic from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import notoSansItalic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import notoSansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoSansMath from '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff?url';

import { loadIndex, loadItems } from './bank.js';
import { pickExercises } from './round-link.js';

const corpus = corpusData as unknown as Corpus;

/** The files of FONT_PACKAGES (@attribution-lab/worksheet) as this build serves them. */
const FONT_URLS: Record<Family, Record<FontStyle, string>> = {
  NotoSans: {
    normal: notoSansRegular,
    bold: notoSansBold,
    italics: notoSansItalic,
    bolditalics: notoSansBoldItalic,
  },
  NotoSansArabic: {
    normal: notoSansArabicRegular,
    bold: notoSansArabicBold,
    italics: notoSansArabicRegular,
    bolditalics: notoSansArabicBold,
  },
  NotoSansMath: {
    normal: notoSansMath,
    bold: notoSansMath,
    italics: notoSansMath,
    bolditalics: notoSansMath,
  },
};

let configured = false;

/**
 * pdfmake fetches a font given as a URL, through the service worker; it may fetch nothing but
 * this site's own fonts.
 */
function configure(): void {
  if (configured) return;
  const absolute = (url: string) => new URL(url, location.href).href;
  const fonts = Object.fromEntries(
    FAMILIES.map((family) => [
      family,
      Object.fromEntries(
        Object.entries(FONT_URLS[family]).map(([style, url]) => [style, absolute(url)]),
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
 * The worksheet's definition for a round, as the report's command builds it. The exercises come
 * from the site's bank, the set a student's round draws (generateExercises gives the same, which
 * tests/teacher.spec.ts checks), so the generators never ship to the browser.
 */
export async function worksheetDefinition(
  settings: ExerciseSettings,
  paper: Paper,
): Promise<DocumentDefinition> {
  const items = await loadItems(pickExercises(await loadIndex(), settings));
  const exercises = items.map((item) => item.exercise);
  // Dated by the corpus's release, as the command is when no date is asked for.
  const date = creationDate(editionOf(corpus, null));
  return buildWorksheet(corpus, exercises, { paper, settings, date });
}

/** The worksheet as a PDF file, named after its seed. */
export async function worksheetPdf(
  settings: ExerciseSettings,
  paper: Paper = 'a4',
): Promise<WorksheetFile> {
  configure();
  const definition = prepareDocument(await worksheetDefinition(settings, paper));
  const blob = await pdfMake.createPdf(definition).getBlob();
  const seed = settings.seed.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 40);
  return { blob, fileName: `worksheet-${seed}.pdf` };
}
