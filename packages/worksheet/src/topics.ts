/**
 * A corpus narrowed to the topics a reader asked for: their figures only, and flags that no longer
 * point at figures left out. Topics not asked for are dropped; everything else is kept.
 */
import type { Corpus } from '@attribution-lab/corpus/queries';

export function restrictToTopics(corpus: Corpus, topicIds: readonly string[] | undefined): Corpus {
  if (!topicIds) return corpus;
  const wanted = new Set(topicIds);
  const claims = corpus.claims.filter((c) => wanted.has(c.topicId));
  const kept = new Set(claims.map((c) => c.id));
  return {
    ...corpus,
    topics: corpus.topics.filter((t) => wanted.has(t.id)),
    claims,
    flags: corpus.flags.map((f) => ({ ...f, claimIds: f.claimIds.filter((id) => kept.has(id)) })),
  };
}
