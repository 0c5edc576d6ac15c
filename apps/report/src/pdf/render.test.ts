/**
 * What a reader's tools get back from a rendered PDF: the real briefing and the fixture corpus's
 * briefing (Arabic words in a list and in quotes), read with poppler.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, INTEGRITY_RULES } from '@attribution-lab/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing, type BriefingOptions } from '../briefing/index.js';
import { fixtureCorpus } from '../test-support/fixture.js';
import { bookmarks, grayPage, words, type Word } from '../test-support/read-pdf.js';
import { renderPdf } from './render.js';

const options: BriefingOptions = {
  paper: 'a4',
  edition: { date: '2026-11-21', basis: 'requested' },
  checks: INTEGRITY_RULES.map(({ id, description }) => ({ id, description })),
};

const folder = mkdtempSync(join(tmpdir(), 'report-render-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let briefing: string;
let fixture: string;

beforeAll(async () => {
  briefing = join(folder, 'briefing.pdf');
  fixture = join(folder, 'fixture.pdf');
  writeFileSync(briefing, await renderPdf(buildBriefing(corpus, options)));
  writeFileSync(fixture, await renderPdf(buildBriefing(fixtureCorpus(), options)));
});

describe('bookmarks', () => {
  it('open each section and subsection at its heading, not at a corner of the page', () => {
    const marks = bookmarks(briefing);
    expect(marks.map((m) => m.title)).toEqual(
      expect.arrayContaining(['Key figures', 'Where the sources disagree', 'Notes']),
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
  const CONTENTS_PAGE = 2;
  /** Each entry's words and its page number, a row per page number in the right-hand column. */
  function entries(): { text: Word[]; number: Word }[] {
    const page = words(briefing, CONTENTS_PAGE);
    const top = page.find((w) => w.text === 'Contents')!.yMax;
    const bottom = page.find((w) => w.text === 'How')!.yMin;
    const right = Math.max(...page.map((w) => w.xMax));
    return page
      .filter((w) => w.yMin > top && w.yMax < bottom)
      .filter((w) => /^\d+$/.test(w.text) && right - w.xMax < 1)
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
    const image = grayPage(briefing, CONTENTS_PAGE);
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
