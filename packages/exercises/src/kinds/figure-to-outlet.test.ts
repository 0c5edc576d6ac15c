import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, labels, rightLabels, wrongLabels } from '../test-support/read.js';

const exercises = exercisesOf('figure-to-outlet', fixtureCorpus());
const DEATHS_TOLL = 'Wire Service (“Death toll rises”)';
const FIGHTERS = 'Wire Service (“Fighters at large”)';

describe('figure to outlet', () => {
  it('counts every text that gives the same figure as right, and says more than one is', () => {
    const exercise = exerciseAt(exercises, 'prison-population=n5000');
    expect(rightLabels(exercise)).toEqual(['An unnamed blog', 'The Daily']);
    expect(exercise.format).toBe('multiple');
    expect(exercise.prompt).toBe(
      'Which texts give 5,000 for the number of detainees in the prison? More than one is right: choose all that are.',
    );
  });

  it('offers a text that gives the same number for a different measure, as that misconception', () => {
    const exercise = exerciseAt(exercises, 'prison-population=n5000');
    expect(wrongLabels(exercise)).toEqual([
      [DEATHS_TOLL, 'wrong-outlet'],
      [FIGHTERS, 'different-measure'],
    ]);
    expect(exercise.explanation).toContain(
      'gives 5,000 too, but for the number of fighters still active: a different measure',
    );
  });

  it('asks with a single answer when one text gives the figure', () => {
    const exercise = exerciseAt(exercises, 'deaths=n120');
    expect(exercise.format).toBe('single');
    expect(rightLabels(exercise)).toEqual([DEATHS_TOLL]);
  });

  it('never offers a text whose partly inferred date might be the one asked about', () => {
    const exercise = exerciseAt(exercises, 'attack-date=d2022-01-20');
    expect(rightLabels(exercise)).toEqual(['The Daily']);
    expect(labels(exercise)).not.toContain(DEATHS_TOLL);
  });

  it('asks nothing about a vague word, which gives no figure', () => {
    expect(exercises.some((e) => e.id.includes('escaped'))).toBe(false);
  });

  it('shows the figure in the texts that give it as evidence, highlighted', () => {
    const exercise = exerciseAt(exercises, 'deaths=n78');
    expect(exercise.evidence.map((e) => e.claimId)).toEqual(['c-daily-deaths', 'c-blog-deaths']);
  });
});
