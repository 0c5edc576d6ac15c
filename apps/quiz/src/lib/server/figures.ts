import {
  getActor,
  getDocument,
  getTopic,
  sourceName,
  type Claim,
  type Corpus,
} from '@attribution-lab/corpus/queries';
import type { FigureFacts } from '$lib/figure.js';

/** Resolves a claim's references into the facts a page shows beside the figure. */
export function describeFigure(corpus: Corpus, claim: Claim): FigureFacts {
  const topic = getTopic(corpus, claim.topicId);
  const actorId = claim.attribution.actorId;
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    asWritten: claim.numeral.asWritten,
    start: claim.numeral.start,
    end: claim.numeral.end,
    quote: claim.quote,
    topic: { id: topic.id, label: topic.label, phrase: topic.phrase, unit: topic.unit },
    value: claim.value,
    qualifier: claim.qualifier,
    reportedBy: sourceName(corpus, getDocument(corpus, claim.documentId)),
    citedSource: actorId ? getActor(corpus, actorId).name : null,
    attributionBasis: claim.attribution.basis,
    cue: claim.attribution.cue,
    asOf: claim.asOf,
    inferred: claim.inferred,
    flags: corpus.flags
      .filter((f) => claim.flagIds.includes(f.id))
      .map(({ id, kind, says, why }) => ({ id, kind, says, why })),
    note: claim.note,
  };
}
