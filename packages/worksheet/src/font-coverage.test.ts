import { describe, expect, it } from 'vitest';
import { readCoverage } from '../scripts/read-coverage.js';
import { FONT_COVERAGE } from './font-coverage.js';
import { fontCoverage } from './fonts.js';

describe('the font coverage table', () => {
  it('records exactly the characters each bundled font draws (rerun `pnpm fonts` if not)', () => {
    expect(FONT_COVERAGE).toEqual(readCoverage());
  });

  it('falls back from Noto Sans to Noto Sans Arabic and Noto Sans Math, and to nothing', () => {
    const coverage = fontCoverage();
    expect(coverage.familyFor('ā'.codePointAt(0)!)).toBe('NotoSans');
    expect(coverage.familyFor('ث'.codePointAt(0)!)).toBe('NotoSansArabic');
    expect(coverage.familyFor('→'.codePointAt(0)!)).toBe('NotoSansMath');
    expect(coverage.familyFor('哈'.codePointAt(0)!)).toBeNull();
    expect(coverage.covers('NotoSansArabic', 'A'.codePointAt(0)!)).toBe(true);
  });
});
