/**
 * The rules every app shares, seen from the briefing: a name is used where a text has it as a
 * word of its own, and "2019" does not contradict "23 March 2019". The quiz and the exercises
 * have the same two tests.
 */
import { corpus, getActor, getTopic, topicFigures } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { documentLabel } from './format.js';
import { spellings } from './names.js';

describe('the rules the apps share, in the briefing', () => {
  it('credits "IS" only to texts that use it as a word, not to those that only say "ISIS"', () => {
    const is = spellings(corpus, getActor(corpus, 'isis')).find((s) => s.spelling === 'IS')!;
    const onlyIsis = corpus.documents
      .filter((d) => d.text.includes('ISIS') && !/(^|[^A-Za-z])IS([^A-Za-z]|$)/.test(d.text))
      .map((d) => documentLabel(corpus, d));
    expect(onlyIsis.length).toBeGreaterThan(0);
    for (const label of onlyIsis) expect(is.documents).not.toContain(label);
  });

  it('does not list "2019" against "23 March 2019" as a disagreement', () => {
    const defeat = topicFigures(corpus, getTopic(corpus, 'isis-territorial-defeat-date'));
    expect(defeat.values.length).toBeGreaterThan(1);
    expect(defeat.disagree).toBe(false);
  });
});
