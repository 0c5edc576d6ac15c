import type { Actor } from '@attribution-lab/corpus';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, rightLabels, wrongLabels } from '../test-support/read.js';

describe('names', () => {
  const corpus = fixtureCorpus();
  const exercises = exercisesOf('names', corpus);

  it('asks which spellings name the same place, with another place as the wrong option', () => {
    const exercise = exerciseAt(exercises, 'ghwayran');
    expect(exercise.prompt).toBe(
      'The texts do not always spell a name the same way. Which of these name the same place as “Ghwayran”?',
    );
    expect(rightLabels(exercise)).toEqual(['Ghweiran']);
    expect(wrongLabels(exercise)).toEqual([['Hasakah', 'different-place']]);
    expect(exercise.explanation).toBe(
      '“Ghwayran” and “Ghweiran” both name Ghwayran. “Hasakah” is al-Hasakah, a different place.',
    );
  });

  it('shows where each spelling occurs', () => {
    const exercise = exerciseAt(exercises, 'ghwayran');
    const text = (id: string) => corpus.documents.find((d) => d.id === id)!.text;
    expect(
      exercise.evidence.map((e) => text(e.documentId).slice(e.highlight!.start, e.highlight!.end)),
    ).toEqual(['Ghwayran', 'Ghweiran']);
  });

  it('never offers a spelling two actors share', () => {
    const changed = fixtureWith(
      (c) => void c.actors.find((a) => a.id === 'hasakah')!.aliases.push('Ghweiran'),
    );
    expect(exercisesOf('names', changed)).toEqual([]);
  });

  it('shows where the asked-about spelling and each option are used, the asked one first', () => {
    expect(exerciseAt(exercises, 'ghwayran').passages.excerpts.map((p) => p.exact)).toEqual([
      'The prison in Ghwayran held about 5,000 detainees, the SDF said.',
      'Prison attack in Hasakah',
      'Around 3,500 men were reportedly held in the jail in Ghweiran.',
    ]);
  });

  const withActors = (...extra: [string, Actor['kind'], string[]][]) =>
    fixtureWith((c) => {
      for (const [id, kind, aliases] of extra)
        c.actors.push({ id, name: aliases[0]!, kind, aliases, description: id });
    });

  it('drops a question a shared word answers, such as “Saleh” for “Saleh Muslim”', () => {
    const changed = withActors(
      ['saleh-muslim', 'person', ['Saleh Muslim', 'Saleh']],
      ['salman-shaikh', 'person', ['Salman Shaikh']],
    );
    expect(exercisesOf('names', changed).some((e) => e.id.startsWith('names:saleh-muslim:'))).toBe(
      false,
    );
  });

  it('never lets a word that every right option shares mark them out together', () => {
    const changed = withActors(
      ['coalition', 'organisation', ['Global Coalition', 'US-led alliance', 'anti-IS alliance']],
      ['crisis-group', 'organisation', ['Crisis Group']],
    );
    expect(rightLabels(exerciseAt(exercisesOf('names', changed), 'coalition'))).toEqual([
      'US-led alliance',
    ]);
  });

  it('does not ask where initials alone stand out among full names, and asks the other way round', () => {
    const changed = fixtureWith((c) => {
      c.actors.find((a) => a.id === 'un')!.aliases = ['United Nations'];
      c.actors.push({
        id: 'pyd',
        name: 'Democratic Union Party',
        kind: 'organisation',
        aliases: ['Democratic Union Party', 'PYD'],
        description: 'A party.',
      });
    });
    const exercise = exerciseAt(exercisesOf('names', changed), 'pyd');
    expect(exercise.subject).toEqual({ shape: 'same-name', actorId: 'pyd', spelling: 'PYD' });
    expect(rightLabels(exercise)).toEqual(['Democratic Union Party']);
  });
});
