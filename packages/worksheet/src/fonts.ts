/**
 * The typefaces every printed document is set in, and which characters each can draw. The files
 * come from npm packages (see FONT_PACKAGES); the report reads them from disk, the quiz fetches
 * them in the browser, and both fall back through the families in the same order, from the same
 * table, so a text is set in the same fonts whichever printed it.
 */
import { FONT_COVERAGE } from './font-coverage.js';

/** pdfmake's font families, in the order a character falls back through them. */
export const FAMILIES = ['NotoSans', 'NotoSansArabic', 'NotoSansMath'] as const;
export type Family = (typeof FAMILIES)[number];
export const BASE_FAMILY: Family = 'NotoSans';
export const FONT_STYLES = ['normal', 'bold', 'italics', 'bolditalics'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

/**
 * Each family's styles as files of npm packages: Noto Sans for Latin text (with the diacritics of
 * Bāghūz, Xiwêran and Jérôme), Noto Sans Arabic for the Arabic words left in the texts, and Noto
 * Sans Math for arrows and other symbols neither covers. Arabic script has no italic; slanting it
 * would misrepresent the text, so its italics stay upright.
 */
export const FONT_PACKAGES: Record<Family, Record<FontStyle, string>> = {
  NotoSans: {
    normal: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    italics: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
    bolditalics: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  },
  NotoSansArabic: {
    normal: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
    italics: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bolditalics: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  NotoSansMath: {
    normal: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff',
    bold: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff',
    italics: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff',
    bolditalics: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff',
  },
};

export interface Coverage {
  /** Whether the family has a glyph for the code point. */
  covers(family: Family, codePoint: number): boolean;
  /** The first family in fallback order that has a glyph for the code point, or null. */
  familyFor(codePoint: number): Family | null;
}

/** Whether a code point falls in one of the sorted, disjoint [first, last] ranges. */
function inRanges(ranges: readonly (readonly [number, number])[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = ranges[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

let coverage: Coverage | undefined;

/**
 * The coverage of the bundled fonts, from their character maps as font-coverage.ts records them
 * (written by `pnpm --filter @attribution-lab/worksheet fonts`, checked against the fonts by a test):
 * a table rather than the fonts themselves, so the browser knows which font a character needs
 * without parsing any of them.
 */
export function fontCoverage(): Coverage {
  if (coverage) return coverage;
  const covers = (family: Family, codePoint: number) => inRanges(FONT_COVERAGE[family], codePoint);
  const memo = new Map<number, Family | null>();
  coverage = {
    covers,
    familyFor(codePoint) {
      let family = memo.get(codePoint);
      if (family === undefined) {
        family = FAMILIES.find((f) => covers(f, codePoint)) ?? null;
        memo.set(codePoint, family);
      }
      return family;
    },
  };
  return coverage;
}
