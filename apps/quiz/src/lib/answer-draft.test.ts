import { describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_KEY, readDraft, writeDraft } from './answer-draft.js';
import type { KeyValueStore } from './storage.js';

const tab = (): KeyValueStore & { saved: Map<string, string> } => {
  const saved = new Map<string, string>();
  return {
    saved,
    getItem: (key) => saved.get(key) ?? null,
    setItem: (key, value) => void saved.set(key, value),
  };
};
const OPTIONS = ['a', 'b', 'c'];

describe('an answer draft', () => {
  it('comes back for the same question of the same round', () => {
    const store = tab();
    writeDraft(store, 'seed=s&count=3', 'k1', { chosen: ['c', 'a'], confidence: 2 });
    expect(readDraft(store, 'seed=s&count=3', 'k1', OPTIONS)).toEqual({
      chosen: ['c', 'a'],
      confidence: 2,
    });
  });

  it('is no draft for another question or another round', () => {
    const store = tab();
    writeDraft(store, 'seed=s&count=3', 'k1', { chosen: ['a'], confidence: null });
    expect(readDraft(store, 'seed=s&count=3', 'k2', OPTIONS)).toBeNull();
    expect(readDraft(store, 'seed=t&count=3', 'k1', OPTIONS)).toBeNull();
  });

  it('is gone once cleared, as after the answer is checked', () => {
    const store = tab();
    writeDraft(store, 'q', 'k1', { chosen: ['a'], confidence: 1 });
    clearDraft(store);
    expect(readDraft(store, 'q', 'k1', OPTIONS)).toBeNull();
  });

  it('keeps only options the question has and a confidence it knows, and ignores broken data', () => {
    const store = tab();
    store.setItem(
      DRAFT_KEY,
      JSON.stringify({ query: 'q', exerciseKey: 'k1', chosen: ['a', 'z', 'a', 7], confidence: 9 }),
    );
    expect(readDraft(store, 'q', 'k1', OPTIONS)).toEqual({ chosen: ['a'], confidence: null });
    store.setItem(DRAFT_KEY, '{not json');
    expect(readDraft(store, 'q', 'k1', OPTIONS)).toBeNull();
  });
});
