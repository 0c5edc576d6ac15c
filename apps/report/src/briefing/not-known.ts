/**
 * What is not known: where a text says a number was not disclosed or is not known, and where it
 * says its own figures cannot be checked. Only what the texts say, each cited.
 */
import {
  countOf,
  getActor,
  reportedAs,
  topicFigures,
  type Claim,
} from '@attribution-lab/corpus/queries';
import type { Content, Inline } from 'pdfmake';
import { COLOURS, pageOneHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { creditedTo, textRef } from './format.js';
import { noteRefs } from './notes.js';

export const NOT_KNOWN_ID = 'not-known';

function unknownFigures(ctx: BriefingContext): Inline[][] {
  return ctx.topics
    .filter((t) => t.scope === 'event')
    .flatMap((topic) => topicFigures(ctx.corpus, topic).unknown)
    .map(({ claim, document }) => {
      const credit = claim.attribution.actorId ? `, citing ${creditedTo(ctx.corpus, claim)},` : '';
      const topic = ctx.topics.find((t) => t.id === claim.topicId)!;
      return [
        `No figure for ${topic.phrase}: ${textRef(ctx.corpus, document)}${credit} says `,
        { text: `“${reportedAs(claim)}”`, bold: true },
        ...noteRefs(ctx.notes, [claim.id]),
        '.',
      ];
    });
}

/** The figures a text says cannot be checked, one item per text and cue. */
function uncheckable(ctx: BriefingContext): Inline[][] {
  const event = new Set(ctx.topics.filter((t) => t.scope === 'event').map((t) => t.id));
  const byCue = new Map<string, Claim[]>();
  for (const claim of ctx.corpus.claims.filter((c) => event.has(c.topicId))) {
    for (const cue of claim.reportingCues.filter((c) => c.kind === 'unverifiable')) {
      const key = `${claim.documentId}:${cue.quote.start}`;
      byCue.set(key, [...(byCue.get(key) ?? []), claim]);
    }
  }
  return [...byCue.values()].map((claims) => {
    const first = claims[0]!;
    const document = ctx.corpus.documents.find((d) => d.id === first.documentId)!;
    const cue = first.reportingCues.find((c) => c.kind === 'unverifiable')!;
    const sources = [...new Set(claims.map((c) => c.attribution.actorId))];
    const from =
      sources.length === 1 && sources[0]
        ? ` it credits to ${getActor(ctx.corpus, sources[0]).name}`
        : '';
    return [
      `${textRef(ctx.corpus, document)} says of ${claims.length === 1 ? 'the figure' : `the ${countOf(claims.length, 'figure')}`}${from}: `,
      { text: `“${cue.quote.exact}”`, bold: true },
      ...noteRefs(
        ctx.notes,
        claims.map((c) => c.id),
      ),
    ];
  });
}

export function notKnown(ctx: BriefingContext): Content[] {
  const items = [...unknownFigures(ctx), ...uncheckable(ctx)];
  return [
    {
      unbreakable: true,
      stack: [
        pageOneHeading('What is not known', NOT_KNOWN_ID),
        items.length
          ? {
              ul: items.map((text) => ({ text })),
              style: 'pageOne',
              markerColor: COLOURS.accent,
            }
          : {
              text: 'No text in this briefing says that a figure on the event is not known or cannot be checked.',
              style: 'body',
            },
      ],
    },
  ];
}
