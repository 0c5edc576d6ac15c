/**
 * The corpus indexed once per generation run, so every generator answers its questions by map
 * look-ups and the whole run stays linear in the size of the corpus.
 */
import {
  shortSourceName,
  type Actor,
  type Claim,
  type Corpus,
  type Document,
  type Flag,
  type Statement,
  type Topic,
  valueKey,
} from '@attribution-lab/corpus/queries';
import { capitalise } from './format.js';
import { isStated } from './values.js';

export interface Lookup {
  corpus: Corpus;
  document(id: string): Document;
  topic(id: string): Topic;
  actor(id: string): Actor;
  /** Where the document stands in the corpus, for a stable order. */
  position(documentId: string): number;
  claimsByTopic(topicId: string): readonly Claim[];
  claimsByDocument(documentId: string): readonly Claim[];
  claimsIn(documentId: string, topicId: string): readonly Claim[];
  /** Stated claims giving this value, on any topic. */
  claimsWithValue(key: string): readonly Claim[];
  statementsByDocument(documentId: string): readonly Statement[];
  flagsByDocument(documentId: string): readonly Flag[];
  /** How a sentence names the document's source, told apart from any other text with the same source. */
  documentName(documentId: string): string;
  /** The same, as an option label. */
  documentLabel(documentId: string): string;
  /** The actor that is the document's own outlet (Medya News is both), if any. */
  outletActorId(documentId: string): string | null;
  /** The documents whose text contains the passage verbatim. */
  documentsQuoting(passage: string): readonly string[];
  /** What `make` returns for this key, made once per generation run: passages many questions share. */
  remember<T>(key: string, make: () => T): T;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function byId<T extends { id: string }>(records: readonly T[], what: string): (id: string) => T {
  const map = new Map(records.map((r) => [r.id, r]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`no ${what} with id "${id}"`);
    return found;
  };
}

function documentNames(corpus: Corpus): Map<string, string> {
  const sources = new Map(corpus.documents.map((d) => [d.id, shortSourceName(corpus, d)]));
  const count = (names: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    return counts;
  };
  const sourceCounts = count(sources.values());
  const titled = new Map(
    corpus.documents.map((d) => {
      const source = sources.get(d.id)!;
      return [d.id, sourceCounts.get(source)! > 1 ? `${source} (“${d.title}”)` : source];
    }),
  );
  const titledCounts = count(titled.values());
  return new Map(
    corpus.documents.map((d) => {
      const name = titled.get(d.id)!;
      return [d.id, titledCounts.get(name)! > 1 ? `${sources.get(d.id)} (${d.id})` : name];
    }),
  );
}

export function buildLookup(corpus: Corpus): Lookup {
  const document = byId(corpus.documents, 'document');
  const byTopic = groupBy(corpus.claims, (c) => c.topicId);
  const byDocument = groupBy(corpus.claims, (c) => c.documentId);
  const byDocumentTopic = groupBy(corpus.claims, (c) => `${c.documentId}\u0000${c.topicId}`);
  const byValue = groupBy(corpus.claims.filter(isStated), (c) => valueKey(c.value));
  const statements = groupBy(corpus.statements, (s) => s.documentId);
  const flags = groupBy(corpus.flags, (f) => f.documentId);
  const names = documentNames(corpus);
  // Copies of a text share one entry, so a search for a passage reads each distinct text once.
  const documentsByText = groupBy(corpus.documents, (d) => d.text);
  const position = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const quoting = new Map<string, string[]>();
  const remembered = new Map<string, unknown>();
  return {
    corpus,
    document,
    topic: byId(corpus.topics, 'topic'),
    actor: byId(corpus.actors, 'actor'),
    position: (id) => position.get(id) ?? Number.MAX_SAFE_INTEGER,
    claimsByTopic: (id) => byTopic.get(id) ?? [],
    claimsByDocument: (id) => byDocument.get(id) ?? [],
    claimsIn: (documentId, topicId) => byDocumentTopic.get(`${documentId}\u0000${topicId}`) ?? [],
    claimsWithValue: (key) => byValue.get(key) ?? [],
    statementsByDocument: (id) => statements.get(id) ?? [],
    flagsByDocument: (id) => flags.get(id) ?? [],
    documentName: (id) => names.get(id) ?? id,
    documentLabel: (id) => {
      const name = names.get(id) ?? id;
      return document(id).outlet.outletId ? name : capitalise(name);
    },
    outletActorId: (id) => {
      const outletId = document(id).outlet.outletId;
      return corpus.outlets.find((o) => o.id === outletId)?.actorId ?? null;
    },
    documentsQuoting: (passage) => {
      let found = quoting.get(passage);
      if (!found) {
        found = [...documentsByText]
          .filter(([text]) => text.includes(passage))
          .flatMap(([, docs]) => docs.map((d) => d.id))
          .sort((a, b) => position.get(a)! - position.get(b)!);
        quoting.set(passage, found);
      }
      return found;
    },
    remember: <T>(key: string, make: () => T): T => {
      if (!remembered.has(key)) remembered.set(key, make());
      return remembered.get(key) as T;
    },
  };
}

export { foldName as fold } from '@attribution-lab/corpus/queries';
export { groupBy };
