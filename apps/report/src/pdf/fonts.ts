/**
 * The typefaces, all from npm packages so that a machine with only Node and npm can print the
 * briefing: Noto Sans for Latin text (with the diacritics of Bāghūz, Xiwêran and Jérôme),
 * Noto Sans Arabic for the Arabic words left in the texts, and Noto Sans Math for arrows and
 * other symbols neither covers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import type { FontFiles } from 'pdfmake';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

/**
 * fontkit as pdfkit loads it (CommonJS), so the process compiles one copy: importing it as an ES
 * module would load its separate ESM build as well, which costs a tenth of a second at startup.
 * Loaded on first use, by which time pdfmake has usually loaded it.
 */
const fontkit = (): typeof Fontkit => require('fontkit') as typeof Fontkit;

/** pdfmake's font families, in the order a character falls back through them. */
export const FAMILIES = ['NotoSans', 'NotoSansArabic', 'NotoSansMath'] as const;
export type Family = (typeof FAMILIES)[number];
export const BASE_FAMILY: Family = 'NotoSans';

const notoSans = (file: string) => require.resolve(`@expo-google-fonts/noto-sans/${file}`);
const notoSansArabic = (file: string) =>
  require.resolve(`@expo-google-fonts/noto-sans-arabic/${file}`);
const notoSansMath =
  require.resolve('@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff');

/** Where each family's styles come from. */
export const FONT_FILES: Record<Family, FontFiles> = {
  NotoSans: {
    normal: notoSans('400Regular/NotoSans_400Regular.ttf'),
    bold: notoSans('700Bold/NotoSans_700Bold.ttf'),
    italics: notoSans('400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
    bolditalics: notoSans('700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
  },
  // Arabic script has no italic; slanting it would misrepresent the text, so italics stay upright.
  NotoSansArabic: {
    normal: notoSansArabic('400Regular/NotoSansArabic_400Regular.ttf'),
    bold: notoSansArabic('700Bold/NotoSansArabic_700Bold.ttf'),
    italics: notoSansArabic('400Regular/NotoSansArabic_400Regular.ttf'),
    bolditalics: notoSansArabic('700Bold/NotoSansArabic_700Bold.ttf'),
  },
  NotoSansMath: {
    normal: notoSansMath,
    bold: notoSansMath,
    italics: notoSansMath,
    bolditalics: notoSansMath,
  },
};

const fontData = new Map<string, Buffer>();

/** A font file's bytes as TrueType/OpenType, read once per process. */
export function readFont(path: string): Buffer {
  let data = fontData.get(path);
  if (!data) {
    const raw = readFileSync(path);
    data = path.endsWith('.woff') ? woffToSfnt(raw) : raw;
    fontData.set(path, data);
  }
  return data;
}

export interface Coverage {
  /** Whether the family has a glyph for the code point. */
  covers(family: Family, codePoint: number): boolean;
  /** The first family in fallback order that has a glyph for the code point, or null. */
  familyFor(codePoint: number): Family | null;
}

let coverage: Coverage | undefined;

/** The coverage of the bundled fonts, read from their character maps once per process. */
export function fontCoverage(): Coverage {
  if (coverage) return coverage;
  // A font is parsed only when a character reaches it: text with no Arabic or symbols never pays
  // for those fonts.
  const fonts = new Map<Family, Fontkit.Font>();
  const font = (family: Family) => {
    let parsed = fonts.get(family);
    if (!parsed) {
      parsed = fontkit().create(readFont(FONT_FILES[family].normal));
      fonts.set(family, parsed);
    }
    return parsed;
  };
  const covers = (family: Family, codePoint: number) =>
    font(family).hasGlyphForCodePoint(codePoint);
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
