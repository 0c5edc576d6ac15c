import { formatPartialDate, sourceName } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';

/** The texts and topics the lesson plan names; the build fails if the corpus no longer has one. */
const TEXTS = {
  news: 'tagesschau-fighting-after-prison-attack',
  unnamed: 'french-outlet-daesh-prison-assault',
  interview: 'medya-news-saleh-muslim-interview',
  analysis: 'midan-return-of-isis-analysis',
  later: 'sdf-warning-four-years-after-defeat',
} as const;
const TOPICS = { population: 'prison-population', children: 'children-in-prison' } as const;

export function load() {
  const texts = Object.fromEntries(
    Object.entries(TEXTS).map(([role, id]) => {
      const document = corpus.documents.find((d) => d.id === id);
      if (!document) throw new Error(`teacher's guide: the corpus has no document "${id}"`);
      return [
        role,
        {
          id,
          title: document.title,
          reportedBy: sourceName(corpus, document),
          outletKnown: document.outlet.outletId !== null,
          published: formatPartialDate(document.published.date),
          genre: document.genre,
        },
      ];
    }),
  ) as Record<
    keyof typeof TEXTS,
    {
      id: string;
      title: string;
      reportedBy: string;
      outletKnown: boolean;
      published: string;
      genre: string;
    }
  >;
  const topics = Object.fromEntries(
    Object.entries(TOPICS).map(([role, id]) => {
      const topic = corpus.topics.find((t) => t.id === id);
      if (!topic) throw new Error(`teacher's guide: the corpus has no topic "${id}"`);
      return [role, { id, label: topic.label }];
    }),
  ) as Record<keyof typeof TOPICS, { id: string; label: string }>;
  return { texts, topics };
}
