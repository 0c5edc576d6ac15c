import { describe, expect, it } from 'vitest';
import { fixtureCorpus, fixtureWith } from '../test-support/fixture.js';
import { exerciseAt, exercisesOf, rightLabels, wrongLabels } from '../test-support/read.js';
import { PROBLEM_WORDS } from './spot-the-problem.js';

const corpus = fixtureCorpus();
const exercises = exercisesOf('spot-the-problem', corpus);
const blog = corpus.documents.find((d) => d.id === 'blog-post')!;
const at = (exact: string) =>
  `${blog.text.indexOf(exact)}-${blog.text.indexOf(exact) + exact.length}`;

describe('spot the problem', () => {
  it('asks what is wrong with a flagged phrase, shown in its sentence; "nothing" is the missed-the-error answer', () => {
    const exercise = exerciseAt(exercises, `what:blog-post@${at('in January 2021')}`);
    expect(exercise.prompt).toBe(
      'Read this from an unnamed blog: “The attack on Ghweiran prison in January 2021 killed 78 people, the Observatory says.” What should a careful reader notice about “in January 2021”?',
    );
    expect(rightLabels(exercise)).toEqual([PROBLEM_WORDS['factual-error']]);
    expect(wrongLabels(exercise)).toContainEqual([PROBLEM_WORDS.none, 'missed-the-error']);
    expect(exercise.explanation).toBe(
      'The post dates the attack to January 2021. The attack began on 20 January 2022.',
    );
  });

  it('asks about an unverifiable figure in the claim that gives it', () => {
    const exercise = exerciseAt(
      exercises,
      `what:blog-post@${at('killed 78 people, the Observatory says.')}`,
    );
    expect(rightLabels(exercise)).toEqual([PROBLEM_WORDS.unverifiable]);
  });

  it('sets the flagged sentence among sentences no flag touches', () => {
    const exercise = exerciseAt(exercises, 'which:f-wrong-year');
    expect(rightLabels(exercise)).toEqual([
      'The attack on Ghweiran prison in January 2021 killed 78 people, the Observatory says.',
    ]);
    expect(wrongLabels(exercise)).toEqual([
      ['The prison held 5,000 detainees.', 'missed-the-error'],
    ]);
  });

  it('does not ask which passage is wrong for a figure that is only unverified', () => {
    expect(exercises.some((e) => e.id.startsWith('spot-the-problem:which:f-unverified'))).toBe(
      false,
    );
  });

  it('shows every passage on offer in full, in the order of the options', () => {
    const exercise = exerciseAt(exercises, 'which:f-wrong-year');
    expect(exercise.passages.excerpts.map((p) => p.exact)).toEqual(
      exercise.options.map((o) => o.label),
    );
  });

  it('shows a passage with the sentences either side of it, as a reader meets it', () => {
    const exercise = exerciseAt(exercises, `what:blog-post@${at('in January 2021')}`);
    expect(exercise.passages.excerpts.map((p) => p.exact)).toEqual([
      'A look back',
      'The attack on Ghweiran prison in January 2021 killed 78 people, the Observatory says. The prison held 5,000 detainees.',
    ]);
  });

  it('does not ask which passage has a problem in a machine translation, whose other passages may read garbled', () => {
    expect(exercises.some((e) => e.id.startsWith('spot-the-problem:which:f-wrong-year'))).toBe(
      true,
    );
    const machine = fixtureWith((c) => {
      for (const d of c.documents) d.translation = 'machine';
    });
    const translated = exercisesOf('spot-the-problem', machine);
    expect(translated.filter((e) => e.subject?.shape === 'which-passage')).toEqual([]);
    // What the problem is stays a fair question: the passage is shown and asked about.
    expect(translated.some((e) => e.subject?.shape === 'what-problem')).toBe(true);
  });

  it('does not ask which passage has a problem when the other side of a contradiction is not among them', () => {
    const contradicted = fixtureWith((c) => {
      const text = c.documents.find((d) => d.id === 'wire-deaths')!.text;
      const exact = 'By Monday, 120 people had died, the SDF said.';
      const start = text.indexOf(exact);
      c.flags.push({
        id: 'f-wire-count',
        documentId: 'wire-deaths',
        kind: 'internal-inconsistency',
        quote: { exact, start, end: start + exact.length },
        says: 'The text counts 120 dead.',
        why: 'It counted 60 two days before.',
        claimIds: ['c-wire-deaths', 'c-wire-deaths-early'],
      });
      for (const claim of c.claims.filter((x) => x.documentId === 'wire-deaths'))
        if (claim.id === 'c-wire-deaths' || claim.id === 'c-wire-deaths-early')
          claim.flagIds.push('f-wire-count');
    });
    const changed = exercisesOf('spot-the-problem', contradicted);
    expect(changed.some((e) => e.id.startsWith('spot-the-problem:what:wire-deaths@'))).toBe(true);
    expect(changed.some((e) => e.id.startsWith('spot-the-problem:which:f-wire-count:'))).toBe(
      false,
    );
  });
});
