import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from './fonts.js';
import { woffToSfnt } from './woff.js';

describe('woffToSfnt', () => {
  const woff = readFileSync(FONT_FILES.NotoSansMath.normal);

  it('unwraps the bundled WOFF into a font that has the same glyphs', () => {
    const font = fontkit.create(woffToSfnt(woff));
    expect(font.postscriptName).toBe('NotoSansMath-Regular');
    expect(font.hasGlyphForCodePoint(0x2192)).toBe(true);
    expect(font.hasGlyphForCodePoint(0x4e00)).toBe(false);
  });

  it('starts the result with the flavour of the wrapped font, not the WOFF signature', () => {
    expect(woffToSfnt(woff).readUInt32BE(0)).toBe(woff.readUInt32BE(4));
  });

  it('refuses bytes that are not WOFF', () => {
    expect(() =>
      woffToSfnt(Buffer.from('not a font at all, not even close to one, really')),
    ).toThrow(/not a WOFF/);
  });
});
