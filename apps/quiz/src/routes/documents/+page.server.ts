import { claimsByDocument, formatPartialDate, sourceName } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';

export function load() {
  return {
    documents: corpus.documents.map((document) => ({
      id: document.id,
      title: document.title,
      reportedBy: sourceName(corpus, document),
      outletKnown: document.outlet.outletId !== null,
      published: formatPartialDate(document.published.date),
      genre: document.genre,
      language: document.language,
      originalLanguage: document.originalLanguage.language,
      translation: document.translation,
      figures: claimsByDocument(corpus, document.id).length,
    })),
  };
}
