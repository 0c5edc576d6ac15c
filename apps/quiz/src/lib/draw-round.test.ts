import { describe, expect, it } from 'vitest';
import { drawRound } from './draw-round.js';
import type { ExerciseIndex } from './quiz-item.js';
import { pickExercises, readRoundLink } from './round-link.js';

const index: ExerciseIndex = {
  corpusVersion: 'test',
  exercises: ['k1', 'k2', 'k3', 'k4'].map((key) => ({ key, kind: 'qualifier', difficulty: 1 })),
};

describe('drawRound', () => {
  it('reads the link and draws the keys its settings pick from the index', async () => {
    const search = '?seed=river-7&count=3&mode=challenge';
    const { link, keys } = await drawRound(search, () => index);
    expect(link).toEqual(readRoundLink(new URLSearchParams(search)));
    expect(keys).toEqual(pickExercises(index, { seed: 'river-7', count: 3 }));
    expect(keys).toHaveLength(3);
  });

  it('asks the exercises a link names instead of drawing', async () => {
    const index = {
      corpusVersion: 'test',
      exercises: ['kkkkkk1', 'kkkkkk2', 'kkkkkk3'].map((key) => ({
        key,
        kind: 'qualifier' as const,
        difficulty: 1 as const,
      })),
    };
    const { keys } = await drawRound('?exercises=kkkkkk3,kkkkkk1', () => index);
    expect(keys).toEqual(['kkkkkk3', 'kkkkkk1']);
  });

  it('names what is wrong with a link that does not work, without asking for the index', async () => {
    let asked = false;
    const { link, keys } = await drawRound('?seed=x&count=0', () => ((asked = true), index));
    expect(link.ok).toBe(false);
    expect(keys).toEqual([]);
    expect(asked).toBe(false);
  });

  it('draws a document-based lesson from its text’s questions alone', async () => {
    const byText = { 'text-a': ['k2', 'k4'], 'text-b': ['k1', 'k3'] };
    const { link, keys } = await drawRound(
      '?seed=s&count=5&doc=text-a',
      () => index,
      async () => byText,
    );
    expect(link.ok && link.query).toBe('seed=s&count=5&doc=text-a&mode=practice');
    expect(keys.toSorted()).toEqual(['k2', 'k4']);
  });

  it('names the texts when a lesson’s text is not one of them', async () => {
    const byText = { 'text-a': ['k2'] };
    const { link, keys } = await drawRound(
      '?seed=s&count=5&doc=text-z',
      () => index,
      async () => byText,
    );
    expect(link).toEqual({
      ok: false,
      problems: ['The doc “text-z” is not one of the texts: use one of text-a.'],
    });
    expect(keys).toEqual([]);
  });

  it('asks for the texts’ questions only for a lesson', async () => {
    let asked = false;
    await drawRound(
      '?seed=s&count=2',
      () => index,
      async () => ((asked = true), {}),
    );
    expect(asked).toBe(false);
  });
});
