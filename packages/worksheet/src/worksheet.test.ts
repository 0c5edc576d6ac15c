import { corpus } from '@attribution-lab/corpus';
import { allExercises, generateExercises, type Exercise } from '@attribution-lab/exercises';
import type { Content } from './pdfmake.js';
import { describe, expect, it } from 'vitest';
import {
  buildWorksheet,
  curlyQuotes,
  distinctEvidence,
  excerpt,
  paragraphReference,
  paragraphsOf,
} from './index.js';

const settings = { seed: 'river-7', count: 8 };
const exercises = generateExercises(corpus, settings);
const definition = buildWorksheet(corpus, exercises, {
  paper: 'a4',
  settings,
  date: new Date('2026-11-21T00:00:00Z'),
});
const content = definition.content as Content[];

/** The strings of a piece of content, in order. */
function strings(node: Content): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if ('text' in node)
    return typeof node.text === 'string'
      ? [node.text]
      : node.text.flatMap((t) => strings(t as Content));
  if ('stack' in node) return node.stack.flatMap(strings);
  if ('columns' in node) return node.columns.flatMap(strings);
  if ('table' in node) return node.table.body.flat().flatMap((c) => strings(c as Content));
  return [];
}

const keyAt = content.findIndex(
  (c) =>
    typeof c === 'object' &&
    'pageBreak' in c &&
    c.pageBreak === 'before' &&
    strings(c).join('').includes('FOR THE TEACHER'),
);
const textsAt = content.findIndex((c) => typeof c === 'object' && 'id' in c && c.id === 'texts');
const studentText = strings(content.slice(0, textsAt)).join(' ');
const keyText = strings(content.slice(keyAt)).join(' ');

describe('buildWorksheet', () => {
  it('asks every exercise the seed gives, in order, with its options lettered', () => {
    expect(exercises).toHaveLength(8);
    let from = 0;
    for (const exercise of exercises) {
      const at = studentText.indexOf(exercise.prompt, from);
      expect(at, exercise.prompt).toBeGreaterThanOrEqual(from);
      from = at;
      for (const option of exercise.options) expect(studentText).toContain(option.label);
    }
  });

  it('keeps the answers off the student pages', () => {
    for (const exercise of exercises) expect(studentText).not.toContain(exercise.explanation);
  });

  it('puts the teacher’s pages, marked, after a page break after the texts', () => {
    expect(textsAt).toBeGreaterThan(0);
    expect(keyAt).toBeGreaterThan(textsAt);
    expect(studentText).not.toMatch(/teacher|answer key/i);
    expect(strings(content.slice(textsAt, keyAt)).join(' ')).not.toMatch(/teacher|answer key/i);
    expect(keyText).toContain('DO NOT HAND OUT');
  });

  it('gives each answer by letter with its explanation and the passages that prove it', () => {
    const letterOf = (e: Exercise, id: string) =>
      String.fromCharCode(65 + e.options.findIndex((o) => o.id === id));
    for (const exercise of exercises) {
      for (const id of exercise.answer)
        expect(keyText).toContain(
          `${letterOf(exercise, id)} ${exercise.options.find((o) => o.id === id)!.label}`,
        );
      expect(keyText).toContain(curlyQuotes(exercise.explanation));
      for (const evidence of distinctEvidence(exercise.evidence)) {
        const { text } = corpus.documents.find((d) => d.id === evidence.documentId)!;
        expect(keyText).toContain(`“${excerpt(text, evidence.quote)}”`);
        expect(keyText).toContain(paragraphReference(text, evidence.quote));
      }
    }
  });

  it('prints every text a question is about', () => {
    const texts = strings(content.slice(textsAt, keyAt)).join('\n');
    const cited = new Set(exercises.flatMap((e) => e.evidence.map((ev) => ev.documentId)));
    for (const id of cited) {
      const document = corpus.documents.find((d) => d.id === id)!;
      const firstLine = document.text.split('\n').find((l) => l.trim() !== '')!;
      expect(texts).toContain(firstLine);
    }
  });

  it('names the seed and the quiz settings that give the same questions', () => {
    expect(studentText).toContain('seed=river-7&count=8');
    expect(definition.info!.subject).toContain('from seed “river-7”');
  });
});

describe('paragraphs', () => {
  const text = 'Headline\n\nFirst paragraph. Second sentence.\n  \nLast one';

  it('numbers the non-blank lines of a text from 1', () => {
    expect(paragraphsOf(text).map((p) => [p.n, text.slice(p.start, p.end)])).toEqual([
      [1, 'Headline'],
      [2, 'First paragraph. Second sentence.'],
      [3, 'Last one'],
    ]);
  });

  it('cites a passage by its paragraph, or the paragraphs it runs over', () => {
    const at = text.indexOf('Second');
    expect(paragraphReference(text, { start: at, end: at + 6 })).toBe('¶2');
    expect(paragraphReference(text, { start: at, end: text.length })).toBe('¶2–3');
  });
});

describe('excerpt', () => {
  const text = 'The fight goes on. Fighting continues on Saturday for the third day. Then.';

  it('marks a cut inside the sentence with an ellipsis, and a whole sentence without', () => {
    const at = text.indexOf('continues');
    expect(excerpt(text, { start: at, end: at + 'continues on Saturday'.length })).toBe(
      '…continues on Saturday…',
    );
    const whole = text.indexOf('Fighting');
    expect(excerpt(text, { start: whole, end: text.indexOf(' Then') - 1 })).toBe(
      'Fighting continues on Saturday for the third day',
    );
  });

  it('never starts or ends a passage of the key inside a word, for any exercise', () => {
    for (const exercise of allExercises(corpus)) {
      for (const { documentId, quote } of distinctEvidence(exercise.evidence)) {
        const { text } = corpus.documents.find((d) => d.id === documentId)!;
        const inWord = (at: number) =>
          /\p{L}/u.test(text[at - 1] ?? '') && /\p{L}/u.test(text[at] ?? '');
        expect(inWord(quote.start), `${exercise.id}: ${quote.exact}`).toBe(false);
        expect(inWord(quote.end), `${exercise.id}: ${quote.exact}`).toBe(false);
      }
    }
  });
});

describe('distinctEvidence', () => {
  it('keeps a passage once, and drops one inside another from the same text', () => {
    const at = (documentId: string, start: number, end: number) => ({
      documentId,
      claimId: null,
      quote: { start, end, exact: '' },
      highlight: null,
    });
    expect(
      distinctEvidence([
        at('a', 0, 10),
        at('a', 0, 10),
        at('a', 2, 5),
        at('b', 2, 5),
        at('a', 8, 20),
      ]),
    ).toEqual([at('a', 0, 10), at('b', 2, 5), at('a', 8, 20)]);
  });
});
