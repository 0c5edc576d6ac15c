/**
 * The class view as a spreadsheet: one row per student, with the score and each question marked.
 * Written by csv-stringify (its browser build) in the shape Excel opens without asking: a UTF-8
 * byte-order mark so names such as "Zoë" or "هبة" survive, CRLF line ends, every field quoted.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ClassView } from './class-view.js';
import { verdict } from './scoring.js';

const VERDICT_WORDS = { right: 'right', partly: 'partly right', wrong: 'wrong' } as const;

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula; a nickname is the student's
 * own text, so such a cell is written as text (OWASP's advice: a leading apostrophe).
 */
/** A number as a spreadsheet reads it (ASCII minus), to at most two decimals like the page's. */
const asNumber = (n: number): string => String(Math.round(n * 100) / 100);

const asText = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The rows: a header, then each student in the order their codes were pasted. */
export function classCsvRows(view: ClassView): string[][] {
  const header = [
    'Student',
    'Right',
    'Questions',
    'Certainty marks',
    'Discernment (hit rate − false-alarm rate)',
    ...view.questions.map((q) => `Q${q.index + 1}`),
  ];
  const rows = view.students.map((student) => [
    asText(student.name),
    String(student.right),
    String(student.total),
    student.certaintyMarks === null ? '' : asNumber(student.certaintyMarks),
    student.discernment?.score == null ? '' : asNumber(student.discernment.score),
    ...student.results.map((r) => VERDICT_WORDS[verdict(r.marked)]),
  ]);
  return [header, ...rows];
}

export function classCsv(view: ClassView): string {
  return stringify(classCsvRows(view), { bom: true, record_delimiter: 'windows', quoted: true });
}
