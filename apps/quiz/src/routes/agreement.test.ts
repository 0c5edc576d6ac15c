/**
 * The rules every app shares, seen from the quiz's pages: a name is used where a text has it as a
 * word of its own, and "2019" does not contradict "23 March 2019". The report and the exercises
 * have the same two tests.
 */
import { describe, expect, it } from 'vitest';
import { corpus } from '$lib/server/corpus.js';
import { load as names } from './names/+page.server.js';
import { load as topics } from './topics/+page.server.js';

describe('the rules the apps share, in the quiz', () => {
  it('credits "IS" only to texts that use it as a word, not to those that only say "ISIS"', () => {
    const isis = names().actors.find((a) => a.id === 'isis')!;
    const is = isis.spellings.find((s) => s.spelling === 'IS')!;
    const onlyIsis = corpus.documents
      .filter((d) => d.text.includes('ISIS') && !/(^|[^A-Za-z])IS([^A-Za-z]|$)/.test(d.text))
      .map((d) => d.id);
    expect(onlyIsis.length).toBeGreaterThan(0);
    for (const id of onlyIsis) expect(is.documents).not.toContain(id);
  });

  it('does not mark "2019" against "23 March 2019" as sources that disagree', () => {
    const defeat = topics().topics.find((t) => t.id === 'isis-territorial-defeat-date')!;
    expect(defeat.figures).toBeGreaterThan(1);
    expect(defeat.contested).toBe(false);
  });
});
