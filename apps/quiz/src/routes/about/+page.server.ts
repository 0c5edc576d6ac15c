import { corpus } from '$lib/server/corpus.js';

export function load() {
  return { description: corpus.event.description };
}
