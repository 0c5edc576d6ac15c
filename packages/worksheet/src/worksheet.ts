/**
 * The classroom worksheet for classes without devices: the exercises a seed gives (the same set
 * the quiz shows for that seed), the texts they are about, and a teacher's answer key that starts
 * on a new page and shows, for every answer, the passage that proves it.
 */
import {
  formatPartialDate,
  getDocument,
  sourceName,
  type Corpus,
} from '@attribution-lab/corpus/queries';
import {
  MISCONCEPTION_DESCRIPTIONS,
  describeSettings,
  sentenceBounds,
  type Evidence,
  settingsToParams,
  type Exercise,
  type ExerciseSettings,
} from '@attribution-lab/exercises';
import type { CanvasElement, Cell, Content, DocumentDefinition } from './pdfmake.js';
import { documentLabel, documentsInOrder } from './documents.js';
import {
  BARE,
  COLOURS,
  DEFAULT_STYLE,
  NO_LINES,
  STYLES,
  pageFurniture,
  printedDocument,
  shadedBox,
  type Paper,
} from './theme.js';

export interface WorksheetOptions {
  paper: Paper;
  settings: ExerciseSettings;
  /** The PDF's creation date: never the clock, so the same round gives the same document. */
  date: Date;
}

const TEXTS_ID = 'texts';
const PARAGRAPH_NUMBER_WIDTH = 14;
const KEY_ID = 'answer-key';
const LAST_STUDENT_PAGE_ID = 'last-student-page';

const letter = (exercise: Exercise, optionId: string) =>
  String.fromCharCode(65 + exercise.options.findIndex((o) => o.id === optionId));

/** An empty box to tick, round for one answer, square for several, wide for a number. */
function answerBox(format: Exercise['format']): CanvasElement[] {
  if (format === 'single')
    return [
      { type: 'ellipse', x: 6, y: 6, r1: 4.5, r2: 4.5, lineColor: COLOURS.ink, lineWidth: 0.7 },
    ];
  if (format === 'multiple')
    return [{ type: 'rect', x: 1.5, y: 1.5, w: 9, h: 9, lineColor: COLOURS.ink, lineWidth: 0.7 }];
  return [{ type: 'line', x1: 0, y1: 11, x2: 16, y2: 11, lineWidth: 0.7, lineColor: COLOURS.ink }];
}

const INSTRUCTION: Record<Exercise['format'], string> = {
  single: 'Tick one.',
  multiple: 'Tick every one that is right.',
  order: 'Number them in order, 1 first.',
};

function question(exercise: Exercise, n: number): Content {
  const rows: Cell[][] = exercise.options.map((option) => [
    { canvas: answerBox(exercise.format), width: 18 } as Cell,
    { text: letter(exercise, option.id), bold: true, color: COLOURS.muted },
    option.label,
  ]);
  return {
    unbreakable: true,
    margin: [0, 0, 0, 12],
    stack: [
      {
        text: [
          { text: `${n}.  `, bold: true, color: COLOURS.accent },
          { text: exercise.prompt, bold: true },
          { text: `  ${INSTRUCTION[exercise.format]}`, color: COLOURS.muted },
        ],
        margin: [0, 0, 0, 4],
      },
      {
        table: { widths: [20, 10, '*'], body: rows },
        layout: { ...NO_LINES, paddingTop: () => 2, paddingBottom: () => 2 },
        margin: [14, 0, 0, 0],
      },
    ],
  };
}

function studentPages(corpus: Corpus, exercises: Exercise[], options: WorksheetOptions): Content[] {
  const { settings } = options;
  const title = `Who says so? ${corpus.event.name}`;
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                {
                  text: 'ATTRIBUTION LAB  ·  CLASSROOM WORKSHEET',
                  fontSize: 8,
                  bold: true,
                  margin: [0, 0, 0, 6],
                },
                { text: title, fontSize: 18, bold: true, lineHeight: 1.1 },
              ],
              color: COLOURS.white,
              fillColor: COLOURS.accent,
              margin: [10, 10, 10, 12],
            },
          ],
        ],
      },
      layout: BARE,
      margin: [0, 0, 0, 12],
    },
    {
      columns: ['Name', 'Class', 'Date'].map((label) => ({
        stack: [
          { text: label.toUpperCase(), style: 'label' },
          {
            canvas: [
              {
                type: 'line',
                x1: 0,
                y1: 14,
                x2: 140,
                y2: 14,
                lineWidth: 0.6,
                lineColor: COLOURS.muted,
              },
            ],
          },
        ],
      })),
      columnGap: 16,
      margin: [0, 0, 0, 12],
    },
    shadedBox({
      stack: [
        {
          text: 'Every question is about the texts printed after the questions. Find the passage that answers it before you tick: the outlet that publishes a figure is not always its source, and words such as “around” or “at least” matter.',
        },
        {
          text: `${describeSettings(settings)}. The quiz shows the same questions for the settings ${settingsToParams(settings).toString()}.`,
          style: 'small',
          margin: [0, 4, 0, 0],
        },
      ],
    }),
    { text: '', margin: [0, 0, 0, 10] },
    ...exercises.map((e, i) => question(e, i + 1)),
  ];
}

