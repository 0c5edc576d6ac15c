/**
 * The browser's side of the exercise bank: the index, and for each exercise its question alone
 * and the whole of it, fetched as needed and kept in memory, so the first question needs only the
 * index and one small file. The play page carries the index in its HTML, and has its first
 * question preloaded.
 */
import { pageIndex } from './first-round.js';
import { unpackIndex, type PackedIndex } from './packed-index.js';
import {
  itemPath,
  questionOf,
  questionPath,
  type ExerciseIndex,
  type QuizItem,
  type QuizQuestion,
} from './quiz-item.js';

type Fetch = typeof fetch;

let index: Promise<ExerciseIndex> | undefined;
const items = new Map<string, Promise<QuizItem>>();

async function getJson<T>(fetcher: Fetch, url: string): Promise<T> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export function loadIndex(fetcher: Fetch = fetch): Promise<ExerciseIndex> {
  if (!index) {
    const carried = pageIndex(document);
    index = carried
      ? Promise.resolve(carried)
      : getJson<PackedIndex>(fetcher, '/data/exercises.json').then(unpackIndex, (e: unknown) => {
          index = undefined;
          throw e;
        });
  }
  return index;
}

export function loadItem(key: string, fetcher: Fetch = fetch): Promise<QuizItem> {
  let item = items.get(key);
  if (!item) {
    item = getJson<QuizItem>(fetcher, itemPath(key));
    items.set(key, item);
    // A failed download is forgotten so that a retry (back online) fetches it again.
    item.catch(() => items.delete(key));
  }
  return item;
}

/** A question to show: from its whole exercise if that is here or on its way, else on its own. */
export function loadQuestion(key: string, fetcher: Fetch = fetch): Promise<QuizQuestion> {
  const item = items.get(key);
  return item ? item.then(questionOf) : getJson<QuizQuestion>(fetcher, questionPath(key));
}

export const loadItems = (keys: readonly string[], fetcher: Fetch = fetch): Promise<QuizItem[]> =>
  Promise.all(keys.map((key) => loadItem(key, fetcher)));
