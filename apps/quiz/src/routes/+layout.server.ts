import { corpus } from '$lib/server/corpus.js';

// What every page may say about the corpus, so no page writes the event or the count by hand.
export function load() {
  return {
    site: {
      event: corpus.event.name,
      place: corpus.event.place,
      documents: corpus.documents.length,
    },
  };
}