/** A text's paragraphs, numbered from 1: its non-blank lines, as the worksheet prints them. */
export function paragraphsOf(text: string): { n: number; start: number; end: number }[] {
  return [...text.matchAll(/[^\n]+/g)]
    .filter((line) => line[0].trim() !== '')
    .map((line, i) => ({ n: i + 1, start: line.index, end: line.index + line[0].length }));
}

/** Where a passage is in its text: "¶4", or "¶4–5" for one that runs over two paragraphs. */
export function paragraphReference(text: string, span: { start: number; end: number }): string {
  const paragraphs = paragraphsOf(text);
  const at = (offset: number) =>
    paragraphs.find((p) => offset >= p.start && offset <= p.end) ??
    paragraphs.find((p) => p.start >= offset) ??
    paragraphs.at(-1)!;
  const first = at(span.start).n;
  const last = at(Math.max(span.start, span.end - 1)).n;
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

/**
 * A passage as the key quotes it: whole words, with an ellipsis where it starts or ends inside
 * its sentence, so a cut is never mistaken for the text's own words.
 */
export function excerpt(text: string, span: { start: number; end: number }): string {
  const sentence = sentenceBounds(text, span.start, span.end);
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  // What a quote leaves off the end of its sentence may be only the full stop: that is no cut.
  const cutAfter = !/^[\s.!?,;:"'”’)]*$/.test(text.slice(span.end, sentence.end));
  return `${span.start > sentence.start ? '…' : ''}${words}${cutAfter ? '…' : ''}`;
}

/**
 * The passages an answer cites, each once: a passage inside another from the same text (the
 * same sentence cited for two figures, or a figure inside the sentence quoted for it) is dropped.
 */
export function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const inside = (a: Evidence, b: Evidence) =>
    a.documentId === b.documentId && a.quote.start >= b.quote.start && a.quote.end <= b.quote.end;
  return evidence.filter(
    (e, i) =>
      !evidence.some(
        (other, j) =>
          j !== i &&
          inside(e, other) &&
          // Of two identical passages, the first is kept.
          (!inside(other, e) || j < i),
      ),
  );
}

/** Prose written with straight quotation marks ("almost 80"), printed with curly ones. */
export const curlyQuotes = (prose: string): string => prose.replace(/"([^"]*)"/g, '“$1”');

function texts(corpus: Corpus, exercises: Exercise[]): Content[] {
  const cited = new Set(exercises.flatMap((e) => e.evidence.map((ev) => ev.documentId)));
  const documents = documentsInOrder(corpus).filter((d) => cited.size === 0 || cited.has(d.id));
  return [
    { text: 'The texts', style: 'h1', id: TEXTS_ID, pageBreak: 'before' },
    {
      text: 'Each text as it was found, errors and all. Machine translations are printed as they are. Paragraphs are numbered.',
      style: 'lead',
    },
    ...documents.flatMap((document): Content[] => [
      {
        text: [
          { text: `${documentLabel(corpus, document)}  `, color: COLOURS.accent },
          sourceName(corpus, document),
        ],
        style: 'h2',
      },
      {
        text: `“${document.title}”, ${formatPartialDate(document.published.date)}`,
        style: 'small',
        margin: [0, 0, 0, 4],
      },
      ...paragraphsOf(document.text).map((paragraph): Content => ({
        columns: [
          {
            text: String(paragraph.n),
            width: PARAGRAPH_NUMBER_WIDTH,
            fontSize: 7,
            color: COLOURS.muted,
            alignment: 'right',
          },
          { text: document.text.slice(paragraph.start, paragraph.end), fontSize: 8.5 },
        ],
        columnGap: 6,
        margin: [0, 0, 0, 3],
      })),
    ]),
  ];
}

