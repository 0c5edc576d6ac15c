/**
 * Which document definition each kind of document is built from, and the one call that renders it.
 */
import type { IntegrityCheck } from './briefing/context.js';
import type { Corpus } from '@attribution-lab/corpus/queries';
import { generateExercises } from '@attribution-lab/exercises';
import { buildBriefing } from './briefing/index.js';
import { creationDate, editionOf } from '@attribution-lab/worksheet';
import type { DocumentKind, ReportOptions } from './options.js';
import { renderPdf } from './pdf/render.js';
import { buildWorksheet } from '@attribution-lab/worksheet';

export async function makeDocument(
  kind: DocumentKind,
  corpus: Corpus,
  checks: readonly IntegrityCheck[],
  options: ReportOptions,
): Promise<Buffer> {
  const { paper } = options;
  const edition = editionOf(corpus, options.date);
  const topicIds = options.topicIds ?? undefined;
  if (kind === 'briefing') {
    return renderPdf(buildBriefing(corpus, { paper, topicIds, edition, checks }));
  }
  const { seed, count, kinds, difficulty } = options;
  const settings = {
    seed,
    count,
    ...(kinds ? { kinds } : {}),
    ...(difficulty !== undefined ? { difficulty } : {}),
  };
  // The exercises package decides which exercises are on the topics; drawn from the whole corpus,
  // they are the ones any other app gets for the same settings and topics.
  const exercises = generateExercises(corpus, settings, { topicIds });
  return renderPdf(
    buildWorksheet(corpus, exercises, { paper, settings, date: creationDate(edition) }),
  );
}
