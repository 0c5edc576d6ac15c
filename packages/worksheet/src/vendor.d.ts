/** Types for the part of fontkit 2 the coverage script reads; fontkit 2 ships none. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(data: Buffer): Font;
}
