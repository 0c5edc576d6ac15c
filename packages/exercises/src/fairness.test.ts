/**
 * The cases a round of the quiz turned up, each checked on the real corpus: every one was a
 * question a careful reader could not answer fairly from the texts.
 */
import { corpus } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { allExercises } from './generators.js';
import { NO_SOURCE_LABEL } from './kinds/reporter-vs-source.js';
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

  it('does not call “Apparently almost 80” or “is said to house around 3,500” the text’s own voice', () => {
    const lede = about(
      'reporter-vs-source:tagesschau-fighting-after-prison-attack/deaths-total=n80:',
    );
    expect(labelsOf(lede[0]!)).toContain(NO_SOURCE_LABEL);
    expect(lede[0]!.explanation).toContain(
      'It says “Apparently”: the text distances itself from the figure.',
    );
    const said = about('discernment:c001-prison-population:supported:');
    expect(said[0]!.prompt).toContain(
      'without naming a source, and distances itself from it (“is said to”)',
    );
    for (const e of exercises.filter((x) => x.kind === 'own-voice'))
      expect(labelsOf(e).join()).not.toMatch(/almost 80|around 3,500/i);
  });

  it('asks no names question that spotting a shared word answers', () => {
    for (const e of exercises.filter((x) => x.kind === 'names')) {
      const right = e.options.filter((o) => e.answer.includes(o.id)).map((o) => o.label);
      expect(right.every((label) => /coalition/i.test(label))).toBe(false);
      expect(right).not.toContain('Saleh');
    }
  });
});
