/**
 * The briefing as its reader holds it: the built command's PDF, read back page by page with
 * poppler (pdftotext, pdfinfo, pdftoppm). Each test is one promise the printed briefing makes:
 * four pages and then the annex, a page one whose every number can be defended, charts beside
 * their tables, no page left nearly empty, one kind of quotation mark, flags in reading order.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  corpus,
  dateSpanOf,
  FLAG_KIND_WORDS,
  formatPartialDate,
  getDocument,
  reportedAs,
  topicFigures,
  type CorpusData,
  type TopicFigures,
} from '@attribution-lab/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSource, outletName, shortSource } from './briefing/format.js';
import { axisFor, place, valueSpan } from './briefing/scale.js';
import { MARGIN } from '@attribution-lab/worksheet';
import { fixtureCorpus } from './test-support/fixture.js';
import { run } from './test-support/command.js';
import { comparable, grayPage, pageBoxes, pageTexts, pdftotext } from './test-support/read-pdf.js';

const DATE = ['--date', '2026-11-30'];
const dir = mkdtempSync(join(tmpdir(), 'report-briefing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function briefing(name: string, args: string[] = []): string {
  const pdf = join(dir, `${name}.pdf`);
  const result = run([...DATE, ...args, '--out', pdf], dir);
  if (result.status !== 0) throw new Error(result.stderr);
  return pdf;
}

const label = (documentId: string) => getDocument(corpus, documentId).sourceFile.slice(0, 3);
const headline = (): TopicFigures[] =>
  corpus.topics
    .filter((t) => t.scope === 'event' && t.headline)
    .map((t) => topicFigures(corpus, t));
const contested = (): TopicFigures[] =>
  corpus.topics
    .filter((t) => t.scope === 'event')
    .map((t) => topicFigures(corpus, t))
    .filter((f) => f.disagree);
/** The page (from 1) on which the annex's heading starts. */
const annexPage = (pages: string[]) => pages.findIndex((p) => /^Annex(:| [A-D]\.)/m.test(p)) + 1;

describe.each([
  ['A4', 'a4'],
  ['US Letter', 'letter'],
])('the briefing on %s', (_name, paper) => {
  let pdf: string;
  let pages: string[];

  beforeAll(() => {
    pdf = briefing(`briefing-${paper}`, ['--paper', paper]);
    pages = pageTexts(pdf);
  });

  it('holds the briefing proper in four pages: the annex’s heading starts on page 5 at the latest', () => {
    const annex = annexPage(pages);
    expect(annex).toBeGreaterThan(1);
    expect(annex).toBeLessThanOrEqual(5);
    expect(pages[annex - 1]).toMatch(/^Annex: other figures, names, method and notes$/m);
    for (const heading of ['Where the sources disagree', 'Timeline', 'The sources'])
      expect(pages.slice(0, annex - 1).join('\n')).toMatch(new RegExp(`^${heading}$`, 'm'));
  });

  it('prints each chart on the page of its table', () => {
    for (const { topic, reports } of contested()) {
      const page = pages.findIndex((p) =>
        new RegExp(`^${topic.label}\\s+\\d+ reports? in`, 'm').test(p),
      );
      expect(page, topic.label).toBeGreaterThan(0);
      const text = comparable(pages[page]!);
      const rows = [
        ...new Set(reports.filter((r) => r.claim.value !== null).map((r) => r.document)),
      ];
      for (const document of rows)
        expect(text).toContain(comparable(shortSource(corpus, document)));
      for (const r of reports) expect(text).toContain(comparable(`“${reportedAs(r.claim)}”`));
    }
  });

  it('leaves no page but the last of a part mostly empty, so no table row stands alone', () => {
    const boxes = pageBoxes(pdf, { top: MARGIN.top - 6, bottom: MARGIN.bottom - 8 });
    const ends = new Set([annexPage(pages) - 1, boxes.length]);
    const sparse = boxes
      .map((box, i) => ({ page: i + 1, filled: box.textBottom / box.height }))
      .filter(({ page, filled }) => !ends.has(page) && filled < 0.45);
    expect(sparse).toEqual([]);
  });

  it('keeps the SHA-256 digests on one page with their heading and column heads', () => {
    const holding = pages.filter((p) =>
      corpus.documents.some((d) => comparable(p).includes(d.sha256)),
    );
    expect(holding).toHaveLength(1);
    for (const d of corpus.documents) expect(comparable(holding[0]!)).toContain(d.sha256);
    expect(holding[0]).toContain('The texts, where they were found, and their SHA-256 digests');
    expect(holding[0]).toContain('SHA-256 of the text');
    // Beside each digest, the address of the copy the text was taken from, or that none was found.
    // (pdftotext joins a line that ends in a hyphen to the next without it: hyphens aside.)
    const unhyphenated = (text: string) => comparable(text).replaceAll('-', '');
    for (const d of corpus.documents)
      expect(unhyphenated(holding[0]!)).toContain(unhyphenated(d.copy.url ?? 'No copy located'));
  });
});

