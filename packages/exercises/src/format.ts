/**
 * Figures and dates in words a student reads. Written out by hand rather than with Intl, so the
 * same exercise reads the same on every machine and in every browser locale.
 */
import {
  capitalise,
  formatDate,
  formatNumber,
  formatOrdinal,
  isUnknownFigure,
  withUnit,
  type Claim,
  type Topic,
} from '@attribution-lab/corpus/queries';
import type { FigureValue } from '@attribution-lab/corpus/queries';

// Numbers, dates and capitals are written by the corpus package, so the quiz, the worksheet and
// these prompts print a figure the same way.
export { capitalise, formatDate, formatNumber, formatOrdinal };

/** A figure as an answer shows it: "3,500", "6 weeks", "3rd", "20 January 2022". */
export function formatValue(value: FigureValue, topic: Topic): string {
  if (typeof value === 'string') return formatDate(value);
  if (typeof value === 'object')
    return `${formatValue(value.low, topic)} to ${formatValue(value.high, topic)}`;
  switch (topic.kind) {
    case 'duration':
      // "2 days" for "the number of days since the attack" says "days" twice.
      return topic.phrase.includes(topic.unit) ? formatNumber(value) : withUnit(value, topic.unit);
    case 'ordinal':
      return `the ${formatOrdinal(value)}`;
    default:
      return formatNumber(value);
  }
}

/** A claim's figure with the text's hedge: "at least 78", "around 3,500", "dozens", "“January 20” (year inferred: 2022)". */
export function formatClaimFigure(claim: Claim, topic: Topic): string {
  // Words that say the number is not known are quoted, or "gives it is not known exactly how
  // many" reads as a garbled sentence.
  if (isUnknownFigure(claim)) return `“${claim.numeral.asWritten}”`;
  const figure =
    claim.value === null
      ? claim.numeral.asWritten.toLowerCase()
      : claim.inferred
        ? `“${claim.numeral.asWritten}” (${claim.inferred.parts.join(' and ')} inferred: ${formatValue(claim.value, topic)})`
        : formatValue(claim.value, topic);
  return claim.qualifier === 'none' ? figure : `${claim.qualifier} ${figure}`;
}

/** "gives" or "both give" or "all give": the verb for one, two or more subjects. */
export const verbFor = (count: number, singular: string, plural: string): string =>
  count === 1 ? singular : count === 2 ? `both ${plural}` : `all ${plural}`;

/** Ends a sentence after a quotation without doubling its punctuation. */
export const endSentence = (text: string): string =>
  /[.!?]["'”’)]*$/.test(text) ? text : `${text}.`;

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Quotation marks that do not clash with the quotation's own: “…”, or ‘…’ around a “quote”. */
export const quoted = (text: string): string => (/[“”]/.test(text) ? `‘${text}’` : `“${text}”`);

/** A passage short enough for a prompt, cut at a word boundary. */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
