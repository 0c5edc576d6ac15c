/**
 * A round link's first question, asked for while the play page's HTML is still arriving. The
 * page carries the exercise index as a JSON data block, and an inline script (first-round.inline.ts,
 * bundled on its own by the build) reads the link, draws the round from that index, leaves it for
 * the page, and has the browser preload the first question. That question then downloads beside
 * the page's scripts instead of after them (on a slow network each request that waits for another
 * costs a round trip: two seconds at Slow 3G), and the scripts need not carry the code that reads
 * links and draws rounds to show it. The page's own fetch of the question is answered by the
 * preload.
 */
import { unpackIndex, type PackedIndex } from './packed-index.js';
import { questionPath, type ExerciseIndex } from './quiz-item.js';
import type { DrawnRound } from './draw-round.js';

/** The id of the data block that carries the exercise index in the play page. */
export const INDEX_ELEMENT_ID = 'exercise-index';

interface FirstRound {
  /** The query string the round was drawn for. */
  search: string;
  drawn: DrawnRound;
}

declare global {
  interface Window {
    attributionLabFirstRound?: FirstRound;
  }
}

/** The exercise index the page carries, or null on a page without one. */
export function pageIndex(document: Document): ExerciseIndex | null {
  const text = document.getElementById(INDEX_ELEMENT_ID)?.textContent;
  return text ? unpackIndex(JSON.parse(text) as PackedIndex) : null;
}

/**
 * What the inline script does: draws the round for the page's address from the index the page
 * carries, keeps it for the page, and asks the browser to download its first question now.
 */
export async function startFirstRound(
  window: Window,
  draw: (search: string, index: () => ExerciseIndex) => Promise<DrawnRound>,
): Promise<void> {
  const index = pageIndex(window.document);
  if (!index) return;
  const { search } = window.location;
  const drawn = await draw(search, () => index);
  window.attributionLabFirstRound = { search, drawn };
  const [first] = drawn.keys;
  if (!first) return;
  const link = window.document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // A fetch() is a CORS request with same-origin credentials; the preload must be one too.
  link.crossOrigin = 'anonymous';
  link.href = questionPath(first);
  window.document.head.append(link);
}

/** The round the inline script drew, once, if it was for this query string; otherwise null. */
export function takeFirstRound(window: Window, search: string): DrawnRound | null {
  const first = window.attributionLabFirstRound;
  if (first?.search !== search) return null;
  delete window.attributionLabFirstRound;
  return first.drawn;
}
