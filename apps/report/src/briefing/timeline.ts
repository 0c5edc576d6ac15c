/**
 * The timeline: every date the texts give, in order, each with the text that gives it and a note.
 * Where a text leaves part of a date unsaid and the corpus supplies it, the entry says so.
 */
import type { Claim } from '@attribution-lab/corpus/queries';
import { getDocument, getTopic, reportedAs } from '@attribution-lab/corpus/queries';
import type { Cell, Content } from 'pdfmake';
import { COLOURS, RULED, noteRef, sectionHeading, subHeading } from '../pdf/theme.js';
import { claimsInScope, type BriefingContext } from './context.js';
import { creditClause, documentSource, formatDate } from './format.js';
import { noteAnchor } from './notes.js';
import { valueSpan } from './scale.js';

export const TIMELINE_ID = 'timeline';

const isDated = (claim: Claim): claim is Claim & { value: string } =>
  typeof claim.value === 'string';

function byDate(a: Claim & { value: string }, b: Claim & { value: string }): number {
  const sa = valueSpan(a.value);
  const sb = valueSpan(b.value);
  return sa.start - sb.start || sa.end - sb.end || a.id.localeCompare(b.id);
}

function entries(ctx: BriefingContext, claims: (Claim & { value: string })[]): Content {
  const header: Cell[] = ['Date', 'What', 'The text says', 'Reported by'].map((h) => ({
    text: h,
    style: 'cellHead',
  }));
  const body: Cell[][] = claims.map((claim) => {
    const n = ctx.notes.cite(claim.id);
    const document = getDocument(ctx.corpus, claim.documentId);
    const inferred = claim.inferred
      ? [
          {
            text: `${claim.inferred.parts.join(' and ')} supplied from context, not stated`,
            style: 'small',
          },
        ]
      : [];
    return [
      { stack: [{ text: formatDate(claim.value), bold: true }, ...inferred] },
      getTopic(ctx.corpus, claim.topicId).label,
      { text: [`“${reportedAs(claim)}”`, noteRef(n, noteAnchor(n))] },
      {
        stack: [
          documentSource(ctx.corpus, document),
          { text: creditClause(ctx.corpus, claim), style: 'small' },
        ],
      },
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [82, '*', 100, 140],
      body: [header, ...body],
    },
    layout: RULED,
    style: 'cell',
  };
}

export function timeline(ctx: BriefingContext): Content[] {
  const dated = claimsInScope(ctx).filter(isDated).sort(byDate);
  const parts: Content[] = [];
  const event = dated.filter((c) => getTopic(ctx.corpus, c.topicId).scope === 'event');
  const background = dated.filter((c) => getTopic(ctx.corpus, c.topicId).scope === 'background');
  if (event.length)
    parts.push(
      subHeading(ctx.corpus.event.name, 'timeline-event', TIMELINE_ID),
      entries(ctx, event),
    );
  if (background.length)
    parts.push(
      subHeading('Background', 'timeline-background', TIMELINE_ID),
      entries(ctx, background),
    );
  return [
    sectionHeading('Timeline', TIMELINE_ID),
    {
      text: 'Every date the texts give, earliest first. Two entries for the same date are two texts agreeing; entries that differ on the same event are listed under Where the sources disagree.',
      style: 'lead',
    },
    ...(parts.length
      ? parts
      : [
          { text: 'The texts give no dates on the topics in this briefing.', color: COLOURS.muted },
        ]),
  ];
}
