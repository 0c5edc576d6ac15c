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
import { bookmarks, words } from '../test-support/read-pdf.js';
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
