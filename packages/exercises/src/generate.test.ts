import { describe, expect, it } from 'vitest';
import { corpus as realCorpus } from '@attribution-lab/corpus';
import { drawSet, generateExercises, isOnTopics, readsOnly, textsRead } from './generate.js';
import { allExercises } from './generators.js';
import { SettingsError } from './settings.js';
import { fixtureCorpus } from './test-support/fixture.js';

const corpus = fixtureCorpus();
const ids = (seed: string, count = 10) =>
  generateExercises(corpus, { seed, count }).map((e) => e.id);

describe('generateExercises', () => {
  it('on chosen topics, gives only exercises about figures on them (--topics deaths-total)', () => {
    const chosen = generateExercises(
      realCorpus,
      { seed: 'class', count: 50 },
      { topicIds: ['deaths-total'] },
    );
    expect(chosen.length).toBeGreaterThan(0);
    for (const exercise of chosen) {
      const topics = exercise.evidence.flatMap((e) =>
        e.claimId ? [realCorpus.claims.find((c) => c.id === e.claimId)!.topicId] : [],
      );
      expect(topics.length, exercise.prompt).toBeGreaterThan(0);
      expect(new Set(topics), exercise.prompt).toEqual(new Set(['deaths-total']));
    }
    // Without topics, the same seed draws exercises on names, speakers and dates too.
    expect(
      generateExercises(realCorpus, { seed: 'class', count: 50 }).some(
        (e) => !isOnTopics(realCorpus, e, ['deaths-total']),
      ),
    ).toBe(true);
  });

  it('gives the same set for the same corpus, seed and settings', () => {
    expect(generateExercises(corpus, { seed: 'river-7', count: 20 })).toEqual(
      generateExercises(fixtureCorpus(), { seed: 'river-7', count: 20 }),
    );
  });

  it('gives another set for another seed', () => {
    expect(ids('river-7')).not.toEqual(ids('river-8'));
  });

  it('gives as many as asked, all different, or all there are when the corpus has fewer', () => {
    expect(new Set(ids('s', 25)).size).toBe(25);
    const names = generateExercises(corpus, { seed: 's', count: 50, kinds: ['names'] });
    expect(names).toHaveLength(allExercises(corpus, ['names']).length);
  });

  it('draws only the chosen kinds and difficulty', () => {
    const set = generateExercises(corpus, {
      seed: 's',
      count: 50,
      kinds: ['qualifier', 'timeline'],
      difficulty: 2,
    });
    expect(set.length).toBeGreaterThan(0);
    for (const e of set) {
      expect(['qualifier', 'timeline']).toContain(e.kind);
      expect(e.difficulty).toBe(2);
    }
  });

  it('deals the kinds in turn, so a short set has one of each kind available', () => {
    const set = generateExercises(corpus, { seed: 'mix', count: 11 });
    expect(new Set(set.map((e) => e.kind)).size).toBe(11);
  });

  it('keeps supported and misattributed statements within one of each other', () => {
    for (const count of [1, 2, 5, 7, 12]) {
      const set = generateExercises(corpus, {
        seed: `balance-${count}`,
        count,
        kinds: ['discernment'],
      });
      const supported = set.filter((e) => e.discernment!.supported).length;
      expect(Math.abs(2 * supported - set.length)).toBeLessThanOrEqual(1);
    }
  });

  it('refuses settings out of range with a SettingsError', () => {
    expect(() => generateExercises(corpus, { seed: 's', count: 51 })).toThrow(SettingsError);
    expect(() => generateExercises(corpus, { seed: '', count: 5 })).toThrow(/seed: is missing/);
  });

  it('draws the same set from a slim index as from the exercises, so an app can draw without the bank', () => {
    const index = allExercises(corpus).map((e) => ({
      id: e.id,
      kind: e.kind,
      difficulty: e.difficulty,
      pair: e.discernment?.pair,
    }));
    for (const settings of [
      { seed: 'a', count: 7 },
      { seed: 'b', count: 30, kinds: ['discernment' as const, 'names' as const] },
      { seed: 'c', count: 4, difficulty: 3 as const },
    ]) {
      expect(drawSet(index, settings).map((e) => e.id)).toEqual(
        generateExercises(corpus, settings).map((e) => e.id),
      );
    }
  });

  it('gives a document-based lesson only questions answered from that one text', () => {
    const document = corpus.documents[0]!.id;
    const all = allExercises(corpus);
    const set = generateExercises(corpus, { seed: 'lesson', count: 50, document });
    expect(set.length).toBeGreaterThan(0);
    expect(set.length).toBeLessThan(all.length);
    for (const exercise of set) {
      expect([...textsRead(exercise)]).toEqual([document]);
      expect(exercise.passages.excerpts.every((p) => p.documentId === document)).toBe(true);
    }
  });

  it('draws a lesson from a slim index once the caller keeps only the text’s questions', () => {
    const document = corpus.documents[1]!.id;
    const index = allExercises(corpus)
      .filter((e) => readsOnly(e, document))
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        difficulty: e.difficulty,
        pair: e.discernment?.pair,
      }));
    const settings = { seed: 'd', count: 9, document };
    expect(drawSet(index, settings).map((e) => e.id)).toEqual(
      generateExercises(corpus, settings).map((e) => e.id),
    );
  });

  it('names the texts when a lesson asks for one the corpus does not have', () => {
    expect(() =>
      generateExercises(corpus, { seed: 's', count: 5, document: 'no-such-text' }),
    ).toThrow(/doc: "no-such-text" is not one of the texts: use one of /);
  });
});
