import { corpus } from '@attribution-lab/corpus';
import { allExercises } from '@attribution-lab/exercises';
import { describe, expect, it } from 'vitest';
import { choicesArePassages } from './choices-are-passages.js';

const exercises = allExercises(corpus);

describe('choicesArePassages', () => {
  it('is true of every "which of these passages" question in the corpus, however the texts are cut', () => {
    const which = exercises.filter((e) => e.subject?.shape === 'which-passage');
    expect(which.length).toBeGreaterThan(0);
    for (const exercise of which) expect(choicesArePassages(exercise), exercise.id).toBe(true);
  });

  it('is false of every other question, whose passages must be shown before the choices', () => {
    for (const exercise of exercises.filter((e) => e.subject?.shape !== 'which-passage'))
      expect(choicesArePassages(exercise), exercise.id).toBe(false);
  });
});
