import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, rightLabels, wrongLabels } from '../test-support/read.js';

const exercises = exercisesOf('timeline', fixtureCorpus());
const ALL = 'wire-fighters,daily-report,wire-deaths,blog-post';

describe('timeline', () => {
  it('asks which text was published first and which last', () => {
    expect(rightLabels(exerciseAt(exercises, `first:${ALL}`))).toEqual([
      'Wire Service (“Fighters at large”)',
    ]);
    expect(rightLabels(exerciseAt(exercises, `last:${ALL}`))).toEqual(['An unnamed blog']);
    expect(
      wrongLabels(exerciseAt(exercises, `first:${ALL}`)).every(([, m]) => m === 'wrong-order'),
    ).toBe(true);
  });

  it('asks to put texts in order of publication, with the order as the answer', () => {
    const exercise = exerciseAt(exercises, `order:${ALL}`);
    expect(exercise.format).toBe('order');
    expect(exercise.answer.map((id) => exercise.options.find((o) => o.id === id)!.label)).toEqual([
      'Wire Service (“Fighters at large”)',
      'The Daily',
      'Wire Service (“Death toll rises”)',
      'An unnamed blog',
    ]);
  });

  it('says in plain words that a publication date was worked out, without the annotator’s note', () => {
    expect(exerciseAt(exercises, `order:${ALL}`).explanation).toContain(
      'An unnamed blog was published on 23 March 2023 (the text has no date line: this is worked out from clues, not said in the text).',
    );
  });

  it('leaves a text out of an ordering when its date overlaps another’s', () => {
    const changed = exercisesOf(
      'timeline',
      fixtureWith(
        (c) => void (c.documents.find((d) => d.id === 'daily-report')!.published.date = '2022-01'),
      ),
    );
    const ordered = changed.filter((e) => e.subject?.shape === 'publication-order');
    expect(ordered.length).toBeGreaterThan(0);
    for (const e of ordered)
      expect(e.id.includes('daily-report') && e.id.includes('wire-fighters')).toBe(false);
  });

  it('asks which count was the latest on a date, with counts from before and after as wrong options', () => {
    const exercise = exerciseAt(exercises, 'as-of:deaths@2022-01-24');
    expect(exercise.prompt).toBe(
      'The texts give the number of people killed as of different dates. Which figure was the latest as of 24 January 2022?',
    );
    expect(rightLabels(exercise)).toEqual(['120']);
    expect(wrongLabels(exercise)).toEqual([
      ['60', 'ignored-as-of'],
      ['78', 'ignored-as-of'],
    ]);
  });

  it('offers each count with the hedge its text gives it', () => {
    const hedged = fixtureWith(
      (c) => void (c.claims.find((x) => x.id === 'c-wire-deaths-early')!.qualifier = 'about'),
    );
    expect(
      wrongLabels(exerciseAt(exercisesOf('timeline', hedged), 'as-of:deaths@2022-01-24')),
    ).toContainEqual(['about 60', 'ignored-as-of']);
  });

  it('does not ask about a day on which two texts give different counts', () => {
    // The Daily's 78 and the wire's 60 are both as of 22 January.
    expect(exercises.some((e) => e.id.startsWith('timeline:as-of:deaths@2022-01-22:'))).toBe(false);
  });

  it('asks about running counts of the event only, never estimates of one quantity, dates or background', () => {
    const asOf = exercises.filter((e) => e.subject?.shape === 'latest-as-of');
    expect(
      new Set(asOf.map((e) => (e.subject?.shape === 'latest-as-of' ? e.subject.topicId : ''))),
    ).toEqual(new Set(['deaths']));
  });

  it('shows each text’s date line, or its headline with a note that the date was worked out', () => {
    const exercise = exerciseAt(exercises, `first:${ALL}`);
    expect(exercise.passages.excerpts).toContainEqual(
      expect.objectContaining({
        documentId: 'blog-post',
        exact: 'A look back',
        note: 'No date line. Published on 23 March 2023: worked out from clues, not said in the text.',
      }),
    );
    expect(exercise.passages.excerpts).toHaveLength(4);
  });

  it('shows each figure on offer in its sentence, with the date it is as of', () => {
    expect(exerciseAt(exercises, 'as-of:deaths@2022-01-24').passages.excerpts).toContainEqual(
      expect.objectContaining({
        exact: 'On Saturday the SDF counted 60 dead.',
        note: 'As of 22 January 2022.',
      }),
    );
  });
});
