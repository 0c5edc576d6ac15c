import { describe, expect, it } from 'vitest';
import { buildExercise, type Draft } from './exercise.js';

const draft = (overrides: Partial<Draft> = {}): Draft => ({
  kind: 'figure-to-outlet',
  key: 'deaths=n78',
  difficulty: 1,
  prompt: 'Which text gives 78?',
  format: 'single',
  options: [
    { label: 'The Daily', misconception: null, about: { type: 'document', documentId: 'daily' } },
    {
      label: 'Wire Service',
      misconception: 'wrong-outlet',
      about: { type: 'document', documentId: 'wire' },
    },
    {
      label: 'A blog',
      misconception: 'wrong-outlet',
      about: { type: 'document', documentId: 'blog' },
    },
  ],
  evidence: [],
  reading: { documentId: null, about: 'the number of people killed' },
  explanation: 'Because.',
  subject: { shape: 'figure-to-outlet', topicId: 'deaths', value: 78 },
  ...overrides,
});

describe('buildExercise', () => {
  it('names options a, b, c… and keys the answer to the right one', () => {
    const exercise = buildExercise(draft());
    expect(exercise.options.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(exercise.options.find((o) => o.id === exercise.answer[0])!.label).toBe('The Daily');
  });

  it('shuffles by the question itself, so the same question always looks the same', () => {
    expect(buildExercise(draft())).toEqual(buildExercise(draft()));
    const orders = new Set(
      ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'].map((key) =>
        buildExercise(draft({ key }))
          .options.map((o) => o.label)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('gives a different id when the content differs, and a readable one', () => {
    const a = buildExercise(draft());
    const b = buildExercise(draft({ prompt: 'Which text gives 80?' }));
    expect(a.id).toMatch(/^figure-to-outlet:deaths=n78:[0-9a-z]+$/);
    expect(a.id).not.toBe(b.id);
  });

  it('never shows an ordering already in the right order', () => {
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
      const exercise = buildExercise(
        draft({
          key,
          format: 'order',
          options: ['x', 'y', 'z'].map((id) => ({
            label: id,
            misconception: null,
            about: { type: 'document', documentId: id },
          })),
        }),
      );
      expect(exercise.options.map((o) => o.id)).not.toEqual(exercise.answer);
      expect(exercise.answer.map((id) => exercise.options.find((o) => o.id === id)!.label)).toEqual(
        ['x', 'y', 'z'],
      );
    }
  });

  it('keeps a fixed order when asked to', () => {
    expect(buildExercise(draft({ fixedOrder: true })).options.map((o) => o.label)).toEqual([
      'The Daily',
      'Wire Service',
      'A blog',
    ]);
  });

  it('refuses duplicate labels, a right answer listed twice, or a choice with no wrong option', () => {
    const [right, wrong] = draft().options;
    expect(() =>
      buildExercise(draft({ options: [right!, { ...wrong!, label: 'the daily' }] })),
    ).toThrow(/same label/);
    expect(() =>
      buildExercise(draft({ options: [right!, { ...wrong!, about: right!.about }] })),
    ).toThrow(/same thing/);
    const secondRight = {
      ...right!,
      label: 'Other',
      about: { type: 'document' as const, documentId: 'x' },
    };
    expect(() => buildExercise(draft({ options: [right!, secondRight, wrong!] }))).toThrow(
      /exactly one right/,
    );
    expect(() => buildExercise(draft({ format: 'multiple', options: [right!] }))).toThrow(
      /right and a wrong/,
    );
  });
});
