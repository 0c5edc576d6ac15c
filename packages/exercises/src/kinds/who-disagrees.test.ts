import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import {
  exerciseAt,
  exercisesOf,
  labels,
  reading,
  rightLabels,
  wrongLabels,
} from '../test-support/read.js';

const exercises = exercisesOf('who-disagrees', fixtureCorpus());

describe('who disagrees', () => {
  it('counts texts with a different figure right, and a text with the same figure in other words wrong', () => {
    const exercise = exerciseAt(exercises, 'prison-population/daily-report');
    expect(exercise.prompt).toBe(
      'The Daily gives about 5,000 for the number of detainees in the prison. Which text gives a different figure?',
    );
    expect(rightLabels(exercise)).toEqual(['Wire Service (“Death toll rises”)']);
    expect(wrongLabels(exercise)).toEqual([
      ['An unnamed blog', 'same-figure-as-different'],
      ['Wire Service (“Fighters at large”)', 'wrong-outlet'],
    ]);
  });

  it('says what each text gives and whom it credits', () => {
    const { explanation } = exerciseAt(exercises, 'prison-population/daily-report');
    expect(explanation).toContain(
      'The Daily gives about 5,000 (from Syrian Democratic Forces). Wire Service (“Death toll rises”) gives around 3,500 (naming no source: “reportedly”).',
    );
    expect(explanation).toContain(
      'An unnamed blog gives the same figure, even if worded differently.',
    );
  });

  it('never calls a running count’s figure for another day a different figure', () => {
    // The blog's 78 and the wire's 60 and 120 killed are counts of other days: a count grows.
    const deaths = exercises.filter((e) => e.id.startsWith('who-disagrees:deaths/'));
    expect(deaths).toEqual([]);
  });

  it('does not anchor on a text that gives two figures, nor offer a text whose date is partly inferred', () => {
    expect(exercises.some((e) => e.id.startsWith('who-disagrees:deaths/wire-deaths:'))).toBe(false);
    expect(labels(exerciseAt(exercises, 'attack-date/blog-post'))).not.toContain(
      'Wire Service (“Death toll rises”)',
    );
  });

  it('does not count a figure the asked-about text’s hedge could cover as different', () => {
    // The Daily's "at least 78" could be the wire's 120, so the wire is not offered as differing,
    // and with no text that surely differs there is no question.
    expect(exercises.some((e) => e.id.startsWith('who-disagrees:deaths/daily-report:'))).toBe(
      false,
    );
  });

  it('asks about a different date, not a different figure, for dates', () => {
    expect(exerciseAt(exercises, 'attack-date/blog-post').prompt).toMatch(
      /Which text gives a different date\?$/,
    );
  });

  it('shows the asked-about text first, then each option’s sentences on the topic, and which says nothing', () => {
    const exercise = exerciseAt(exercises, 'prison-population/daily-report');
    expect(reading(exercise).passages.map(([id]) => id)).toEqual([
      'daily-report',
      'blog-post',
      'wire-deaths',
    ]);
    expect(reading(exercise).passages[0]![1]).toBe(
      'The prison in Ghwayran held about 5,000 detainees, the SDF said.',
    );
    expect(reading(exercise).silent).toEqual(['wire-fighters']);
  });
});
