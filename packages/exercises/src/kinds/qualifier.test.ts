import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, rightLabels, wrongLabels } from '../test-support/read.js';
import { asQuoted } from './qualifier.js';

const corpus = fixtureCorpus();
const exercises = exercisesOf('qualifier', corpus);

describe('qualifier', () => {
  it('asks what "at least" commits the text to, quoting the words as written', () => {
    const exercise = exerciseAt(exercises, 'c-daily-deaths');
    expect(exercise.prompt).toBe(
      'The Daily writes: “At least 78 people were killed, according to the Observatory.” What does “At least 78” commit the text to?',
    );
    expect(rightLabels(exercise)).toEqual(['78 or more: the real number may be higher']);
    expect(wrongLabels(exercise)).toContainEqual([
      'Exactly 78, no more and no fewer',
      'ignored-qualifier',
    ]);
  });

  it('reads "around" and "some" as roughly', () => {
    expect(rightLabels(exerciseAt(exercises, 'c-wire-population'))).toEqual([
      'Roughly 3,500: the real number may be a little higher or lower',
    ]);
    expect(rightLabels(exerciseAt(exercises, 'c-fighters-active'))).toEqual([
      'Roughly 5,000: the real number may be a little higher or lower',
    ]);
  });

  it('highlights the qualifier and the numeral together', () => {
    const [evidence] = exerciseAt(exercises, 'c-daily-deaths').evidence;
    const text = corpus.documents.find((d) => d.id === 'daily-report')!.text;
    expect(text.slice(evidence!.highlight!.start, evidence!.highlight!.end)).toBe('At least 78');
  });

  it('asks only about hedged figures', () => {
    expect(
      exercises.map((e) => e.subject?.shape === 'qualifier' && e.subject.claimId).sort(),
    ).toEqual(
      [
        'c-daily-population',
        'c-daily-deaths',
        'c-fighters-active',
        'c-wire-active',
        'c-wire-population',
      ].sort(),
    );
  });

  it('skips a claim whose qualifier the text does not write before the numeral', () => {
    const changed = fixtureWith((c) => {
      c.claims.find((x) => x.id === 'c-daily-deaths')!.qualifier = 'almost';
    });
    expect(exercisesOf('qualifier', changed).some((e) => e.id.includes('c-daily-deaths'))).toBe(
      false,
    );
  });

  it('shows the sentence the hedged figure stands in', () => {
    expect(exerciseAt(exercises, 'c-daily-deaths').passages).toMatchObject({
      documentId: 'daily-report',
      excerpts: [{ exact: 'At least 78 people were killed, according to the Observatory.' }],
    });
  });
});

describe('asQuoted', () => {
  it('ends a passage that stops inside its sentence with an ellipsis, and leaves a whole one as it is', () => {
    expect(asQuoted('about 22 operations targeting prisons')).toBe(
      'about 22 operations targeting prisons…',
    );
    expect(asQuoted('At least 78 people were killed.')).toBe('At least 78 people were killed.');
    expect(asQuoted('He said “at least 78.”')).toBe('He said “at least 78.”');
  });
});
