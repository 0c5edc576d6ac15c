import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, rightLabels, wrongLabels } from '../test-support/read.js';
import { NOT_SUPPORTED_LABEL, SUPPORTED_LABEL } from './discernment.js';

const exercises = exercisesOf('discernment', fixtureCorpus());

describe('discernment', () => {
  it('makes a pair from each figure: the statement as the text has it, and a subtly wrong one', () => {
    const supported = exerciseAt(exercises, 'c-daily-deaths:supported');
    const twisted = exerciseAt(exercises, 'c-daily-deaths:not-supported');
    expect(supported.prompt).toBe(
      'Supported by the texts or not? The Daily gives at least 78 for the number of people killed and credits it to Syrian Observatory for Human Rights.',
    );
    expect(rightLabels(supported)).toEqual([SUPPORTED_LABEL]);
    expect(wrongLabels(supported)).toEqual([[NOT_SUPPORTED_LABEL, 'doubted-supported-claim']]);
    expect(rightLabels(twisted)).toEqual([NOT_SUPPORTED_LABEL]);
    expect(wrongLabels(twisted)).toEqual([[SUPPORTED_LABEL, 'believed-misattribution']]);
    expect(supported.difficulty).toBe(twisted.difficulty);
    expect(supported.discernment).toEqual({
      supported: true,
      supportedOptionId: 'a',
      pair: 'c-daily-deaths',
    });
    expect(twisted.discernment).toEqual({
      supported: false,
      supportedOptionId: 'a',
      pair: 'c-daily-deaths',
    });
  });

  it('keeps "supported" first, so the two buttons never swap places', () => {
    for (const e of exercises)
      expect(e.options.map((o) => o.label)).toEqual([SUPPORTED_LABEL, NOT_SUPPORTED_LABEL]);
  });

  it('yields as many supported statements as misattributed ones', () => {
    const supported = exercises.filter((e) => e.discernment?.supported).length;
    expect(supported).toBeGreaterThan(0);
    expect(exercises.length).toBe(2 * supported);
  });

  it('never makes a date part the corpus inferred the only thing wrong with a statement', () => {
    // The wire's "January 20" has its year inferred: "it states 20 January 2022" would be a trap.
    expect(exercises.some((e) => e.discernment?.pair === 'c-wire-date')).toBe(false);
    expect(
      exercises.flatMap((e) => e.options).some((o) => o.misconception === 'inference-as-statement'),
    ).toBe(false);
  });

  it('does not pass off a figure the text distances itself from as stated in its own voice', () => {
    const exercise = exerciseAt(exercises, 'c-wire-population:supported');
    expect(exercise.prompt).toBe(
      'Supported by the texts or not? Wire Service (“Death toll rises”) gives around 3,500 for the number of detainees in the prison without naming a source, and distances itself from it (“reportedly”).',
    );
    expect(exercise.explanation).toContain(
      'It says “reportedly”: the text distances itself from the figure.',
    );
  });

  it('makes no statement from a vague word or an implied source', () => {
    const changed = exercisesOf(
      'discernment',
      fixtureWith(
        (c) =>
          void (c.claims.find((x) => x.id === 'c-daily-deaths')!.attribution.basis = 'implied'),
      ),
    );
    expect(changed.some((e) => e.discernment?.pair === 'c-daily-deaths')).toBe(false);
    expect(exercises.some((e) => e.discernment?.pair === 'c-daily-fled')).toBe(false);
  });

  it('makes one pair from a figure a text repeats', () => {
    const changed = fixtureWith((c) => {
      const claim = c.claims.find((x) => x.id === 'c-daily-deaths')!;
      c.claims.push({ ...claim, id: 'c-daily-deaths-again' });
    });
    expect(
      exercisesOf('discernment', changed).some(
        (e) => e.discernment?.pair === 'c-daily-deaths-again',
      ),
    ).toBe(false);
  });

  it('shows what the text the statement names says on the topic, and never names a silent text', () => {
    // Of a text silent on the topic the passages would have to say so, giving the answer away.
    for (const exercise of exercises) {
      expect(exercise.passages.silent, exercise.id).toEqual([]);
      expect(exercise.passages.excerpts.length, exercise.id).toBeGreaterThan(0);
    }
    expect(exerciseAt(exercises, 'c-fighters-day:supported').passages.excerpts).toEqual([
      expect.objectContaining({ exact: 'Fighting entered its third day.' }),
    ]);
  });
});
