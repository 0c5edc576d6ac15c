import type { Document } from '@attribution-lab/corpus/queries';
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE, passagesOf, sentenceBounds } from './passages.js';

const text = (t: string) => ({ id: 'doc', title: 'Title', text: t }) as Document;
const at = (t: string, words: string) => ({
  start: t.indexOf(words),
  end: t.indexOf(words) + words.length,
});

describe('passages', () => {
  it('show the whole sentence around a span, without the spaces around it', () => {
    const t = 'Headline\nFirst sentence here. The toll rose to 78, the SDF said. Last one.';
    const [passage] = passagesOf(text(t), [at(t, '78')]);
    expect(passage).toMatchObject({
      exact: 'The toll rose to 78, the SDF said.',
      cut: { before: false, after: false },
    });
  });

  it('find the sentence that starts where an empty span stands', () => {
    const t = 'First line.\n\nSecond one here. Third.';
    const at = t.indexOf('Second');
    expect(t.slice(...Object.values(sentenceBounds(t, at, at)))).toBe('Second one here.');
  });

  it('keep a closing quotation mark with its sentence', () => {
    const t = '“We will not stop.” The SDF said so.';
    expect(t.slice(...Object.values(sentenceBounds(t, 3, 5)))).toBe('“We will not stop.”');
  });

  it('cut a long sentence between words around the span, and say where they cut it', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    words[60] = 'FIGURE';
    const t = `${words.join(' ')}.`;
    const [passage] = passagesOf(text(t), [at(t, 'FIGURE')]);
    expect(passage!.exact.length).toBeLessThanOrEqual(MAX_PASSAGE);
    expect(passage!.exact).toContain('FIGURE');
    expect(passage!.exact).toMatch(/^word\d+ .* word\d+$/);
    expect(passage!.cut).toEqual({ before: true, after: true });
  });

  it('join sentences that follow on from each other, and keep apart those that do not', () => {
    const t = 'One said 5. Two said 6. Three is filler. Four said 7.';
    expect(passagesOf(text(t), [at(t, '5'), at(t, '6'), at(t, '7')]).map((p) => p.exact)).toEqual([
      'One said 5. Two said 6.',
      'Four said 7.',
    ]);
  });

  it('show a span two keys share once, with both notes', () => {
    const t = 'Among them are 45 fighters and 28 civilians.';
    const [only, ...rest] = passagesOf(text(t), [
      { ...at(t, '45'), note: 'As of 22 January 2022.' },
      { ...at(t, '28'), note: 'As of 22 January 2022.' },
    ]);
    expect(rest).toEqual([]);
    expect(only!.note).toBe('As of 22 January 2022.');
  });
});
