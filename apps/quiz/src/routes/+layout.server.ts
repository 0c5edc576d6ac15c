import { countInWords } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';

// What every page may say about the corpus, so no page writes the event or the count by hand.
// The count comes already in words, so the wording stays out of the pages' scripts.
export function load() {
  return {
    site: {
      event: corpus.event.name,
      place: corpus.event.place,
      documentsInWords: countInWords(corpus.documents.length),
    },
  };
}
