import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, labels, rightLabels, wrongLabels } from '../test-support/read.js';

describe('own voice', () => {
  const exercises = exercisesOf('own-voice', fixtureCorpus());

  it('asks which figures the text states itself, with credited figures as wrong options', () => {
    const exercise = exerciseAt(exercises, 'daily-report#1');
    expect(exercise.prompt).toBe(
      'Which of these figures does The Daily state in its own voice, naming no source? More than one is right: choose all that are.',
    );
    expect(rightLabels(exercise)).toEqual([
      '20 January 2022 for the date the attack began',
      'Dozens for the number who fled',
    ]);
    expect(wrongLabels(exercise)).toEqual([
      ['About 5,000 for the number of detainees in the prison', 'sourced-as-own-voice'],
      ['At least 78 for the number of people killed', 'sourced-as-own-voice'],
    ]);
    expect(exercise.explanation).toContain(
      'at least 78 for the number of people killed is credited to Syrian Observatory for Human Rights',
    );
  });

  it('leaves out a figure the text hedges as a report, which is neither its own claim nor credited', () => {
    const corpus = fixtureWith((c) => {
      const fled = c.claims.find((x) => x.id === 'c-daily-fled')!;
      fled.reportingCues.push({ kind: 'hedge', quote: { ...fled.quote } });
    });
    const exercise = exerciseAt(exercisesOf('own-voice', corpus), 'daily-report#1');
    expect(labels(exercise)).not.toContain('Dozens for the number who fled');
  });

  it('says what leaving an own-voice figure unpicked shows', () => {
    const exercise = exerciseAt(exercises, 'daily-report#1');
    expect(
      exercise.options
        .filter((o) => o.misconception === null)
        .every((o) => o.missed === 'own-voice-as-sourced'),
    ).toBe(true);
  });

  it('leaves out a figure the text both states itself and credits, and one whose source is only implied', () => {
    const corpus = fixtureWith((c) => {
      const own = c.claims.find((x) => x.id === 'c-blog-population')!;
      c.claims.push({
        ...own,
        id: 'c-blog-population-sdf',
        attribution: { actorId: 'sdf', via: [], basis: 'explicit', cue: 'said' },
      });
      c.claims.find((x) => x.id === 'c-wire-deaths')!.attribution.basis = 'implied';
    });
    const changed = exercisesOf('own-voice', corpus);
    expect(labels(exerciseAt(changed, 'blog-post#1'))).not.toContain(
      '5,000 for the number of detainees in the prison',
    );
    expect(labels(exerciseAt(changed, 'wire-deaths#1'))).not.toContain(
      '120 for the number of people killed',
    );
  });

  it('shows every figure on offer in its sentence, where the text says whom it is from', () => {
    expect(exerciseAt(exercises, 'daily-report#1').passages.excerpts.map((p) => p.exact)).toEqual([
      'The prison in Ghwayran held about 5,000 detainees, the SDF said. At least 78 people were killed, according to the Observatory. The attack began on January 20, 2022. Dozens fled.',
    ]);
  });
});
