/**
 * Reading a rendered PDF back the way a reader's tools do: poppler's pdftotext, pdfinfo and
 * pdftoppm, and the few plain objects (bookmarks, page list) that poppler has no command to print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The text of the PDF, or of one page, in reading order (`raw`: content-stream order). */
export function pdftotext(file: string, { page, raw }: { page?: number; raw?: boolean } = {}) {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, ...(raw ? ['-raw'] : []), file, '-'])
    .toString()
    .normalize('NFC');
}

/** Bidirectional controls poppler inserts around right-to-left text, which a reader never sees. */
export const withoutBidiControls = (text: string) =>
  text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Each word on a page with its box, in points from the page's top-left corner. */
export function words(file: string, page: number): Word[] {
  const html = execFileSync('pdftotext', [
    '-enc',
    'UTF-8',
    '-bbox',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ]).toString();
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, xMin, yMin, xMax, yMax, text]) => ({
    text: text!
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    yMax: Number(yMax),
  }));
}

/** The structure tree as `pdfinfo -struct-text` prints it. */
export const structureTree = (file: string) =>
  execFileSync('pdfinfo', ['-struct-text', file]).toString();

/** A PDF literal or hexadecimal (UTF-16BE) string as text. */
function pdfString(literal: string): string {
  if (literal.startsWith('<')) {
    const hex = literal.slice(1, -1);
    const bytes = Buffer.from(hex, 'hex');
    return bytes.subarray(2).swap16().toString('utf16le');
  }
  return literal.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

export interface Bookmark {
  title: string;
  /** The page the bookmark opens, from 1. */
  page: number;
  /** Where on the page, in points from its top-left corner. */
  x: number;
  top: number;
}

/** The dictionaries of a PDF's objects, by object number (pdfkit writes them uncompressed). */
function objects(file: string): Map<string, string> {
  const raw = readFileSync(file).toString('latin1');
  return new Map(
    [...raw.matchAll(/(\d+) 0 obj\s*<<([^]*?)>>\s*(?:stream|endobj)/g)].map((m) => [m[1]!, m[2]!]),
  );
}

/** Every bookmark with the place it opens, read from the outline items' explicit destinations. */
export function bookmarks(file: string): Bookmark[] {
  const dicts = objects(file);
  const all = [...dicts.values()];
  const kids = /\/Kids \[([^\]]*)\]/.exec(all.find((d) => /\/Type \/Pages\b/.test(d))!)![1]!;
  const pages = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
  const height = (page: string) =>
    Number(/\/MediaBox \[0 0 [\d.]+ ([\d.]+)\]/.exec(dicts.get(page)!)![1]);
  return all
    .filter((dict) => dict.includes('/Dest [') && dict.includes('/Title'))
    .map((dict) => {
      const [, page, x, y] = /\/Dest \[(\d+) 0 R \/XYZ ([\d.-]+) ([\d.-]+)/.exec(dict)!;
      const title = /\/Title (\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)/.exec(dict)![1]!;
      return {
        title: pdfString(title),
        page: pages.indexOf(page!) + 1,
        x: Number(x),
        top: height(page!) - Number(y),
      };
    });
}

export interface GrayImage {
  width: number;
  height: number;
  /** Points per pixel side. */
  scale: number;
  /** The darkness of the pixel at a point on the page, 0 (white) to 1 (black). */
  darkness(x: number, y: number): number;
}

/** A page rendered in grey levels by pdftoppm, addressed in points from its top-left corner. */
export function grayPage(file: string, page: number, dpi = 144): GrayImage {
  const pgm = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file],
    { maxBuffer: 1 << 26 },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  const [width, height, max] = [Number(header[1]), Number(header[2]), Number(header[3])];
  const pixels = pgm.subarray(header[0].length);
  const scale = 72 / dpi;
  return {
    width,
    height,
    scale,
    darkness(x, y) {
      const column = Math.round(x / scale);
      const row = Math.round(y / scale);
      if (column < 0 || row < 0 || column >= width || row >= height) return 0;
      return 1 - pixels[row * width + column]! / max;
    },
  };
}
