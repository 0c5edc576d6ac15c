/**
 * The answer a student has chosen but not yet checked, kept for the tab (sessionStorage) so that
 * opening the whole text from a question's passages and coming back (Back, or a reload) finds the
 * same choices. One draft at a time: the question on screen. It is not progress, so it stays out of
 * the saved rounds and their versions; anything unreadable is simply no draft.
 */
import type { ConfidenceLevel } from './confidence.js';
import type { KeyValueStore } from './storage.js';

export const DRAFT_KEY = 'attribution-lab.draft';

export interface AnswerDraft {
  /** The options chosen so far; for an ordering question, the order so far. */
  chosen: string[];
  confidence: ConfidenceLevel | null;
}

interface StoredDraft extends AnswerDraft {
  query: string;
  exerciseKey: string;
}

export function writeDraft(
  store: KeyValueStore,
  query: string,
  exerciseKey: string,
  draft: AnswerDraft,
): void {
  const stored: StoredDraft = { query, exerciseKey, ...draft };
  store.setItem(DRAFT_KEY, JSON.stringify(stored));
}

export const clearDraft = (store: KeyValueStore): void => store.setItem(DRAFT_KEY, '');

/**
 * The draft for this question of this round, with only the options it has; null when there is
 * none, it is another question's, or it cannot be read.
 */
export function readDraft(
  store: KeyValueStore,
  query: string,
  exerciseKey: string,
  optionIds: readonly string[],
): AnswerDraft | null {
  let stored: Partial<StoredDraft>;
  try {
    stored = JSON.parse(store.getItem(DRAFT_KEY) || 'null') as Partial<StoredDraft>;
  } catch {
    return null;
  }
  if (stored?.query !== query || stored.exerciseKey !== exerciseKey) return null;
  const chosen = Array.isArray(stored.chosen)
    ? stored.chosen.filter((id) => optionIds.includes(id))
    : [];
  const confidence = [1, 2, 3].includes(stored.confidence as number)
    ? (stored.confidence as ConfidenceLevel)
    : null;
  return { chosen: [...new Set(chosen)], confidence };
}
