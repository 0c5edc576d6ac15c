/**
 * The cases a round of the quiz turned up, each checked on the real corpus: every one was a
 * question a careful reader could not answer fairly from the texts.
 */
import { corpus } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { allExercises } from './generators.js';
import type { Exercise } from './types.js';

const exercises = allExercises(corpus);
const about = (prefix: string): Exercise[] => exercises.filter((e) => e.id.startsWith(prefix));
const labelsOf = (e: Exercise) => e.options.map((o) => o.label);

describe('on the real corpus, questions stay fair', () => {
  it('offers tagesschau’s “almost 90” recaptured as “almost 90”, never a bare 90 against an 89 it could be', () => {
    const [own] = about('outlet-to-figure:tagesschau-fighting-after-prison-attack/recaptured:');
    expect(labelsOf(own!)).toContain('almost 90');
    expect(labelsOf(own!)).not.toContain('89');
    const [asked] = about('figure-to-outlet:recaptured=n90:');
    expect(asked!.prompt).toContain('almost 90');
    expect(labelsOf(asked!)).not.toContain('Medya News');
    for (const e of exercises) expect(labelsOf(e)).not.toContain('90');
  });
});
