import { error } from '@sveltejs/kit';
import { figuresSideBySide } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';
import { describeFigure } from '$lib/server/figures.js';

export function entries() {
  return corpus.topics.map((t) => ({ id: t.id }));
}

export function load({ params }) {
  const topic = corpus.topics.find((t) => t.id === params.id);
  if (!topic) error(404, `There is no topic called “${params.id}”.`);
  return {
    topic,
    rows: figuresSideBySide(corpus, topic.id).map((row) => ({
      figure: describeFigure(corpus, row.claim),
      documentTitle: row.document.title,
      documentLanguage: row.document.language,
      published: row.document.published.date,
    })),
  };
}
