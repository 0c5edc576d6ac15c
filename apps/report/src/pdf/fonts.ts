/**
 * The font files on disk: the npm packages @attribution-lab/worksheet names for each family, so
 * that a machine with only Node and npm can print. Which characters each draws is the worksheet
 * package's table (fontCoverage).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FAMILIES, FONT_PACKAGES, type Family, type FontStyle } from '@attribution-lab/worksheet';
import type { FontFiles } from 'pdfmake';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

/** Where each family's styles are on disk. */
export const FONT_FILES = Object.fromEntries(
  FAMILIES.map((family) => [
    family,
    Object.fromEntries(
      Object.entries(FONT_PACKAGES[family]).map(([style, file]) => [style, require.resolve(file)]),
    ) as Record<FontStyle, string>,
  ]),
) as Record<Family, FontFiles>;

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
