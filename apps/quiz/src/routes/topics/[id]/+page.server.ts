import { error } from '@sveltejs/kit';
import { figuresSideBySide, topicFigures } from '@attribution-lab/corpus/queries';
import { corpus } from '$lib/server/corpus.js';
import { describeFigure } from '$lib/server/figures.js';

export function entries() {
  return corpus.topics.map((t) => ({ id: t.id }));
}

export function load({ params }) {
  const topic = corpus.topics.find((t) => t.id === params.id);
  if (!topic) error(404, `There is no topic called “${params.id}”.`);
  const together = topicFigures(corpus, topic);
  return {
    topic,
    /** How many different values the texts give, and whether any two cannot both be right. */
    distinct: together.values.length,
    disagree: together.disagree,
    rows: figuresSideBySide(corpus, topic.id).map((row) => ({
      figure: describeFigure(corpus, row.claim),
      documentTitle: row.document.title,
      documentLanguage: row.document.language,
      published: row.document.published.date,
    })),
  };
}
