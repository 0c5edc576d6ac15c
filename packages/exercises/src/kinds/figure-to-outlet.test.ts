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

  it('asks for a figure with the hedge the texts that give it share', () => {
    expect(exerciseAt(exercises, 'prison-population=n3500').prompt).toBe(
      'Which text gives around 3,500 for the number of detainees in the prison?',
    );
  });

  it('never offers as wrong a text whose figure the asked figure’s hedge could cover', () => {
    // The Daily's "at least 78" could be the 120 that the wire's text gives.
    expect(labels(exerciseAt(exercises, 'deaths=n78'))).not.toContain(DEATHS_TOLL);
  });

  it('asks nothing about a vague word, which gives no figure', () => {
    expect(exercises.some((e) => e.id.includes('escaped'))).toBe(false);
  });

  it('shows the figure in the texts that give it as evidence, highlighted', () => {
    const exercise = exerciseAt(exercises, 'deaths=n78');
    expect(exercise.evidence.map((e) => e.claimId)).toEqual(['c-daily-deaths', 'c-blog-deaths']);
  });

  it('shows, before it is answered, what each text among the options says on the topic, in option order', () => {
    const exercise = exerciseAt(exercises, 'deaths=n120');
    const order = exercise.options.map((o) =>
      o.about?.type === 'document' ? o.about.documentId : '',
    );
    expect(reading(exercise).passages.map(([id]) => id)).toEqual(
      order.filter((id) => id !== 'wire-fighters'),
    );
    expect(reading(exercise).silent).toEqual(['wire-fighters']);
    expect(reading(exercise).passages).toContainEqual([
      'wire-deaths',
      'On Saturday the SDF counted 60 dead. By Monday, 120 people had died, the SDF said.',
    ]);
  });

  it('shows a text that gives the number for another measure by that sentence, for the reader to judge', () => {
    expect(reading(exerciseAt(exercises, 'prison-population=n5000')).passages).toContainEqual([
      'wire-fighters',
      '“Some 5,000 fighters are still active across the region,” the UN said.',
    ]);
  });
});
