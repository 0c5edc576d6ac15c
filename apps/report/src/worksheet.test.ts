/**
 * The printed worksheet read back with poppler: what a teacher hands out, and what only the
 * teacher sees. Seed "sd" with 30 exercises is a set whose key once printed a passage twice and
 * passages cut inside a word.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, getDocument, sourceName } from '@attribution-lab/corpus';
import { generateExercises } from '@attribution-lab/exercises';
import {
  distinctEvidence,
  documentLabel,
  excerpt,
  paragraphReference,
} from '@attribution-lab/worksheet';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './test-support/command.js';
import { comparable, pdfinfo, pdftotext } from './test-support/read-pdf.js';

const TEACHER_BAND = 'FOR THE TEACHER · DO NOT HAND OUT THESE PAGES';

function worksheet(dir: string, name: string, args: string[]): string {
  const result = run(
    ['--date', '2026-11-21', '--document', 'worksheet', '--out', `${name}.pdf`, ...args],
    dir,
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return join(dir, `${name}.pdf`);
}

const pages = (pdf: string) =>
  Array.from({ length: Number(/^Pages:\s+(\d+)/m.exec(pdfinfo(pdf))![1]) }, (_, i) =>
    pdftotext(pdf, { page: i + 1 }),
  );

describe('the printed worksheet', () => {
  let dir: string;
  let sheet: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'worksheet-'));
    sheet = pages(worksheet(dir, 'sd', ['--seed', 'sd', '--count', '30']));
  });

  it('keeps the teacher’s pages apart: after a page break, marked, and nothing of them before', () => {
    const first = sheet.findIndex((page) => page.includes(TEACHER_BAND));
    expect(first).toBeGreaterThan(1);
    // The band opens its page, before the key.
    expect(sheet[first]!.indexOf(TEACHER_BAND)).toBeLessThan(sheet[first]!.indexOf('Answer key'));
    const forStudents = sheet.slice(0, first).join('\n');
    expect(forStudents).not.toMatch(/FOR THE TEACHER|Answer key|for you only/i);
    // The teacher's pages say which pages to print for the class: exactly those before them.
    expect(sheet[first]).toContain(
      `For the class, the questions and the texts: pages 1 to ${first}`,
    );
    for (const page of sheet.slice(first)) expect(page).not.toContain('Tick one.');
  });

  it('numbers the paragraphs of the texts and cites them in the key', () => {
    const first = sheet.findIndex((page) => page.includes(TEACHER_BAND));
    const texts = sheet.slice(0, first).join('\n');
    const key = sheet.slice(first).join('\n');
    // Midan's tenth paragraph, numbered as printed.
    const midan = corpus.documents.find((d) => d.sourceFile.startsWith('002_'))!;
    const tenth = midan.text.split('\n').filter((l) => l.trim() !== '')[9]!;
    expect(texts.replace(/\s+/g, ' ')).toContain(`10 ${tenth.slice(0, 40)}`);
    const cited = [...key.matchAll(/\((\d{3})\), ¶(\d+)/g)];
    expect(cited.length).toBeGreaterThan(20);
    expect(key).not.toMatch(/\(\d{3}\)\s*\n(?!.*¶)/);
  });

  it('prints each passage once per answer, with its text and paragraph', () => {
    const first = sheet.findIndex((page) => page.includes(TEACHER_BAND));
    // pdftotext joins a word hyphenated at a line's end ("English-language"), so hyphens are
    // left out of the comparison.
    const flat = (text: string) => comparable(text).replaceAll('-', '');
    const key = flat(sheet.slice(first).join('\n'));
    const cited = new Map<string, number>();
    for (const exercise of generateExercises(corpus, { seed: 'sd', count: 30 })) {
      for (const evidence of distinctEvidence(exercise.evidence)) {
        const document = getDocument(corpus, evidence.documentId);
        const line = flat(
          `“${excerpt(document.text, evidence.quote)}” ${sourceName(corpus, document)} (${documentLabel(corpus, document)}), ${paragraphReference(document.text, evidence.quote)}`,
        );
        cited.set(line, (cited.get(line) ?? 0) + 1);
      }
    }
    expect(cited.size).toBeGreaterThan(30);
    for (const [line, times] of cited) expect(key.split(line).length - 1, line).toBe(times);
  });

  it('prints the annotators’ notes with curly quotation marks, never straight ones', () => {
    const first = sheet.findIndex((page) => page.includes(TEACHER_BAND));
    expect(sheet.slice(first).join('\n')).not.toContain('"');
  });

  it('asks only about the chosen topic with --topics deaths-total', () => {
    const text = pages(worksheet(dir, 'deaths', ['--topics', 'deaths-total', '--count', '10']))
      .join('\n')
      .replace(/\s+/g, ' ');
    const expected = generateExercises(
      corpus,
      { seed: 'class', count: 10 },
      { topicIds: ['deaths-total'] },
    );
    expect(expected.length).toBeGreaterThan(3);
    const flat = comparable(text);
    for (const exercise of expected.filter((e) => !/[\u0600-\u06ff]/.test(e.prompt)))
      expect(flat).toContain(comparable(exercise.prompt));
    expect(text).not.toMatch(/published first|spell a name|who is quoted/i);
  });
});
