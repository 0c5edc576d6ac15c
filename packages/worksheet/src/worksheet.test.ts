import { corpus } from '@attribution-lab/corpus';
import { generateExercises, type Exercise } from '@attribution-lab/exercises';
import type { Content, TextNode } from './pdfmake.js';
import { describe, expect, it } from 'vitest';
import { buildWorksheet } from './index.js';

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

const keyAt = content.findIndex((c) => typeof c === 'object' && 'id' in c && c.id === 'answer-key');
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

  it('starts the answer key on a new page, after the texts', () => {
    expect(textsAt).toBeGreaterThan(0);
    expect(keyAt).toBeGreaterThan(textsAt);
    expect((content[keyAt] as TextNode).pageBreak).toBe('before');
  });

  it('gives each answer by letter with its explanation and the passages that prove it', () => {
    const letterOf = (e: Exercise, id: string) =>
      String.fromCharCode(65 + e.options.findIndex((o) => o.id === id));
    for (const exercise of exercises) {
      for (const id of exercise.answer)
        expect(keyText).toContain(
          `${letterOf(exercise, id)} ${exercise.options.find((o) => o.id === id)!.label}`,
        );
      expect(keyText).toContain(exercise.explanation);
      for (const evidence of exercise.evidence)
        expect(keyText).toContain(`“${evidence.quote.exact}”`);
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
