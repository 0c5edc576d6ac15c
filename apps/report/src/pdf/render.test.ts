/**
 * What a reader's tools get back from a rendered PDF: the real briefing and the fixture corpus's
 * briefing (Arabic words in a list and in quotes), read with poppler.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, INTEGRITY_RULES } from '@attribution-lab/corpus';
import type { Content, TextNode } from 'pdfmake';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlyQuotes } from '../briefing/format.js';
import { buildBriefing, type BriefingOptions } from '../briefing/index.js';
import { nodes as nodesOf, words as wordsOf } from '../test-support/content.js';
import { fixtureCorpus } from '../test-support/fixture.js';
import {
  bookmarks,
  drawnGlyphs,
  elementsOf,
  grayPage,
  pageTexts,
  pdftotext,
  structureEntries,
  structureTree,
  textOf,
  withoutBidiControls,
  words,
  type StructureElement,
  type Word,
} from '../test-support/read-pdf.js';
import { renderPdf } from './render.js';

const options: BriefingOptions = {
  paper: 'a4',
  edition: { date: '2026-11-21', basis: 'requested' },
  checks: INTEGRITY_RULES.map(({ id, description }) => ({ id, description })),
};

const folder = mkdtempSync(join(tmpdir(), 'report-render-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const definition = buildBriefing(corpus, options);
let briefing: string;
let fixture: string;

beforeAll(async () => {
  briefing = join(folder, 'briefing.pdf');
  fixture = join(folder, 'fixture.pdf');
  writeFileSync(briefing, await renderPdf(definition));
  writeFileSync(fixture, await renderPdf(buildBriefing(fixtureCorpus(), options)));
});

/** Every node of the briefing's content as its builders wrote it, depth first. */
const nodes = (content: Content = definition.content) => nodesOf(content);

/** The words of a text node or a plain string; nothing for a container. */
const plainText = (content: Content): string =>
  typeof content === 'string' || 'text' in content ? wordsOf(content) : '';

describe('bookmarks', () => {
  it('open each section and subsection at its heading, not at a corner of the page', () => {
    const marks = bookmarks(briefing);
    expect(marks.map((m) => m.title)).toEqual(
      expect.arrayContaining([
        'Key figures',
        'Where the sources disagree',
        'Annex A. Other figures',
        'The event’s other figures',
        'Annex D. Notes',
      ]),
    );
    for (const mark of marks) {
      const first = mark.title.split(/\s+/)[0];
      const heading = words(briefing, mark.page).find(
        (w) => w.text === first && Math.abs(w.xMin - mark.x) < 1 && Math.abs(w.yMin - mark.top) < 1,
      );
      expect(heading, `${mark.title} → page ${mark.page} (${mark.x}, ${mark.top})`).toBeDefined();
    }
  });
});

describe('table of contents', () => {
  /** The page with the contents, which the annex opens with: the one with a line "Contents". */
  const contentsPage = () => {
    const page = pageTexts(briefing).findIndex((text) => /^Contents$/m.test(text)) + 1;
    expect(page, 'the page with the contents').toBeGreaterThan(1);
    return page;
  };
  /**
   * Each entry's words and its page number: the numbers at the right margin below the contents'
   * title, as many as the document has contents entries.
   */
  function entries(): { text: Word[]; number: Word }[] {
    const count = nodes().filter((n) => 'tocItem' in n && n.tocItem).length;
    const page = words(briefing, contentsPage());
    const top = page.find((w) => w.text === 'Contents')!.yMax;
    const right = Math.max(...page.map((w) => w.xMax));
    return page
      .filter((w) => w.yMin > top && /^\d+$/.test(w.text) && right - w.xMax < 1)
      .sort((a, b) => a.yMin - b.yMin)
      .slice(0, count)
      .map((number) => ({
        number,
        text: page.filter(
          (w) => w !== number && w.xMax < number.xMin && Math.abs(w.yMax - number.yMax) < 4,
        ),
      }));
  }

  it('sets every page number on the baseline of its entry, sub-entries included', () => {
    const rows = entries();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const { text, number } of rows) {
      expect(text.length, `entry for page ${number.text}`).toBeGreaterThan(0);
      for (const word of text) expect(word.yMax).toBeCloseTo(number.yMax, 1);
    }
  });

  it('leads the eye from each entry to its page number with a row of dots', () => {
    const image = grayPage(briefing, contentsPage());
    for (const { text, number } of entries()) {
      const from = Math.max(...text.map((w) => w.xMax));
      const height = number.yMax - number.yMin;
      // The dots sit on the baseline, about a fifth of the word box's height above its bottom.
      const band: number[] = [];
      for (let y = number.yMax - 0.35 * height; y < number.yMax - 0.1 * height; y += image.scale)
        band.push(y);
      let dots = 0;
      let inDot = false;
      for (let x = from + 1; x < number.xMin - 1; x += image.scale) {
        const dark = band.some((y) => image.darkness(x, y) > 0.3);
        if (dark && !inDot) dots++;
        inDot = dark;
      }
      const room = number.xMin - from;
      expect(dots, `dots before page ${number.text}`).toBeGreaterThan(room / 6);
    }
  });
});

