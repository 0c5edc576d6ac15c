/**
 * Reading a rendered PDF back the way a reader's tools do: poppler's pdftotext, pdfinfo and
 * pdftoppm, and the few plain objects (bookmarks, page list, structure entries) that poppler has no
 * command to print. The end-to-end tests and the engine's tests both read PDFs through here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export interface TextOptions {
  /** One page only, from 1. */
  page?: number;
  /** Content-stream order instead of reading order: it keeps each table cell whole. */
  raw?: boolean;
}

/** The text of the PDF, or of one page, in reading order (`raw`: content-stream order). */
export function pdftotext(file: string, { page, raw }: TextOptions = {}) {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync(
    'pdftotext',
    ['-enc', 'UTF-8', ...pages, ...(raw ? ['-raw'] : []), file, '-'],
    {
      maxBuffer: 1 << 26,
    },
  )
    .toString()
    .normalize('NFC');
}

/** The text of each page, first page first. */
export const pageTexts = (file: string, options: Omit<TextOptions, 'page'> = {}): string[] =>
  pdftotext(file, options).split('\f').slice(0, -1);

export const pdfinfo = (file: string) => execFileSync('pdfinfo', [file]).toString();

/** Bidirectional controls poppler inserts around right-to-left text, which a reader never sees. */
export const withoutBidiControls = (text: string) =>
  text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

/**
 * Text as pdftotext gives it back, made comparable with the source: no whitespace (so line wrapping
 * does not matter) and no bidi controls, which poppler adds around right-to-left text. Arabic
 * words come back whole, marks and all, from their ActualText spans.
 */
export const comparable = (text: string) =>
  withoutBidiControls(text.normalize('NFC')).replace(/\s+/g, '');

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

export interface PageBox {
  height: number;
  /** The lowest edge of any word between the running header and footer, in points from the top. */
  textBottom: number;
}

/** Each page's height and how far down its body text reaches, from `pdftotext -bbox`. */
export function pageBoxes(file: string, margins: { top: number; bottom: number }): PageBox[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { maxBuffer: 1 << 26 }).toString();
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const bottoms = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .filter((m) => Number(m[1]) > margins.top && Number(m[2]) < height - margins.bottom)
        .map((m) => Number(m[2]));
      return { height, textBottom: Math.max(0, ...bottoms) };
    });
}

export interface StructureElement {
  /** Its structure type (P, H1, Table…), or OBJR for a reference to an annotation. */
  type: string;
  /** Its attributes as pdfinfo prints them ("/Scope /Column"). */
  attributes: string[];
  /** Its child elements and, as strings, the text of its marked content, in order. */
  children: (StructureElement | string)[];
}

/** The structure tree as `pdfinfo -struct-text` prints it, read back into a tree. */
export function structureTree(file: string): StructureElement {
  const lines = execFileSync('pdfinfo', ['-enc', 'UTF-8', '-struct-text', file], {
    maxBuffer: 1 << 26,
  })
    .toString()
    .split('\n')
    .filter(Boolean);
  const root: StructureElement = { type: 'root', attributes: [], children: [] };
  const open: StructureElement[] = [root];
  for (const line of lines) {
    const depth = (line.length - line.trimStart().length) / 2;
    const content = line.trim();
    if (content.startsWith('/')) {
      open.at(-1)!.attributes.push(content);
      continue;
    }
    const parent = open[Math.floor(depth)]!;
    if (content.startsWith('"')) {
      parent.children.push(content.slice(1, -1));
      continue;
    }
    const type = content.startsWith('Object ') ? 'OBJR' : /^\w+/.exec(content)![0];
    const element: StructureElement = { type, attributes: [], children: [] };
    parent.children.push(element);
    open.length = Math.floor(depth) + 1;
    open.push(element);
  }
  return root.children[0] as StructureElement;
}

/** Every element of a structure tree of a type, in reading order. */
export function elementsOf(tree: StructureElement, type: string): StructureElement[] {
  const below = tree.children.flatMap((c) => (typeof c === 'string' ? [] : elementsOf(c, type)));
  return tree.type === type ? [tree, ...below] : below;
}