describe('page one of the briefing', () => {
  let pdf: string;
  let one: string;

  beforeAll(() => {
    pdf = briefing('page-one');
    // Content-stream order keeps each key-figure box whole, where reading order mixes the columns.
    one = comparable(pageTexts(pdf, { raw: true })[0]!);
  });

  it('gives the latest figure of each running count, who reported it, whom it credits and as of when', () => {
    const latest = headline().flatMap((f) => f.latest);
    expect(latest.map((r) => reportedAs(r.claim))).toContain('154');
    for (const { claim, document } of latest) {
      expect(one).toContain(comparable(reportedAs(claim)));
      expect(one).toContain(comparable(`${label(document.id)}, ${outletName(corpus, document)};`));
      expect(one).toContain(comparable(`as of ${formatPartialDate(claim.asOf.date)}`));
    }
    expect(one).toContain(
      comparable(
        '154 fighters 004, an unnamed English-language outlet; no source named; as of 23 March 2023',
      ),
    );
  });

  it('keeps the hedge of every report at an end of a spread: “at least six” to “45”, then “some 346”', () => {
    for (const f of headline()) {
      const spread = f.latest.length ? f.earlier : f.spread;
      const ends = spread ? [...spread.low.reports, ...spread.high.reports] : [];
      for (const r of ends) expect(one, f.topic.label).toContain(comparable(reportedAs(r.claim)));
    }
    expect(one).toContain(comparable('Earlier: at least six (000, Yahoo News)'));
    expect(one).toContain(comparable('some 346'));
    // A bare number beside words that carry their own unit gets the unit: not "six to over a week".
    expect(one).toContain(comparable('six days to over a week'));
    expect(one).not.toMatch(/\b6to346\b/);
  });

  it('says what is not known: the figures texts do not give, and those they say cannot be checked', () => {
    const unknown = corpus.claims.filter((c) => c.value === null && c.interpretation !== null);
    expect(unknown.map((c) => c.numeral.asWritten)).toEqual(
      expect.arrayContaining(['an undisclosed number', 'it is not known exactly how many']),
    );
    expect(one).toContain(comparable('What is not known'));
    for (const claim of unknown) expect(one).toContain(comparable(`“${reportedAs(claim)}”`));
    expect(one).toContain(
      comparable('“The Observatory’s information cannot be independently verified.”'),
    );
    // Said of the text and its day: a box above may hold a later text's number for the same thing.
    expect(one).not.toContain(comparable('No figure for'));
    expect(one).toContain(
      comparable('does not give the number of detainees who escaped, as of 22 January 2022:'),
    );
  });

  it('prints its capitalised labels as words that copying, search and screen readers find whole', () => {
    // Letter-spaced, they came out of the text layer as "AT T R I B U T I O N" and "BAT TLE".
    const text = pageTexts(pdf)[0]!;
    for (const label of ['ATTRIBUTION LAB', 'LENGTH OF THE BATTLE', 'ATTACKERS'])
      expect(text).toContain(label);
  });

  it('keeps the hedge of a range’s end that every text at that end makes, in any words', () => {
    // "about 3,500" (002) and "around 3,500" (001); 000 gives a bare 5,000 as well as "around".
    expect(one).toContain(comparable('about 3,500 to 5,000 detainees'));
  });

  it('never names an outlet the corpus only infers without saying so', () => {
    const inferred = corpus.documents.filter(
      (d) => d.outlet.outletId !== null && d.outlet.basis !== 'stated',
    );
    expect(inferred.map((d) => outletName(corpus, d))).toEqual(['tagesschau (inferred)']);
    // Content-stream order keeps a table cell's lines together (the sources table gives the
    // basis under the name).
    const all = comparable(pageTexts(pdf, { raw: true }).join(''));
    const briefingProper = all.slice(0, all.search(/Annex:/));
    const mentions = [...briefingProper.matchAll(/tagesschau/gi)].map((m) =>
      briefingProper.slice(m.index, m.index + 40),
    );
    expect(mentions.length).toBeGreaterThan(3);
    for (const mention of mentions)
      expect(mention).toMatch(/^tagesschau(\(inferred|\(003,outletinferred|inferred)/i);
  });

  it('tells what happened through cited figures, leaving out the corpus’s uncited summary', () => {
    expect(one).toContain(comparable('What happened'));
    expect(one).toContain(
      comparable('retaken full control of the prison: 29 January 2022, Midan (002)'),
    );
    for (const words of ['thousands of men', 'hundreds of boys', 'about a week later'])
      expect(one).not.toContain(comparable(words));
  });

  it('names a date a flag calls wrong as what its text says, never as an end of a range', () => {
    expect(one).toContain(comparable('says “January 2021”, flagged (factual error)'));
    const all = comparable(pdftotext(pdf));
    expect(all).not.toMatch(/January2021(to|–)|(to|–)January2021/);
  });
});

describe('the briefing’s own words', () => {
  let text: string;

  beforeAll(() => {
    text = pdftotext(briefing('words'));
  });

  it('uses curly quotation marks wherever it writes its own; straight ones only inside quoted texts', () => {
    const quoted = [
      ...corpus.claims.map((c) => c.quote.exact),
      ...corpus.flags.map((f) => f.quote.exact),
      ...corpus.nonClaims.map((n) => n.quote.exact),
    ].map(comparable);
    let own = comparable(text);
    for (const quote of quoted.sort((a, b) => b.length - a.length)) own = own.split(quote).join('');
    expect(own.match(/.{0,30}".{0,30}/g) ?? []).toEqual([]);
  });

  it('prints no field name of the corpus’s data model', () => {
    expect(text).not.toMatch(
      /\b(originalLanguage|contentAsOf|asOf|topicId|actorId|documentId|claimIds|flagIds|outletId|sourceFile|reportingCues|limitedTo|translationEvidence|dateSpan|nonClaims|overTime)\b/,
    );
  });

  it('counts with the noun in the singular for one: “1 topic”', () => {
    const one = pdftotext(briefing('one-topic', ['--topics', 'prison-population']));
    expect(comparable(one)).toContain(comparable('on 1 topic;'));
    for (const printed of [one, text])
      expect(printed).not.toMatch(/\b1 (topics|figures|texts|reports|values|flags|notes)\b/);
  });

  it('numbers the flags in reading order: by text, then by where each stands in it', () => {
    const order = [...corpus.flags].sort(
      (a, b) =>
        label(a.documentId).localeCompare(label(b.documentId)) || a.quote.start - b.quote.start,
    );
    const annex = comparable(text.slice(text.indexOf('Problems flagged in the texts\n')));
    const at = order.map((flag, i) =>
      annex.indexOf(
        comparable(
          `F${i + 1} ${FLAG_KIND_WORDS[flag.kind]} · ${documentSource(corpus, getDocument(corpus, flag.documentId))}`,
        ),
      ),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('a date given only to the year, looked at', () => {
  const TEXT = 'A later note\nThe statement was made in 2021.';

  /** The fixture and a third text that dates the statement to 2021 only, which the first contradicts. */
  function corpusWithYear(): CorpusData {
    const data = fixtureCorpus();
    const beta = data.documents[1]!;
    const quote = 'The statement was made in 2021.';
    const start = TEXT.indexOf(quote);
    data.documents.push({
      ...beta,
      id: 'gamma',
      sourceFile: '002_gamma.txt',
      title: 'A later note',
      text: TEXT,
      sha256: createHash('sha256').update(TEXT).digest('hex'),
    });
    const date = data.claims.find((c) => c.id === 'c-date')!;
    data.claims.push({
      ...date,
      id: 'c-gamma-date',
      documentId: 'gamma',
      quote: { exact: quote, start, end: start + quote.length },
      numeral: { asWritten: '2021', start: TEXT.indexOf('2021'), end: TEXT.indexOf('2021') + 4 },
      value: '2021',
      dateSpan: dateSpanOf('2021'),
    });
    return data;
  }

  it('draws the whole year as a bar with a cap at each end, and no mark in its middle', () => {
    const data = corpusWithYear();
    const file = join(dir, 'year.json');
    writeFileSync(file, JSON.stringify(data));
    const pdf = briefing('year', ['--corpus', file]);
    const pages = pageTexts(pdf);
    const page = pages.findIndex((p) => /^Date of the statement\s+2 reports/m.test(p)) + 1;
    expect(page).toBeGreaterThan(1);
    const topic = data.topics.find((t) => t.id === 'statement-date')!;
    const axis = axisFor(topic, [valueSpan('2022-01-21'), valueSpan('2021')]);
    const width = 595.28 - 2 * MARGIN.side - 150;
    const year = valueSpan('2021');
    const expected = place(axis, year.end, width) - place(axis, year.start, width);

    // At 72 dpi a pixel is a point; dark is a grey level below 160 of 255.
    const image = grayPage(pdf, page, 72);
    const [w, h] = [image.width, image.height];
    const dark = (x: number, y: number) => image.darkness(x, y) > 1 - 160 / 255;
    const left = Math.round(MARGIN.side + 150);
    const runs: { y: number; from: number; to: number }[] = [];
    for (let y = 0; y < h; y++) {
      let from = -1;
      for (let x = left - 2; x < w - MARGIN.side + 2; x++) {
        if (dark(x, y) && from < 0) from = x;
        if (!dark(x, y) && from >= 0) {
          runs.push({ y, from, to: x - 1 });
          from = -1;
        }
      }
    }
    const bar = runs.find((r) => Math.abs(r.to - r.from + 1 - expected) <= 2);
    expect(bar, `a dark run ${expected.toFixed(1)} points long`).toBeDefined();
    const tall = (x: number) => {
      let n = 0;
      for (let y = bar!.y - 8; y <= bar!.y + 8; y++) if (dark(x, y)) n++;
      return n;
    };
    expect(tall(bar!.from)).toBeGreaterThanOrEqual(6);
    expect(tall(bar!.to)).toBeGreaterThanOrEqual(6);
    expect(tall(Math.round((bar!.from + bar!.to) / 2))).toBeLessThanOrEqual(4);
  });
});
