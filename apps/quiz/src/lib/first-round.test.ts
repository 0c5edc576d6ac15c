import { describe, expect, it } from 'vitest';
import { drawRound } from './draw-round.js';
import { INDEX_ELEMENT_ID, startFirstRound, takeFirstRound } from './first-round.js';
import { packIndex } from './packed-index.js';
import type { ExerciseIndex } from './quiz-item.js';

const index: ExerciseIndex = {
  corpusVersion: 'test',
  exercises: ['000000a', '000000b', '000000c'].map((key) => ({
    key,
    kind: 'qualifier',
    difficulty: 1,
  })),
};

/** The little of a window the inline script touches: its address, the data block and the head. */
function windowAt(search: string, carried: ExerciseIndex | null = index) {
  const head: Record<string, string>[] = [];
  const document = {
    getElementById: (id: string) =>
      id === INDEX_ELEMENT_ID && carried
        ? { textContent: JSON.stringify(packIndex(carried)) }
        : null,
    createElement: () => ({}),
    head: { append: (link: Record<string, string>) => void head.push({ ...link }) },
  };
  return { window: { document, location: { search } } as unknown as Window, head };
}

describe('startFirstRound', () => {
  it('preloads the first question of the round the page’s address draws, as a fetch', async () => {
    const { window, head } = windowAt('?seed=s&count=2&mode=practice');
    await startFirstRound(window, drawRound);
    const { keys } = await drawRound('?seed=s&count=2&mode=practice', () => index);
    expect(head).toEqual([
      {
        rel: 'preload',
        as: 'fetch',
        crossOrigin: 'anonymous',
        href: `/data/question/${keys[0]}.json`,
      },
    ]);
  });

  it('leaves the round it drew for the page, once, for that address only', async () => {
    const { window } = windowAt('?seed=s&count=2');
    await startFirstRound(window, drawRound);
    expect(takeFirstRound(window, '?seed=other')).toBeNull();
    expect(takeFirstRound(window, '?seed=s&count=2')?.keys).toHaveLength(2);
    expect(takeFirstRound(window, '?seed=s&count=2')).toBeNull();
  });

  it('preloads nothing for a link that does not work, and leaves its problems for the page', async () => {
    const { window, head } = windowAt('?seed=s&count=500');
    await startFirstRound(window, drawRound);
    expect(head).toEqual([]);
    expect(takeFirstRound(window, '?seed=s&count=500')?.link.ok).toBe(false);
  });

  it('does nothing on a page that carries no index', async () => {
    const { window, head } = windowAt('?seed=s', null);
    await startFirstRound(window, drawRound);
    expect(head).toEqual([]);
    expect(takeFirstRound(window, '?seed=s')).toBeNull();
  });
});