describe('Arabic words', () => {
  const FATHA = '\u064E';
  const SHADDA = '\u0651';
  const HAS_ARABIC = /\p{Script=Arabic}/u;
  /** The text as written, whitespace aside: line breaks fall anywhere. */
  const comparable = (text: string) =>
    withoutBidiControls(text.normalize('NFC')).replace(/\s+/g, ' ').trim();

  it('are given back as written, with the quotes, commas and brackets around them in place', () => {
    const text = comparable(pdftotext(briefing));
    // The corpus's own prose (what a flag says, evidence) is printed with curly quotation marks;
    // a quote from a text is printed exactly as found, in the briefing's curly quotes.
    const passages = [
      ...corpus.flags.flatMap((f) => [curlyQuotes(f.says), `“${f.quote.exact}”`]),
      ...corpus.documents.map((d) => curlyQuotes(d.translationEvidence.evidence)),
    ].filter((p) => HAS_ARABIC.test(p));
    expect(passages.length).toBeGreaterThanOrEqual(4);
    expect(passages.filter((p) => !text.includes(comparable(p)))).toEqual([]);
  });

  it('that stand together read in the order the text has them, also in quotes', () => {
    const text = comparable(pdftotext(fixture));
    expect(text).toContain('Two Arabic words, ثمَّ وثَّق, are left untranslated.');
    expect(text).toContain('“ثمَّ وثَّق came the attack.”');
  });

  it('are drawn with the fatha above the shadda, not under it', () => {
    for (const pdf of [briefing, fixture]) {
      const pairs = drawnGlyphs(pdf, 'NotoSansArabic')
        .flatMap((run) => run.slice(1).map((glyph, i) => [run[i]!, glyph] as const))
        .map((pair) => pair.filter((g) => g.text === FATHA || g.text === SHADDA))
        .filter((pair) => pair.length === 2);
      expect(pairs.length).toBeGreaterThan(0);
      for (const pair of pairs) {
        const fatha = pair.find((g) => g.text === FATHA)!;
        const shadda = pair.find((g) => g.text === SHADDA)!;
        expect(fatha.y).toBeGreaterThan(shadda.y);
      }
    }
  });
});

