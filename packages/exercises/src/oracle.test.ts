/**
 * The property tests lean on the oracle, so the oracle itself must be shown to catch wrong keys:
 * every exercise, with its answer moved to a wrong option, must be reported.
 */
import { corpus } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { allExercises } from './generators.js';
import { fixtureCorpus, fixtureWith } from './test-support/fixture.js';
import { exerciseAt, exercisesOf } from './test-support/read.js';
import { problemsWith } from './test-support/oracle.js';
import type { Exercise } from './types.js';

/** The exercise with one right and one wrong option swapped, misconceptions and all, so only the key is wrong. */
function withWrongKey(exercise: Exercise): Exercise {
  if (exercise.format === 'order') return { ...exercise, answer: [...exercise.answer].reverse() };
  const right = exercise.options.find((o) => exercise.answer.includes(o.id))!;
  const wrong = exercise.options.find((o) => !exercise.answer.includes(o.id))!;
  return {
    ...exercise,
    options: exercise.options.map((o) =>
      o === right
        ? { ...o, misconception: wrong.misconception }
        : o === wrong
          ? { ...o, misconception: null }
          : o,
    ),
    answer: exercise.answer.map((id) => (id === right.id ? wrong.id : id)),
  };
}

describe.each([
  ['the fixture', fixtureCorpus()],
  ['the real corpus', corpus],
])('the oracle, on %s', (_, source) => {
  const exercises = allExercises(source);

  it('finds nothing wrong with the generated exercises', () => {
    expect(exercises.flatMap((e) => problemsWith(source, e).map((p) => `${e.id}: ${p}`))).toEqual(
      [],
    );
  });

  it('catches a wrong answer key in every exercise of every kind', () => {
    const missed = exercises
      .filter((e) => problemsWith(source, withWrongKey(e)).length === 0)
      .map((e) => e.id);
    expect(missed).toEqual([]);
  });

  it('catches a quote that does not match the text at its offsets', () => {
    const [first] = exercises;
    const shifted = {
      ...first!,
      evidence: first!.evidence.map((e) => ({
        ...e,
        quote: { ...e.quote, start: e.quote.start + 1 },
      })),
    };
    expect(problemsWith(source, shifted)).toContainEqual(
      expect.stringMatching(/is not the text there/),
    );
  });

  it('catches a duplicated option', () => {
    const exercise = exercises.find((e) => e.options.length >= 3)!;
    const [a, b] = exercise.options;
    expect(
      problemsWith(source, {
        ...exercise,
        options: [a!, { ...b!, label: a!.label }, ...exercise.options.slice(2)],
      }),
    ).toContain('duplicate option labels');
  });
});

describe('the oracle, on the rules that keep a question fair', () => {
  it('rejects words a text only reports, asked about as the speaker’s own', () => {
    const exercise = exerciseAt(
      exercisesOf('who-said-it', fixtureCorpus()),
      'carrier:s-fighters-un',
    );
    const reported = fixtureWith(
      (c) => void (c.statements.find((s) => s.id === 's-fighters-un')!.mode = 'reported'),
    );
    expect(problemsWith(reported, exercise)).toContainEqual(
      expect.stringMatching(/reported words are the text’s/),
    );
  });

  it('rejects "the latest figure as of a date" for figures that compete whatever their date', () => {
    const exercise = exerciseAt(
      exercisesOf('timeline', fixtureCorpus()),
      'as-of:deaths@2022-01-24',
    );
    const estimates = fixtureWith(
      (c) => void (c.topics.find((t) => t.id === 'deaths')!.overTime = 'estimate'),
    );
    expect(problemsWith(fixtureCorpus(), exercise)).toEqual([]);
    expect(problemsWith(estimates, exercise)).toContainEqual(
      expect.stringMatching(/have no latest one/),
    );
  });

  it('rejects a figure the text distances itself from, offered as stated in its own voice', () => {
    const exercise = exerciseAt(exercisesOf('own-voice', fixtureCorpus()), 'daily-report#1');
    const hedged = fixtureWith((c) => {
      const date = c.claims.find((x) => x.id === 'c-daily-date')!;
      date.reportingCues.push({ kind: 'hedge', quote: { ...date.quote } });
    });
    expect(problemsWith(hedged, exercise)).toContainEqual(
      expect.stringMatching(/distances itself from is neither answer/),
    );
  });
});
