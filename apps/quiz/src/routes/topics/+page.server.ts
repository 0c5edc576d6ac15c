import { claimsByTopic, contestedTopics } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';

export function load() {
  const contested = new Set(contestedTopics(corpus).map((t) => t.id));
  return {
    event: corpus.event.name,
    topics: corpus.topics
      .map((topic) => {
        const claims = claimsByTopic(corpus, topic.id);
        return {
          id: topic.id,
          label: topic.label,
          phrase: topic.phrase,
          scope: topic.scope,
          figures: claims.length,
          sources: new Set(claims.map((c) => c.documentId)).size,
          contested: contested.has(topic.id),
        };
      })
      .filter((t) => t.figures > 0),
  };
}
