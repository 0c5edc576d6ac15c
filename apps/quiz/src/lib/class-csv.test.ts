import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { classCsv, classCsvRows } from './class-csv.js';
import { readClassCodes, type ClassRound } from './class-view.js';
import type { QuizItem } from './quiz-item.js';
import { encodeResultCode } from './result-code.js';
import { quizItem } from './test-support/quiz-item.js';

const item = (key: string): QuizItem =>
  quizItem(key, {
    prompt: '?',
    format: 'multiple',
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, misconception: null })),
    answer: ['a', 'b'],
  });

const ROUND: ClassRound = {
  plan: { mode: 'practice', settings: { seed: 'k7m2', count: 2 } },
  query: 'seed=k7m2&count=2&mode=practice',
  items: [item('q1'), item('q2')],
};

const code = (nickname: string, first: string[], second: string[], confidence: number | null) =>
  encodeResultCode(
    ROUND,
    [
      { exerciseKey: 'q1', chosen: first, confidence },
      { exerciseKey: 'q2', chosen: second, confidence },
    ],
    nickname,
  );

const view = readClassCodes(
  [code('Zoë, "Z"', ['a', 'b'], ['c'], 3), code('=HYPERLINK(1)', ['a'], ['a', 'b'], null)].join(
    '\n',
  ),
  ROUND,
);

describe('the class as CSV', () => {
  it('has a row per student: name, score, certainty, discernment and each question marked', () => {
    expect(classCsvRows(view)).toEqual([
      [
        'Student',
        'Right',
        'Questions',
        'Certainty marks',
        'Discernment (hit rate − false-alarm rate)',
        'Q1',
        'Q2',
      ],
      // Marks as a spreadsheet reads numbers: an ASCII minus, a point for decimals.
      ['Zoë, "Z"', '1', '2', '-3', '', 'right', 'wrong'],
      ["'=HYPERLINK(1)", '1', '2', '', '', 'partly right', 'right'],
    ]);
  });

  it('opens in Excel as written: a UTF-8 byte-order mark, CRLF line ends, every field quoted', () => {
    const csv = classCsv(view);
    expect(csv.startsWith('\uFEFF"Student","Right"')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4); // three records, each ended by CRLF
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(parse(csv, { bom: true })).toEqual(classCsvRows(view));
  });
});
