/**
 * The briefing as a pdfmake document definition: a pure function of the corpus and the reader's
 * choices, so the same input always describes the same document and tests can read it directly.
 */
import type { Corpus } from '@attribution-lab/corpus/queries';
import type { DocumentDefinition } from 'pdfmake';
import { creationDate, type Edition } from '../edition.js';
import {
  COLOURS,
  DEFAULT_STYLE,
  STYLES,
  contentWidth,
  pageFurniture,
  printedDocument,
  type Paper,
} from '../pdf/theme.js';
import { citations } from './citations.js';
import type { BriefingContext, IntegrityCheck } from './context.js';
import { cover, coverBackground, howToRead } from './cover.js';
import { disagreements } from './disagreements.js';
import { formatPartialDate } from './format.js';
import { keyFigures } from './key-figures.js';
import { method } from './method.js';
import { names } from './names.js';
import { Notes } from './notes.js';
import { sources } from './sources.js';
import { timeline } from './timeline.js';

export interface BriefingOptions {
  paper: Paper;
  /** Topic ids to include, in any order; all topics when absent. */
  topicIds?: readonly string[];
  /** The date the briefing is dated by: printed on the cover and recorded as the PDF's creation date. */
  edition: Edition;
  /** The integrity checks the corpus passed, described under Caveats and method. */
  checks: readonly IntegrityCheck[];
}

export function buildBriefing(corpus: Corpus, options: BriefingOptions): DocumentDefinition {
  const wanted = options.topicIds ? new Set(options.topicIds) : null;
  const ctx: BriefingContext = {
    corpus,
    topics: corpus.topics.filter((t) => !wanted || wanted.has(t.id)),
    notes: new Notes(),
    width: contentWidth(options.paper),
  };
  // Sections are built in reading order so that notes are numbered in the order they are met.
  const content = [
    ...cover(ctx, options.edition),
    {
      toc: {
        title: { text: 'Contents', style: 'tocHead' },
        outlines: true,
        textStyle: { fontSize: 10 },
        numberStyle: { fontSize: 10 },
      },
      pageBreak: 'before' as const,
    },
    ...howToRead,
    ...keyFigures(ctx),
    ...disagreements(ctx),
    ...timeline(ctx),
    ...sources(ctx),
    ...names(ctx),
    ...method(ctx, options.checks),
  ];
  content.push(...citations(ctx));
  const title = `Source briefing: ${corpus.event.name}`;
  return {
    ...printedDocument({
      paper: options.paper,
      title,
      subject: `What ${corpus.documents.length} texts report on the ${corpus.event.name}, ${corpus.event.place}, whom they credit, and where their figures disagree; every figure cited to its text.`,
      keywords: 'source attribution, humanitarian briefing, casualty figures, media literacy',
      corpusVersion: corpus.version,
      date: creationDate(options.edition),
    }),
    background: coverBackground,
    ...pageFurniture({
      title: `Attribution Lab  ·  ${title}`,
      edition: `Corpus ${corpus.version}  ·  ${formatPartialDate(options.edition.date)}`,
      caveat: 'Figures are as reported by the texts and have not been verified.',
      bare: (page) => page === 1,
    }),
    styles: STYLES,
    defaultStyle: { ...DEFAULT_STYLE, color: COLOURS.ink },
    content,
  };
}
