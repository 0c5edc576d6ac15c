/**
 * Writes src/font-coverage.ts: the code points each bundled font has a glyph for, as ranges, read
 * from the fonts' character maps with fontkit. Run after updating a font package:
 * `pnpm --filter @attribution-lab/worksheet fonts`. src/font-coverage.test.ts fails until it is.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCoverage } from './read-coverage.js';

const target = fileURLToPath(new URL('../src/font-coverage.ts', import.meta.url));
const coverage = readCoverage();
const lines = Object.entries(coverage).map(
  ([family, ranges]) => `  ${family}: ${JSON.stringify(ranges)},`,
);
writeFileSync(
  target,
  `// Written by scripts/font-coverage.ts from the fonts' character maps; do not edit.\n` +
    `export const FONT_COVERAGE: Record<\n  'NotoSans' | 'NotoSansArabic' | 'NotoSansMath',\n  readonly (readonly [number, number])[]\n> = {\n${lines.join('\n')}\n};\n`,
);
console.log(`Wrote ${target}`);
