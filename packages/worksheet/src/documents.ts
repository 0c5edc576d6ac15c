/** How the printed documents name and order the corpus's texts. */
import type { Corpus, Document } from '@attribution-lab/corpus/queries';

/**
 * A short, stable label for a document: the number its source file starts with ("000_….txt"),
 * which is how the project names the texts, or else its position in the corpus.
 */
export function documentLabel(corpus: Corpus, document: Document): string {
  const numbered = /^(\d+)_/.exec(document.sourceFile);
  return numbered ? numbered[1]! : String(corpus.documents.indexOf(document)).padStart(3, '0');
}

/** The corpus's documents in the order of their labels: 000, 001… */
export const documentsInOrder = (corpus: Corpus): Document[] =>
  [...corpus.documents].sort((a, b) =>
    documentLabel(corpus, a).localeCompare(documentLabel(corpus, b)),
  );