function keyEntry(corpus: Corpus, exercise: Exercise, n: number): Content {
  const right = exercise.answer.map(
    (id) => `${letter(exercise, id)} ${exercise.options.find((o) => o.id === id)!.label}`,
  );
  const answer = exercise.format === 'order' ? right.join('  →  ') : right.join(';  ');
  const wrong = exercise.options.filter(
    (o) => o.misconception !== null && !exercise.answer.includes(o.id),
  );
  return {
    unbreakable: true,
    margin: [0, 0, 0, 10],
    stack: [
      {
        text: [
          { text: `${n}.  `, bold: true, color: COLOURS.accent },
          { text: answer, bold: true },
        ],
      },
      { text: curlyQuotes(exercise.explanation), margin: [14, 2, 0, 2] },
      ...distinctEvidence(exercise.evidence).map((evidence): Content => {
        const document = getDocument(corpus, evidence.documentId);
        return {
          text: [
            { text: `“${excerpt(document.text, evidence.quote)}”`, italics: true },
            {
              text: `  ${sourceName(corpus, document)} (${documentLabel(corpus, document)}), ${paragraphReference(document.text, evidence.quote)}`,
              color: COLOURS.muted,
            },
          ],
          fontSize: 8,
          margin: [14, 0, 0, 2],
        };
      }),
      ...(wrong.length
        ? [
            {
              text: wrong
                .map(
                  (o) =>
                    `${letter(exercise, o.id)}: ${MISCONCEPTION_DESCRIPTIONS[o.misconception!]}`,
                )
                .join('   '),
              style: 'small',
              margin: [14, 1, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
}

/**
 * The teacher's pages, after a page break and marked as not for the class: which pages to hand
 * out, then the answer key.
 */
function teacherPages(corpus: Corpus, exercises: Exercise[]): Content[] {
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              text: 'FOR THE TEACHER  ·  DO NOT HAND OUT THESE PAGES',
              bold: true,
              fontSize: 10,
              color: COLOURS.white,
              fillColor: COLOURS.warning,
              margin: [10, 6, 10, 6],
            },
          ],
        ],
      },
      layout: BARE,
      pageBreak: 'before',
      margin: [0, 0, 0, 10],
    },
    { text: 'Answer key', style: 'h1', id: KEY_ID },
    // Page numbers are known only after layout; each ends its line, where pdfmake's room for the
    // number leaves no visible gap.
    {
      stack: [
        {
          text: [
            'For the class, the questions and the texts: pages 1 to ',
            { text: '', pageReference: LAST_STUDENT_PAGE_ID },
          ],
        },
        {
          text: ['The texts start on page ', { text: '', pageReference: TEXTS_ID }],
        },
        {
          text: ['For you only, the answer key: from page ', { text: '', pageReference: KEY_ID }],
        },
      ],
      style: 'lead',
    },
    {
      text: 'Each answer with the reason and the passages that prove it, cited by text and paragraph (¶); under it, what each wrong choice suggests the student did.',
      style: 'lead',
    },
    ...exercises.map((e, i) => keyEntry(corpus, e, i + 1)),
  ];
}

export function buildWorksheet(
  corpus: Corpus,
  exercises: Exercise[],
  options: WorksheetOptions,
): DocumentDefinition {
  const title = `Worksheet: ${corpus.event.name}`;
  return {
    ...printedDocument({
      paper: options.paper,
      title,
      subject: `Classroom exercises on source attribution with an answer key: ${describeSettings(options.settings)}.`,
      keywords: 'source attribution, media literacy, worksheet, answer key',
      corpusVersion: corpus.version,
      date: options.date,
    }),
    ...pageFurniture({
      title: `Attribution Lab  ·  ${title}`,
      edition: `Seed “${options.settings.seed}”  ·  corpus ${corpus.version}`,
      caveat: 'Answer from the texts, not from what you already know.',
      bare: () => false,
    }),
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    content: [
      ...studentPages(corpus, exercises, options),
      ...texts(corpus, exercises),
      { text: '', id: LAST_STUDENT_PAGE_ID },
      ...teacherPages(corpus, exercises),
    ],
  };
}
