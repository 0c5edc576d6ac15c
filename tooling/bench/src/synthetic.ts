/**
 * Synthetic corpora for scaling benchmarks and tests: a corpus repeated `factor` times, every record
 * of every document-scoped collection given a new id and its references remapped, so the copy is as
 * valid as the original and exercises every rule at scale. Registries (outlets, actors, topics) are
 * shared, as they would be in a larger corpus about the same event.
 *
 * It lives here rather than in the corpus package because only benches and tests need it, and it
 * names only the fields it rewrites because the corpus package depends on this one (for its bench).
 */

interface Identified {
  id: string;
}
interface InDocument extends Identified {
  documentId: string;
}

/** The document-scoped collections of a corpus: the ones a synthetic copy repeats. */
export interface RepeatableCorpus {
  documents: readonly Identified[];
  claims: readonly (InDocument & { flagIds: readonly string[] })[];
  statements: readonly InDocument[];
  flags: readonly (InDocument & { claimIds: readonly string[] })[];
  nonClaims: readonly InDocument[];
}

export function syntheticCorpus<C extends RepeatableCorpus>(corpus: C, factor: number): C {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`factor must be a whole number of at least 1, got ${factor}`);
  const copies = Array.from({ length: factor }, (_, i) => i);
  const id = (base: string, copy: number) => (copy === 0 ? base : `${base}-x${copy}`);
  const repeat = <T>(records: readonly T[], copy: (record: T, k: number) => T) =>
    copies.flatMap((k) => records.map((record) => copy(record, k)));
  return {
    ...corpus,
    documents: repeat(corpus.documents, (d, k) => ({ ...d, id: id(d.id, k) })),
    claims: repeat(corpus.claims, (c, k) => ({
      ...c,
      id: id(c.id, k),
      documentId: id(c.documentId, k),
      flagIds: c.flagIds.map((f) => id(f, k)),
    })),
    statements: repeat(corpus.statements, (s, k) => ({
      ...s,
      id: id(s.id, k),
      documentId: id(s.documentId, k),
    })),
    flags: repeat(corpus.flags, (f, k) => ({
      ...f,
      id: id(f.id, k),
      documentId: id(f.documentId, k),
      claimIds: f.claimIds.map((c) => id(c, k)),
    })),
    nonClaims: repeat(corpus.nonClaims, (n, k) => ({
      ...n,
      id: id(n.id, k),
      documentId: id(n.documentId, k),
    })),
  };
}