describe('tagged structure', () => {
  let tree: StructureElement;
  beforeAll(() => {
    tree = structureTree(briefing);
  });
  const texts = (type: string) => elementsOf(tree, type).map(textOf);
  /** Every heading of the structure tree (H1, H2…) in reading order, with its text. */
  const headingsRead = (element: StructureElement): { type: string; text: string }[] => [
    ...(/^H\d$/.test(element.type) ? [{ type: element.type, text: textOf(element) }] : []),
    ...element.children.flatMap((c) => (typeof c === 'string' ? [] : headingsRead(c))),
  ];

  it('is a tagged PDF 1.7 that names its language and shows its title, not its file name', () => {
    const info = execFileSync('pdfinfo', [briefing]).toString();
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const raw = readFileSync(briefing).toString('latin1');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(tree.type).toBe('Document');
  });

  it('has a heading for every section and subsection, in the order they are read', () => {
    // The sections are what the contents and the bookmarks list, page one's included: H1, or H2
    // for a subsection (a bookmark under another), whatever size their heading is set in.
    const level = (n: TextNode) => (n.outlineParentId ? 'H2' : 'H1');
    const sections = nodes().filter(
      (n): n is TextNode => 'text' in n && Boolean(n.tocItem || n.outline),
    );
    const toc = nodes().findIndex((n) => 'toc' in n);
    const title = plainText((nodes()[toc] as Extract<Content, { toc: unknown }>).toc.title!);
    const read = headingsRead(tree);
    expect(read.filter((h) => (h.type === 'H1' || h.type === 'H2') && h.text !== title)).toEqual(
      sections.map((n) => ({ type: level(n), text: plainText(n) })),
    );
    expect(texts('H1').length).toBeGreaterThanOrEqual(5);
    // The contents' title is a heading too, read right after the heading of its section and one
    // level under it.
    const before = nodes()
      .slice(0, toc)
      .filter((n) => sections.includes(n as TextNode))
      .at(-1)!;
    const at = read.findIndex((h) => h.text === plainText(before));
    const under = `H${Number(read[at]!.type.slice(1)) + 1}`;
    expect(read[at + 1]).toEqual({ type: under, text: title });
  });

  it('never skips a heading level on the way down, so the outline has no gaps', () => {
    const read = headingsRead(tree);
    const level = (h: { type: string }) => Number(h.type.slice(1));
    expect(level(read[0]!)).toBe(1);
    const skips = read.filter((h, i) => i > 0 && level(h) > level(read[i - 1]!) + 1);
    expect(skips).toEqual([]);
  });

  it('lists the contents as entries that link to their sections', () => {
    const entries = elementsOf(tree, 'TOCI');
    expect(entries.length).toBe(nodes().filter((n) => 'tocItem' in n && n.tocItem).length);
    for (const entry of entries) {
      expect(elementsOf(entry, 'Link').length).toBeGreaterThan(0);
      expect(elementsOf(entry, 'OBJR').length).toBeGreaterThan(0);
    }
  });

  it('marks lists as lists, their items with a body', () => {
    const lists = elementsOf(tree, 'L');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      const items = list.children.filter((c) => typeof c !== 'string');
      expect(items.map((i) => i.type)).toEqual(items.map(() => 'LI'));
      for (const item of items) expect(elementsOf(item, 'LBody')).toHaveLength(1);
    }
  });

  it('makes each table with a header row a Table: header cells TH for their column, data cells TD', () => {
    const tables = elementsOf(tree, 'Table');
    expect(tables.length).toBe(nodes().filter((n) => 'table' in n && n.table.headerRows).length);
    for (const table of tables) {
      const [header, ...rows] = table.children as StructureElement[];
      expect(header!.type).toBe('TR');
      for (const cell of header!.children as StructureElement[]) {
        expect(cell.type).toBe('TH');
        expect(cell.attributes).toContain('/Scope /Column');
      }
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect((row.children as StructureElement[]).map((c) => c.type)).toEqual(
          row.children.map(() => 'TD'),
        );
    }
  });

  it('gives every chart a figure whose alternative text says what it shows', () => {
    const charts = nodes().filter((n) => n.alt !== undefined);
    expect(charts.length).toBeGreaterThan(0);
    // Every drawing in the content is part of a chart: none is left to be read as decoration.
    const drawings = nodes().filter((n) => 'canvas' in n).length;
    expect(charts.flatMap((c) => nodes(c)).filter((n) => 'canvas' in n)).toHaveLength(drawings);
    expect(elementsOf(tree, 'Figure')).toHaveLength(charts.length);
    expect(structureEntries(briefing, 'Figure', 'Alt')).toEqual(charts.map((c) => c.alt));
    for (const alt of structureEntries(briefing, 'Figure', 'Alt'))
      // What it plots, from how many texts, and each report in the text's words with its text;
      // then any report a flag calls wrong, quoted, that is left off.
      expect(alt).toMatch(
        /^Dot plot of .+ reported by \d+ texts?, a row per text: [^;]+ \(\d{3}, [^;]+\)(; [^;]+ \(\d{3}, [^;]+\))*\.( Not plotted, flagged: “[^”]+” \(\d{3}\)(; “[^”]+” \(\d{3}\))*\.)?$/,
      );
  });

  it('tags the Arabic words as Arabic, with the words as written', () => {
    expect(structureEntries(briefing, 'Span', 'Lang').every((lang) => lang === 'ar')).toBe(true);
    expect(new Set(structureEntries(briefing, 'Span', 'ActualText'))).toEqual(
      new Set(['ثمَّ', 'وثَّق']),
    );
  });

  it('puts every link annotation in the structure, in a Link element', () => {
    const raw = readFileSync(briefing).toString('latin1');
    const annotations = raw.match(/\/Subtype \/Link/g)!.length;
    expect(raw.match(/\/StructParent \d+/g)!.length).toBe(annotations);
    expect(elementsOf(tree, 'OBJR')).toHaveLength(annotations);
  });

  it('leaves page headers, footers and repeated table headers out of the structure', () => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ');
    const structured = collapse(textOf(tree));
    const printed = collapse(pdftotext(briefing));
    const size = { width: 595.28, height: 841.89 };
    const furniture = [definition.header!(2, 3, size), definition.footer!(2, 3, size)]
      .flatMap((content) => nodes(content ?? []))
      .map((node) => collapse(plainText(node)))
      .filter((text) => text && !/^Page \d+ of \d+$/.test(text));
    expect(furniture.length).toBeGreaterThan(0);
    for (const text of furniture) {
      expect(printed).toContain(text);
      expect(structured).not.toContain(text);
    }
    expect(structured).not.toMatch(/Page \d+ of \d+/);
    // Each header cell is in the structure once per table, however often its table repeats it.
    const count = (texts: string[]) =>
      texts.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    const headers = count(
      nodes().flatMap((n) =>
        'table' in n && n.table.headerRows
          ? n.table.body.slice(0, n.table.headerRows).flat().map(plainText).filter(Boolean)
          : [],
      ),
    );
    expect(count(texts('TH'))).toEqual(headers);
    const repeated = [...headers].filter(([text, n]) => printed.split(text).length - 1 > n);
    expect(repeated.length).toBeGreaterThan(0);
  });
});
