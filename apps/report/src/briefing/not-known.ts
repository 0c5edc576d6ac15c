/**
 * What is not known: where a text says a number was not disclosed or is not known, and where it
 * says its own figures cannot be checked. Only what the texts say, each cited, and said of that
 * text on its day: the key figures above may hold a later text's number for the same thing.
 */
import {
  capitalise,
  countOf,
  getActor,
  reportedAs,
  topicFigures,
  type Claim,
} from '@attribution-lab/corpus/queries';
import type { Content, Inline } from 'pdfmake';
import { COLOURS, pageOneHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { asOfWords, creditedTo, textRef } from './format.js';
import { noteRefs } from './notes.js';

export const NOT_KNOWN_ID = 'not-known';

function unknownFigures(ctx: BriefingContext): Inline[][] {
  return ctx.topics
    .filter((t) => t.scope === 'event')
    .flatMap((topic) => topicFigures(ctx.corpus, topic).unknown)
    .map(({ claim, document }) => {
      const credit = claim.attribution.actorId ? `, citing ${creditedTo(ctx.corpus, claim)},` : '';
      const topic = ctx.topics.find((t) => t.id === claim.topicId)!;
      // Said of the text and its day, not of the event: a later text may give the number.
      return [
        `${capitalise(textRef(ctx.corpus, document))}${credit} does not give ${topic.phrase}, as of ${asOfWords(claim)}: `,
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
    // "On the event": the same text may credit its source with figures on other things too.
    return [
      `${capitalise(textRef(ctx.corpus, document))} says of ${claims.length === 1 ? 'the figure' : `the ${countOf(claims.length, 'figure')}`} on the event${from}: `,
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