/** The text of an element and everything in it, in reading order. */
export const textOf = (element: StructureElement): string =>
  element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/**
 * The structure elements of a type with a key of their dictionary read as text (the /Alt of a
 * figure, the /ActualText and /Lang of a span), which poppler 22's pdfinfo does not print.
 */
export function structureEntries(file: string, type: string, key: string): string[] {
  return [...objects(file).values()]
    .filter((dict) => dict.includes(`/S /${type}\n`))
    .map((dict) => new RegExp(`/${key} (\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f]+>)`).exec(dict))
    .filter((m) => m !== null)
    .map((m) => pdfString(m[1]!));
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A PDF string, literal or hexadecimal, in PDFDocEncoding or UTF-16BE, as text. */
function pdfString(token: string): string {
  const bytes = token.startsWith('<')
    ? Buffer.from(token.slice(1, -1), 'hex')
    : Buffer.from(
        token.slice(1, -1).replace(/\\([nrtbf]|[^nrtbf])/g, (_, c: string) => ESCAPES[c] ?? c),
        'latin1',
      );
  return bytes[0] === 0xfe && bytes[1] === 0xff
    ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le')
    : bytes.toString('latin1');
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
    [...raw.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*(?:stream|endobj)/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
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

/** Every stream of a PDF by object number, inflated, with its dictionary. */
function streams(file: string): Map<string, { dict: string; data: string }> {
  const pdf = readFileSync(file);
  const raw = pdf.toString('latin1');
  const found = new Map<string, { dict: string; data: string }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let bytes = pdf.subarray(start, end);
    if (m[2]!.includes('/FlateDecode')) bytes = inflateSync(bytes);
    found.set(m[1]!, { dict: m[2]!, data: bytes.toString('latin1') });
  }
  return found;
}

/** A ToUnicode CMap as pdfkit writes it (ranges of arrays): glyph code to text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, start, targets] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/gi)) {
    [...targets!.matchAll(/<([0-9a-f ]*)>/gi)].forEach(([, hex], i) => {
      const units = hex!
        .split(' ')
        .filter(Boolean)
        .map((h) => Buffer.from(h, 'hex').swap16().toString('utf16le'));
      map.set(parseInt(start!, 16) + i, units.join(''));
    });
  }
  return map;
}

export interface DrawnGlyph {
  /** The text the glyph stands for (its ToUnicode entry). */
  text: string;
  /** The height its origin is drawn at, in points up from the bottom of the page. */
  y: number;
}

/**
 * The glyphs drawn in a font, one list per text object, in drawing order, read from the content
 * streams: pdfkit moves the text matrix (Tm) to each glyph it positions, such as a mark.
 */
export function drawnGlyphs(file: string, baseFont: string): DrawnGlyph[][] {
  const dicts = objects(file);
  const all = streams(file);
  const cmaps = new Map<string, Map<number, string>>();
  for (const [ref, dict] of dicts) {
    const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(dict)?.[1];
    if (!cmapRef || !dict.includes(`+${baseFont}`)) continue;
    const cmap = toUnicode(all.get(cmapRef)!.data);
    for (const resources of dicts.values())
      for (const [, name] of resources.matchAll(new RegExp(`/(F\\d+) ${ref} 0 R`, 'g')))
        cmaps.set(name!, cmap);
  }
  const runs: DrawnGlyph[][] = [];
  for (const { data } of all.values()) {
    let cmap: Map<number, string> | undefined;
    let y = 0;
    let run: DrawnGlyph[] = [];
    for (const [op] of data.matchAll(/\/F\d+ [\d.]+ Tf|[-\d. ]+ Tm|\[[^\]]*\] TJ|\bET\b/g)) {
      if (op.endsWith('Tf')) cmap = cmaps.get(op.split(' ')[0]!.slice(1));
      else if (op.endsWith('Tm')) y = Number(op.trim().split(/\s+/)[5]);
      else if (op === 'ET') {
        if (run.length) runs.push(run);
        run = [];
      } else if (cmap)
        for (const [, hex] of op.matchAll(/<([0-9a-f]+)>/gi))
          for (let i = 0; i < hex!.length; i += 4)
            run.push({ text: cmap.get(parseInt(hex!.slice(i, i + 4), 16)) ?? '', y });
    }
  }
  return runs;
}
