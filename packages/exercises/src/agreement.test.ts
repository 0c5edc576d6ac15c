/**
 * The rules every app shares, seen from the exercises: a name is used where a text has it as a
 * word of its own, and "2019" does not contradict "23 March 2019". The quiz and the report have
 * the same two tests, so the three cannot drift apart again.
 */
import { corpus, getDocument, usesSpelling, valuesOverlap } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { allExercises } from './generators.js';

const exercises = allExercises(corpus);

describe('the rules the apps share, in the exercises', () => {
  it('show "IS" only where a text uses it as a word, never inside "ISIS"', () => {
    const shown = exercises
      .filter((e) => e.kind === 'names')
      .flatMap((e) => e.evidence)
      .filter((ev) => ev.highlight)
      .map((ev) => {
        const text = getDocument(corpus, ev.documentId).text;
        return { text, ...ev.highlight! };
      });
    const is = shown.filter(({ text, start, end }) => text.slice(start, end) === 'IS');
    expect(is.length).toBeGreaterThan(0);
    for (const { text, start, end } of is)
      expect(`${text[start - 1] ?? ' '}${text[end] ?? ' '}`).toMatch(/^[^A-Za-z][^A-Za-z]$/);
    expect(usesSpelling('ISIS fighters', 'IS')).toBe(false);
  });

  it('never call "2019" and "23 March 2019" a disagreement', () => {
    expect(valuesOverlap('2019', '2019-03-23')).toBe(true);
    const disagreements = exercises.filter(
      (e) =>
        e.subject?.shape === 'who-disagrees' &&
        e.subject.topicId === 'isis-territorial-defeat-date',
    );
    // Every text that gives a date for the defeat gives one that overlaps 2019, so none disagrees.
    const dates = corpus.claims.filter((c) => c.topicId === 'isis-territorial-defeat-date');
    expect(new Set(dates.map((c) => c.value))).toEqual(new Set(['2019', '2019-03-23']));
    expect(disagreements).toEqual([]);
  });
});
