/** The code points each bundled font draws, as sorted [first, last] ranges, read with fontkit. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { FAMILIES, FONT_PACKAGES, type Family } from '../src/fonts.js';

const require = createRequire(import.meta.url);

export function readCoverage(): Record<Family, [number, number][]> {
  const entries = FAMILIES.map((family) => {
    const font = fontkit.create(readFileSync(require.resolve(FONT_PACKAGES[family].normal)));
    // characterSet lists the character map; a code point mapped to glyph 0 (.notdef) is not drawn.
    const points = [...new Set(font.characterSet)]
      .filter((point) => font.hasGlyphForCodePoint(point))
      .sort((a, b) => a - b);
    const ranges: [number, number][] = [];
    for (const point of points) {
      const last = ranges.at(-1);
      if (last && point === last[1] + 1) last[1] = point;
      else ranges.push([point, point]);
    }
    return [family, ranges] as const;
  });
  return Object.fromEntries(entries) as Record<Family, [number, number][]>;
}
