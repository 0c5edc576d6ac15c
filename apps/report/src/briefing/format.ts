/**
 * How figures, dates and sources are written in the briefing. Formatting is done by hand rather
 * than with Intl so that the same corpus prints the same characters on every machine.
 */
import {
  formatDate,
  formatNumber,
  formatOrdinal,
  formatPartialDate,
  formatValue as formatFigure,
  getActor,
  capitalise,
  reportedAs,
  shortSourceName,
  sourceName,
  withUnit,
  type Claim,
  type Corpus,
  type Document,
  type Topic,
} from '@attribution-lab/corpus/queries';
import { curlyQuotes, documentLabel, documentsInOrder } from '@attribution-lab/worksheet';

// Numbers, dates, hedged figures and the corpus's codes are worded by the corpus package, so the
// briefing, the worksheet and the quiz print them the same way.
export { formatDate, formatNumber, formatOrdinal, formatPartialDate };

/** A claim's value in the topic's terms, without the unit: "5,000", "4th", "20 January 2022". */
export function formatValue(topic: Topic, value: Claim['value']): string {
  if (value === null) return 'no number';
  return topic.kind === 'ordinal' && typeof value === 'number'
    ? formatOrdinal(value)
    : formatFigure(value);
}

/** The value with its unit where the unit is not itself a date: "5,000 detainees", "4th anniversary". */
export function formatWithUnit(topic: Topic, value: Claim['value']): string {
  if (value === null || topic.kind === 'date') return formatValue(topic, value);
  return topic.kind !== 'ordinal' && typeof value === 'number'
    ? withUnit(value, topic.unit)
    : `${formatValue(topic, value)} ${topic.unit}`;
}

export { documentLabel, documentsInOrder };

/**
 * Whether the corpus only infers which outlet published the text (003's tagesschau, from cues in
 * the text): the briefing then never prints the name without saying so.
 */
const outletInferred = (document: Document): boolean =>
  document.outlet.outletId !== null && document.outlet.basis !== 'stated';

/** "(inferred)" after an outlet the corpus only infers, nothing after one the text names. */
const inferredMark = (document: Document): string =>
  outletInferred(document) ? ' (inferred)' : '';

/** "(003)", or "(003, outlet inferred)": the text's number, and whether its outlet is a guess. */
const labelled = (corpus: Corpus, document: Document): string =>
  `(${documentLabel(corpus, document)}${outletInferred(document) ? ', outlet inferred' : ''})`;

/** "Medya News (000)" or "an unnamed French-language outlet (republished by archyde.com) (001)". */
export function documentSource(corpus: Corpus, document: Document): string {
  return `${sourceName(corpus, document)} ${labelled(corpus, document)}`;
}

/** What is known of the outlet without where the copy was found: "an unnamed French-language outlet". */
const bareOutletName = (corpus: Corpus, document: Document): string =>
  document.outlet.outletId
    ? sourceName(corpus, document)
    : document.outlet.description.replace(/\s*\(.*\)\s*$/, '');

/** The outlet's name, "tagesschau (inferred)" where it is a guess, or "an unnamed French-language outlet". */
export const outletName = (corpus: Corpus, document: Document): string =>
  `${bareOutletName(corpus, document)}${inferredMark(document)}`;

/** "Midan (002)", "tagesschau (003, outlet inferred)": a text named in a sentence. */
export const textRef = (corpus: Corpus, document: Document): string =>
  `${bareOutletName(corpus, document)} ${labelled(corpus, document)}`;

/** "000 Medya News" or "001 Unnamed French outlet": short enough for a chart row, worded as the quiz's options are. */
export const shortSource = (corpus: Corpus, document: Document): string =>
  `${documentLabel(corpus, document)}  ${capitalise(shortSourceName(corpus, document).replace(/^an? /i, ''))}${inferredMark(document)}`;

/** "000 Medya News", "004 unnamed outlet": a text in a narrow table column. */
export const compactSource = (corpus: Corpus, document: Document): string =>
  `${documentLabel(corpus, document)}  ${document.outlet.outletId ? sourceName(corpus, document) : 'unnamed outlet'}${inferredMark(document)}`;

/** The day a figure speaks for, marked when the text does not say it: "23 March 2023 (inferred)". */
export const asOfWords = ({ asOf }: Claim): string =>
  `${formatPartialDate(asOf.date)}${asOf.basis === 'stated' ? '' : ' (inferred)'}`;

/**
 * Whom the text credits for a figure and who passed it on, or that it names no one: "local
 * sources, via Rojava Information Centre". Credit read from context is marked unless the place is
 * too small and the note says it.
 */
export function creditedTo(corpus: Corpus, claim: Claim, markImplied = true): string {
  const { actorId, basis, via } = claim.attribution;
  if (!actorId) return 'no source named';
  const who = getActor(corpus, actorId).name;
  const passedOn = via.length
    ? `, via ${via.map((id) => getActor(corpus, id).name).join(', ')}`
    : '';
  return `${who}${passedOn}${markImplied && basis === 'implied' ? ' (implied by context)' : ''}`;
}

/** The same, as a clause after the publisher: "credited to the SDF", "no source named". */
export const creditClause = (corpus: Corpus, claim: Claim): string =>
  claim.attribution.actorId ? `credited to ${creditedTo(corpus, claim)}` : 'no source named';

/**
 * A figure in the text's words with its hedge and, for a number the words do not already measure,
 * the topic's unit: "at least six fighters", "over a week", "Dozens"; a date as a date, year
 * included, since texts often leave it out ("20–21 January 2022").
 */
export function figureWords(topic: Topic, claim: Claim): string {
  if (topic.kind === 'date' && typeof claim.value === 'string') return formatDate(claim.value);
  const words = reportedAs(claim);
  return claim.value === null || claim.interpretation !== null ? words : `${words} ${topic.unit}`;
}

export { curlyQuotes };
