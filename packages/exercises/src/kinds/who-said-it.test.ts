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

describe('who said it', () => {
  it('asks who spoke, with the outlet and the text’s other speakers as wrong options', () => {
    const exercise = exerciseAt(exercises, 'speaker:s-wire-un');
    expect(rightLabels(exercise)).toEqual(['United Nations']);
    expect(wrongLabels(exercise)).toEqual([
      ['Syrian Democratic Forces', 'wrong-speaker'],
      ['Wire Service (“Death toll rises”)', 'outlet-for-source'],
    ]);
  });

  it('blanks out every option’s name in the quotation, so the answer is not read off it', () => {
    const { prompt } = exerciseAt(exercises, 'speaker:s-wire-un');
    expect(prompt).toBe(
      'In Wire Service (“Death toll rises”), who is reported as saying this? “Some 5,000 IS fighters remain active, a […] report says.”',
    );
  });

  it('asks which text carries the words, with another text quoting the same speaker among the wrong ones', () => {
    const exercise = exerciseAt(exercises, 'carrier:s-fighters-un');
    expect(rightLabels(exercise)).toEqual(['Wire Service (“Fighters at large”)']);
    expect(wrongLabels(exercise)).toEqual([
      ['The Daily', 'wrong-outlet'],
      ['Wire Service (“Death toll rises”)', 'wrong-outlet'],
    ]);
  });

  it('does not ask about a passage two statements give to different speakers', () => {
    const changed = fixtureWith((c) => {
      const s = c.statements.find((x) => x.id === 's-wire-un')!;
      c.statements.push({ ...s, id: 's-wire-un-again', speakerId: 'sdf' });
    });
    expect(exercisesOf('who-said-it', changed).some((e) => e.id.includes('s-wire-un'))).toBe(false);
  });
});

it('shows the passage where the text names who speaks, for the speaker question', () => {
  expect(reading(exerciseAt(exercises, 'speaker:s-wire-un')).passages).toEqual([
    ['wire-deaths', 'Some 5,000 IS fighters remain active, a UN report says.'],
  ]);
});

it('shows where each text quotes or names the speaker, and which says nothing of them, for the carrier question', () => {
  const exercise = exerciseAt(exercises, 'carrier:s-fighters-un');
  expect(reading(exercise).passages).toEqual([
    ['wire-fighters', 'Some 5,000 fighters are still active across the region, the UN said.'],
    ['wire-deaths', 'Some 5,000 IS fighters remain active, a UN report says.'],
  ]);
  expect(reading(exercise).silent).toEqual(['daily-report']);
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
