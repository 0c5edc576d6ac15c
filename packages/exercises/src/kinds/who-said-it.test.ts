import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import {
  exerciseAt,
  exercisesOf,
  reading,
  rightLabels,
  wrongLabels,
} from '../test-support/read.js';
import { blankNames } from './who-said-it.js';

const exercises = exercisesOf('who-said-it', fixtureCorpus());
const FIGHTERS = 'Wire Service (“Fighters at large”)';

describe('who said it', () => {
  it('asks who spoke, with the outlet that carries the words as a wrong option', () => {
    const exercise = exerciseAt(exercises, 'speaker:s-fighters-un');
    expect(exercise.prompt).toBe(
      `In ${FIGHTERS}, who is quoted saying this? “Some 5,000 fighters are still active across the region,”`,
    );
    expect(rightLabels(exercise)).toEqual(['United Nations']);
    expect(wrongLabels(exercise)).toEqual([[FIGHTERS, 'outlet-for-source']]);
  });

  it('asks only about words a text quotes as the speaker’s, never its own report of what they said', () => {
    expect(exercises.map((e) => e.subject)).toEqual([
      { shape: 'speaker', statementId: 's-fighters-un' },
      { shape: 'carrier', statementId: 's-fighters-un' },
    ]);
  });

  it('blanks out every option’s name in the quotation, so the answer is not read off it', () => {
    const quoted = fixtureWith(
      (c) => void (c.statements.find((s) => s.id === 's-wire-un')!.mode = 'direct'),
    );
    expect(exerciseAt(exercisesOf('who-said-it', quoted), 'speaker:s-wire-un').prompt).toBe(
      'In Wire Service (“Death toll rises”), who is quoted saying this? “Some 5,000 IS fighters remain active, a […] report says.”',
    );
  });

  it('asks which text carries the words, with another text quoting the same speaker among the wrong ones', () => {
    const exercise = exerciseAt(exercises, 'carrier:s-fighters-un');
    expect(rightLabels(exercise)).toEqual([FIGHTERS]);
    expect(wrongLabels(exercise)).toEqual([
      ['The Daily', 'wrong-outlet'],
      ['Wire Service (“Death toll rises”)', 'wrong-outlet'],
    ]);
  });

  it('does not ask about a passage two statements give to different speakers', () => {
    const changed = fixtureWith((c) => {
      const s = c.statements.find((x) => x.id === 's-fighters-un')!;
      c.statements.push({ ...s, id: 's-fighters-sdf', speakerId: 'sdf' });
    });
    expect(exercisesOf('who-said-it', changed)).toEqual([]);
  });

  it('does not ask who speaks where the passage does not name the speaker', () => {
    const unnamed = fixtureWith((c) => {
      const un = c.actors.find((a) => a.id === 'un')!;
      un.name = 'The United Nations Secretariat';
      un.aliases = ['UN report'];
    });
    expect(exercisesOf('who-said-it', unnamed).map((e) => e.subject?.shape)).toEqual(['carrier']);
  });

  it('shows the passage where the text names who speaks, for the speaker question', () => {
    expect(reading(exerciseAt(exercises, 'speaker:s-fighters-un')).passages).toEqual([
      ['wire-fighters', '“Some 5,000 fighters are still active across the region,” the UN said.'],
    ]);
  });

  it('shows where each text quotes or names the speaker, and which says nothing of them, for the carrier question', () => {
    const exercise = exerciseAt(exercises, 'carrier:s-fighters-un');
    expect(reading(exercise).passages).toEqual([
      ['wire-fighters', '“Some 5,000 fighters are still active across the region,” the UN said.'],
      ['wire-deaths', 'Some 5,000 IS fighters remain active, a UN report says.'],
    ]);
    expect(reading(exercise).silent).toEqual(['daily-report']);
  });
});

describe('blankNames', () => {
  it('blanks whole names only, longest first, and leaves other words alone', () => {
    expect(
      blankNames('The SDF Press Centre and the SDF said this is so', [
        'SDF',
        'SDF Press Centre',
        'IS',
      ]),
    ).toBe('The […] and the […] said this is so');
  });
});
