import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import {
  exerciseAt,
  exercisesOf,
  reading,
  rightLabels,
  wrongLabels,
} from '../test-support/read.js';
import { NO_SOURCE_LABEL, OWN_VOICE_LABEL } from './reporter-vs-source.js';

const exercises = exercisesOf('reporter-vs-source', fixtureCorpus());

describe('reporter versus source', () => {
  it('makes the outlet that published a credited figure a wrong option', () => {
    const exercise = exerciseAt(exercises, 'daily-report/deaths=n78');
    expect(exercise.prompt).toBe(
      'The Daily gives at least 78 for the number of people killed. Whom does the text give as the source of this figure?',
    );
    expect(rightLabels(exercise)).toEqual(['Syrian Observatory for Human Rights']);
    expect(wrongLabels(exercise)).toEqual([
      [OWN_VOICE_LABEL, 'sourced-as-own-voice'],
      ['Syrian Democratic Forces', 'wrong-speaker'],
      ['The Daily', 'outlet-for-source'],
    ]);
  });

  it('names an outlet that is not known by what is known of it', () => {
    expect(wrongLabels(exerciseAt(exercises, 'blog-post/deaths=n78'))).toContainEqual([
      'An unnamed blog',
      'outlet-for-source',
    ]);
  });

  it('does not offer the outlet for a figure the text states in its own voice, where the outlet is the source', () => {
    const exercise = exerciseAt(exercises, 'blog-post/prison-population=n5000');
    expect(rightLabels(exercise)).toEqual([OWN_VOICE_LABEL]);
    expect(exercise.options.some((o) => o.about?.type === 'outlet')).toBe(false);
    expect(wrongLabels(exercise).every(([, m]) => m === 'own-voice-as-sourced')).toBe(true);
  });

  it('counts every source right when a text gives the same figure from two', () => {
    const corpus = fixtureWith((c) => {
      const own = c.claims.find((x) => x.id === 'c-blog-population')!;
      c.claims.push({
        ...own,
        id: 'c-blog-population-sdf',
        attribution: { actorId: 'sdf', via: [], basis: 'explicit', cue: 'said' },
      });
    });
    const exercise = exerciseAt(
      exercisesOf('reporter-vs-source', corpus),
      'blog-post/prison-population=n5000',
    );
    expect(exercise.format).toBe('multiple');
    expect(rightLabels(exercise)).toEqual([OWN_VOICE_LABEL, 'Syrian Democratic Forces']);
  });

  it('explains where the credit is in the text', () => {
    expect(exerciseAt(exercises, 'daily-report/deaths=n78').explanation).toBe(
      'The text credits it to Syrian Observatory for Human Rights: “according to the Observatory”. The Daily only reports the figure: the outlet that publishes a figure is not where it comes from.',
    );
  });

  it('does not call a figure the text distances itself from its own voice, and says why in plain words', () => {
    const exercise = exerciseAt(exercises, 'wire-deaths/prison-population=n3500');
    expect(rightLabels(exercise)).toEqual([NO_SOURCE_LABEL]);
    expect(exercise.explanation).toBe(
      'The text names no source for it. It says “reportedly”: the text distances itself from the figure.',
    );
  });

  it('says so when the text warns that a figure cannot be checked', () => {
    const unverified = fixtureWith((c) => {
      const deaths = c.claims.find((x) => x.id === 'c-daily-deaths')!;
      const text = c.documents.find((d) => d.id === 'daily-report')!.text;
      const words = 'according to the Observatory';
      const start = text.indexOf(words);
      deaths.reportingCues.push({
        kind: 'unverifiable',
        quote: { exact: words, start, end: start + words.length },
      });
    });
    expect(
      exerciseAt(exercisesOf('reporter-vs-source', unverified), 'daily-report/deaths=n78')
        .explanation,
    ).toContain(
      'It says “according to the Observatory”: the text says the figure cannot be checked.',
    );
  });

  it('shows the figure’s sentence, where the text says whom it is from', () => {
    const exercise = exerciseAt(exercises, 'daily-report/deaths=n78');
    expect(exercise.passages.documentId).toBe('daily-report');
    expect(reading(exercise).passages).toEqual([
      ['daily-report', 'At least 78 people were killed, according to the Observatory.'],
    ]);
  });
});
