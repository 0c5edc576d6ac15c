import { dateSpanOf, topicFigures, type CorpusData } from '@attribution-lab/corpus/queries';
import type { CanvasElement, Content } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { nodes, words } from '../test-support/content.js';
import { fixtureCorpus } from '../test-support/fixture.js';
import { dotPlot } from './chart.js';
import type { BriefingContext } from './context.js';
import { FlagNumbers } from './flags.js';
import { Notes } from './notes.js';

/**
 * The fixture with two more reports of the statement's date in text 001: "2021", a year the text
 * gives no day or month of, and "1999", which a flag calls a factual error.
 */
function corpusWithYears(): CorpusData {
  const corpus = fixtureCorpus();
  const base = corpus.claims.find((c) => c.id === 'c-date')!;
  const report = (id: string, value: string, flagIds: string[]) => ({
    ...base,
    id,
    documentId: 'beta',
    value,
    dateSpan: dateSpanOf(value),
    numeral: { ...base.numeral, asWritten: value },
    flagIds,
  });
  corpus.claims.push(
    report('c-beta-year', '2021', []),
    report('c-beta-wrong', '1999', ['f-beta-wrong']),
  );
  corpus.flags.push({
    ...corpus.flags[0]!,
    id: 'f-beta-wrong',
    documentId: 'beta',
    kind: 'factual-error',
    claimIds: ['c-beta-wrong'],
  });
  return corpus;
}

function chartOf(corpus: CorpusData) {
  const ctx: BriefingContext = {
    corpus,
    topics: corpus.topics,
    notes: new Notes(),
    flags: new FlagNumbers(corpus),
    width: 487,
  };
  const figures = topicFigures(
    corpus,
    corpus.topics.find((t) => t.id === 'statement-date')!,
  );
  return dotPlot(ctx, figures)!;
}

/** The drawing of each text's row, by the label at its left. */
function rows(chart: Content): Map<string, CanvasElement[]> {
  const table = nodes(chart).find((n) => 'table' in n)! as { table: { body: Content[][] } };
  return new Map(
    table.table.body
      .filter((row) => typeof row[0] === 'object' && 'canvas' in (row[1] as object))
      .map((row) => [words(row[0]!), (row[1] as { canvas: CanvasElement[] }).canvas]),
  );
}

const drawn = (elements: CanvasElement[]) =>
  elements.filter((e) => !(e.type === 'line' && e.lineWidth === 0.4));

describe('dotPlot', () => {
  it('draws a date given only to the year as a bar with end caps over the whole year, and no mark inside it', () => {
    const beta = drawn(rows(chartOf(corpusWithYears())).get('001  Unnamed outlet')!);
    expect(beta.map((e) => e.type)).toEqual(['rect', 'line', 'line']);
    const [bar, start, end] = beta as [
      Extract<CanvasElement, { type: 'rect' }>,
      Extract<CanvasElement, { type: 'line' }>,
      Extract<CanvasElement, { type: 'line' }>,
    ];
    expect(start.x1).toBe(bar.x);
    expect(end.x1).toBeCloseTo(bar.x + bar.w);
    const alpha = drawn(rows(chartOf(corpusWithYears())).get('000  The Outlet')!);
    const day = alpha.find((e) => e.type === 'ellipse')!;
    // 21 January 2022 lies after the end of 2021, so the year's bar stops short of the day's mark.
    expect(bar.x + bar.w).toBeLessThan((day as { x: number }).x);
  });

  it('leaves a value a flag calls wrong off the chart, labelled flagged, so it cannot stretch the axis', () => {
    const chart = chartOf(corpusWithYears());
    const text = words(chart);
    expect(text).toContain('Flagged, not plotted: “1999” (001 Unnamed outlet, factual error F');
    expect(text).not.toMatch(/\b(1999|2000)\b(?!”)/);
    expect(text).toMatch(/Jan 2021|2021/);
  });

  it('says what it shows in its alternative text, the flagged value apart', () => {
    const { alt } = chartOf(corpusWithYears()) as { alt: string };
    expect(alt).toBe(
      'Dot plot of the date of the statement reported by 2 texts, a row per text: 21 January 2022 (000, The Outlet); 2021 (001, an unnamed outlet). Not plotted, flagged: “1999” (001).',
    );
  });
});
