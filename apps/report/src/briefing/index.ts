/**
 * The briefing as a pdfmake document definition: a pure function of the corpus and the reader's
 * choices, so the same input always describes the same document and tests can read it directly.
 *
 * The briefing proper is four pages at most: page one (what happened, the key figures, what is not
 * known), then where the sources disagree, the timeline and the sources. The annex follows on a
 * new page: the other figures, names and spellings, method and flags, and the notes.
 */
import type { Corpus } from '@attribution-lab/corpus/queries';
import type { DocumentDefinition } from 'pdfmake';
import { creationDate, type Edition } from '@attribution-lab/worksheet';
import {
  COLOURS,
  DEFAULT_STYLE,
  STYLES,
  contentWidth,
  pageFurniture,
  printedDocument,
  type Paper,
} from '@attribution-lab/worksheet';
import { annexStart, otherFigures } from './annex.js';
import { citations } from './citations.js';
import type { BriefingContext, IntegrityCheck } from './context.js';
import { cover, coverBackground } from './cover.js';
import { disagreements } from './disagreements.js';
import { FlagNumbers } from './flags.js';
import { formatPartialDate } from './format.js';
import { keyFigures } from './key-figures.js';
import { method } from './method.js';
import { names } from './names.js';
import { notKnown } from './not-known.js';
import { Notes } from './notes.js';
import { sources } from './sources.js';
import { timeline } from './timeline.js';
import { whatHappened } from './what-happened.js';

export interface BriefingOptions {
  paper: Paper;
  /** Topic ids to include, in any order; all topics when absent. */
  topicIds?: readonly string[];
  /** The date the briefing is dated by: printed on page one and recorded as the PDF's creation date. */
  edition: Edition;
  /** The integrity checks the corpus passed, described in Annex C. */
  checks: readonly IntegrityCheck[];
}

export function buildBriefing(corpus: Corpus, options: BriefingOptions): DocumentDefinition {
  const wanted = options.topicIds ? new Set(options.topicIds) : null;
  const ctx: BriefingContext = {
    corpus,
    topics: corpus.topics.filter((t) => !wanted || wanted.has(t.id)),
    notes: new Notes(),
    flags: new FlagNumbers(corpus),
    width: contentWidth(options.paper),
  };
  // Sections are built in reading order so that notes are numbered in the order they are met;
  // the notes themselves come last, once every citation is known.
  const content = [
    ...cover(ctx, options.edition),
    ...whatHappened(ctx),
    ...keyFigures(ctx),
    ...notKnown(ctx),
    ...disagreements(ctx),
    ...timeline(ctx),
    ...sources(ctx),
    ...annexStart(),
    ...otherFigures(ctx),
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
