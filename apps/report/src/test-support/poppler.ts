/**
 * Running the built command and reading its PDFs back with poppler, for the end-to-end tests:
 * text in reading or content order, page by page, and where words sit on the page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The command run in a child process, as from `cwd`, without the caller's SOURCE_DATE_EPOCH. */
export function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const { SOURCE_DATE_EPOCH: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...inherited, INIT_CWD: cwd, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The text in reading order; `raw` keeps content-stream order, which keeps each table cell whole. */
export const pdftotext = (pdf: string, mode: 'reading' | 'raw' = 'reading') =>
  execFileSync('pdftotext', [
    '-enc',
    'UTF-8',
    ...(mode === 'raw' ? ['-raw'] : []),
    pdf,
    '-',
  ]).toString();

/** The text of each page, first page first. */
export const pageTexts = (pdf: string, mode: 'reading' | 'raw' = 'reading'): string[] =>
  pdftotext(pdf, mode).split('\f').slice(0, -1);

export const pdfinfo = (pdf: string) => execFileSync('pdfinfo', [pdf]).toString();

/**
 * Text as pdftotext gives it back, made comparable with the source: no whitespace (so line wrapping
 * does not matter) and no bidi controls, which poppler adds around right-to-left text. Arabic
 * words come back whole, marks and all, from their ActualText spans.
 */
export const comparable = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, '');

export interface PageBox {
  height: number;
  /** The lowest edge of any word between the running header and footer, in points from the top. */
  textBottom: number;
}

/** Each page's height and how far down its body text reaches, from `pdftotext -bbox`. */
export function pageBoxes(pdf: string, margins: { top: number; bottom: number }): PageBox[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
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

/** A page as a grayscale raster at one pixel per point: `pixel(x, y)` is 0 (black) to 255 (white). */
export function grayPage(pdf: string, page: number) {
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-r',
    '72',
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
  ]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = pgm.subarray(header[0].length);
  return { width, height, pixel: (x: number, y: number) => data[y * width + x]! };
}
