import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, rightLabels, wrongLabels } from '../test-support/read.js';

const corpus = fixtureCorpus();
const exercises = exercisesOf('outlet-to-figure', corpus);

describe('outlet to figure', () => {
  it('asks for the text’s figure, with other texts’ figures for the same thing as wrong options', () => {
    const exercise = exerciseAt(exercises, 'blog-post/prison-population');
    expect(exercise.prompt).toBe(
      'What figure does an unnamed blog give for the number of detainees in the prison?',
    );
    expect(rightLabels(exercise)).toEqual(['5,000']);
    expect(wrongLabels(exercise)).toEqual([['around 3,500', 'wrong-outlet']]);
  });

  it('never lets a figure for a different measure compete', () => {
    const onTopic = (topicId: string) =>
      new Set(corpus.claims.filter((c) => c.topicId === topicId).map((c) => c.value));
    for (const exercise of exercises) {
      const subject = exercise.subject!;
      if (subject.shape !== 'outlet-to-figure') throw new Error('wrong shape');
      for (const option of exercise.options)
        expect(
          onTopic(subject.topicId).has(option.about?.type === 'value' ? option.about.value : null),
        ).toBe(true);
    }
  });

  it('keeps each figure’s hedge, and never offers as wrong a figure the text’s hedge could cover', () => {
    // The Daily's "at least 78" could be the wire's 120, so 120 is not offered against it.
    const exercise = exerciseAt(exercises, 'daily-report/deaths');
    expect(rightLabels(exercise)).toEqual(['at least 78']);
    expect(wrongLabels(exercise)).toEqual([['60', 'wrong-outlet']]);
  });

  it('names the picked-the-biggest habit when the largest figure on offer is wrong', () => {
    expect(wrongLabels(exerciseAt(exercises, 'blog-post/deaths'))).toEqual([
      ['120', 'largest-number'],
      ['60', 'wrong-outlet'],
    ]);
  });

  it('asks with the as-of date when a text gives a count at two dates, the other date’s count being wrong', () => {
    const exercise = exerciseAt(exercises, 'wire-deaths/deaths@2022-01-22');
    expect(exercise.prompt).toMatch(/, as of 22 January 2022\?$/);
    expect(rightLabels(exercise)).toEqual(['60']);
    expect(wrongLabels(exercise)).toContainEqual(['120', 'ignored-as-of']);
  });

  it('tells a text’s figures apart by date only for a count that runs on, never for estimates', () => {
    const estimates = fixtureWith(
      (c) => void (c.topics.find((t) => t.id === 'deaths')!.overTime = 'estimate'),
    );
    expect(
      exercisesOf('outlet-to-figure', estimates).some((e) =>
        e.id.startsWith('outlet-to-figure:wire-deaths/deaths@'),
      ),
    ).toBe(false);
  });

  it('explains in plain words when the text distances itself from its figure', () => {
    expect(exerciseAt(exercises, 'wire-deaths/prison-population').explanation).toContain(
      'It says “reportedly”: the text distances itself from the figure.',
    );
  });

  it('skips a text whose only figure is a partly inferred date', () => {
    expect(exercises.some((e) => e.id.startsWith('outlet-to-figure:wire-deaths/attack-date'))).toBe(
      false,
    );
  });

  it('shows the text’s sentences on the topic, with the date each count is as of when the question asks for one', () => {
    const exercise = exerciseAt(exercises, 'wire-deaths/deaths@2022-01-22');
    expect(exercise.passages.documentId).toBe('wire-deaths');
    expect(exercise.passages.excerpts).toEqual([
      expect.objectContaining({
        exact: 'On Saturday the SDF counted 60 dead. By Monday, 120 people had died, the SDF said.',
        note: 'As of 22 January 2022. As of 24 January 2022.',
      }),
    ]);
  });
});
