import { error } from '@sveltejs/kit';
import { claimsByDocument, getOutlet, sourceName } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';
import { describeFigure } from '$lib/server/figures.js';

export function entries() {
  return corpus.documents.map((d) => ({ id: d.id }));
}

export function load({ params }) {
  const document = corpus.documents.find((d) => d.id === params.id);
  if (!document) error(404, `There is no source called “${params.id}”.`);
  const outlet = document.outlet.outletId ? getOutlet(corpus, document.outlet.outletId) : null;
  return {
    document,
    reportedBy: sourceName(corpus, document),
    outlet,
    figures: claimsByDocument(corpus, document.id)
      .sort((a, b) => a.numeral.start - b.numeral.start)
      .map((claim) => describeFigure(corpus, claim)),
    flags: corpus.flags.filter((f) => f.documentId === document.id),
    nonClaims: corpus.nonClaims
      .filter((n) => n.documentId === document.id)
      .sort((a, b) => a.quote.start - b.quote.start),
  };
}
