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
    const exercise = exerciseAt(exercises, 'deaths/blog-post');
    expect(exercise.prompt).toBe(
      'An unnamed blog gives 78 for the number of people killed. Which text gives a different figure?',
    );
    expect(rightLabels(exercise)).toEqual(['Wire Service (“Death toll rises”)']);
    expect(wrongLabels(exercise)).toEqual([
      ['The Daily', 'same-figure-as-different'],
      ['Wire Service (“Fighters at large”)', 'wrong-outlet'],
    ]);
  });

  it('says what each text gives and whom it credits, and warns that counts from other dates can differ', () => {
    const { explanation } = exerciseAt(exercises, 'deaths/blog-post');
    expect(explanation).toContain(
      'An unnamed blog gives 78 (from Syrian Observatory for Human Rights).',
    );
    expect(explanation).toContain(
      'Wire Service (“Death toll rises”) gives 60 (from Syrian Democratic Forces) and 120 (from Syrian Democratic Forces).',
    );
    expect(explanation).toContain('Check the dates too, since a count can change');
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
    const exercise = exerciseAt(exercises, 'deaths/blog-post');
    expect(reading(exercise).passages[0]).toEqual([
      'blog-post',
      'The attack on Ghweiran prison in January 2021 killed 78 people, the Observatory says.',
    ]);
    expect(reading(exercise).silent).toEqual(['wire-fighters']);
  });
});
