import { sourceName, usesSpelling } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';

export function load() {
  const documents = corpus.documents.map((d) => ({
    id: d.id,
    title: d.title,
    source: sourceName(corpus, d),
  }));
  const usedIn = (spelling: string) =>
    corpus.documents.filter((d) => usesSpelling(d.text, spelling)).map((d) => d.id);
  return {
    documents,
    actors: corpus.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      description: actor.description,
      spellings: [...new Set([actor.name, ...actor.aliases])].map((spelling) => ({
        spelling,
        documents: usedIn(spelling),
      })),
    })),
  };
}
