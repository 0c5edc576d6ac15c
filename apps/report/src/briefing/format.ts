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
  sourceName,
  type Claim,
  type Corpus,
  type Document,
  type Topic,
} from '@attribution-lab/corpus/queries';

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
  const formatted = formatValue(topic, value);
  if (value === null || topic.kind === 'date') return formatted;
  return `${formatted} ${topic.unit}`;
}

/**
 * A short, stable label for a document: the number its source file starts with ("000_….txt"),
 * which is how the project names the texts, or else its position in the corpus.
 */
export function documentLabel(corpus: Corpus, document: Document): string {
  const numbered = /^(\d+)_/.exec(document.sourceFile);
  return numbered ? numbered[1]! : String(corpus.documents.indexOf(document)).padStart(3, '0');
}

/** The corpus's documents in the order of their labels: 000, 001… */
export const documentsInOrder = (corpus: Corpus): Document[] =>
  [...corpus.documents].sort((a, b) =>
    documentLabel(corpus, a).localeCompare(documentLabel(corpus, b)),
  );

/** "Medya News (000)" or "an unnamed French-language outlet (republished by archyde.com) (001)". */
export function documentSource(corpus: Corpus, document: Document): string {
  return `${sourceName(corpus, document)} (${documentLabel(corpus, document)})`;
}

/** "000 Medya News" or "001 Unnamed French-language outlet": short enough for a chart row. */
export function shortSource(corpus: Corpus, document: Document): string {
  const name = document.outlet.outletId
    ? sourceName(corpus, document)
    : capitalise(document.outlet.description.replace(/\s*\(.*\)\s*$/, '').replace(/^an? /i, ''));
  return `${documentLabel(corpus, document)}  ${name}`;
}

/** Whom the text credits for a figure, or that it names no one; credit read from context is marked. */
export function creditedTo(corpus: Corpus, claim: Claim): string {
  const { actorId, basis } = claim.attribution;
  if (!actorId) return 'no source named';
  const who = getActor(corpus, actorId).name;
  return basis === 'implied' ? `${who} (implied by context)` : who;
}

/** The same, as a clause after the publisher: "credited to the SDF", "no source named". */
export const creditClause = (corpus: Corpus, claim: Claim): string =>
  claim.attribution.actorId ? `credited to ${creditedTo(corpus, claim)}` : 'no source named';
