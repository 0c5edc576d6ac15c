/**
 * Synthetic corpora for scaling benchmarks: the real corpus repeated `factor` times, every record
 * of every document-scoped collection given a new id and its references remapped, so the copy is as
 * valid as the original and exercises every rule at scale. Registries (outlets, actors, topics) are
 * shared, as they would be in a larger corpus about the same event.
 */
import type { Corpus } from './schema.js';

export function syntheticCorpus(corpus: Corpus, factor: number): Corpus {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`factor must be a whole number of at least 1, got ${factor}`);
  const copies = Array.from({ length: factor }, (_, i) => i);
  const id = (base: string, copy: number) => (copy === 0 ? base : `${base}-x${copy}`);
  return {
    ...corpus,
    documents: copies.flatMap((k) => corpus.documents.map((d) => ({ ...d, id: id(d.id, k) }))),
    claims: copies.flatMap((k) =>
      corpus.claims.map((c) => ({
        ...c,
        id: id(c.id, k),
        documentId: id(c.documentId, k),
        flagIds: c.flagIds.map((f) => id(f, k)),
      })),
    ),
    statements: copies.flatMap((k) =>
      corpus.statements.map((s) => ({ ...s, id: id(s.id, k), documentId: id(s.documentId, k) })),
    ),
    flags: copies.flatMap((k) =>
      corpus.flags.map((f) => ({
        ...f,
        id: id(f.id, k),
        documentId: id(f.documentId, k),
        claimIds: f.claimIds.map((c) => id(c, k)),
      })),
    ),
    nonClaims: copies.flatMap((k) =>
      corpus.nonClaims.map((n) => ({ ...n, id: id(n.id, k), documentId: id(n.documentId, k) })),
    ),
  };
}
