/** The passages that prove an answer, as spans of the document text the app can highlight. */
import type { Claim, Document } from '@attribution-lab/corpus/queries';
import { headlineSpan, sentenceBounds } from './passages.js';
import type { Evidence } from './types.js';

export const claimEvidence = (claim: Claim): Evidence => ({
  documentId: claim.documentId,
  claimId: claim.id,
  quote: { start: claim.quote.start, end: claim.quote.end, exact: claim.quote.exact },
  highlight: { start: claim.numeral.start, end: claim.numeral.end },
});

const REACH = 240;

/**
 * The sentence around a span (sentences as passages.ts finds them), cut to about REACH characters
 * either side, always between words: a quote never starts or ends inside one ("…or in sec").
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const sentence = sentenceBounds(text, start, end);
  let from = Math.max(sentence.start, start - REACH);
  let to = Math.min(sentence.end, end + REACH);
  // Inside the sentence, move a cut forward (backward at the end) to the nearest space, never
  // past the span itself.
  while (from > sentence.start && from < start && !/\s/.test(text[from - 1]!)) from++;
  while (to < sentence.end && to > end && !/\s/.test(text[to]!)) to--;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** The sentence around a span as a prompt quotes it, cut to about `reach` characters either side. */
export function inContext(text: string, start: number, end: number, reach = 140): string {
  const sentence = sentenceAround(text, start, end);
  let from = sentence.start;
  let to = sentence.end;
  if (start - from > reach) from = Math.max(from, text.lastIndexOf(' ', start - reach) + 1);
  if (to - end > reach) to = Math.min(to, text.indexOf(' ', end + reach));
  const cut = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > sentence.start ? '…' : ''}${cut}${to < sentence.end ? '…' : ''}`;
}

/** Evidence for a passage that is not a claim (a statement, a flag, a spelling): its sentence, the passage highlighted. */
export function passageEvidence(
  document: Document,
  start: number,
  end: number,
  claimId: string | null = null,
): Evidence {
  const quote = sentenceAround(document.text, start, end);
  return {
    documentId: document.id,
    claimId,
    quote: { ...quote, exact: document.text.slice(quote.start, quote.end) },
    highlight: { start, end },
  };
}

/** A text's headline, to show which text a question about the document as a whole means. */
export function headlineEvidence(document: Document): Evidence {
  const { start, end } = headlineSpan(document);
  return {
    documentId: document.id,
    claimId: null,
    quote: { start, end, exact: document.text.slice(start, end) },
    highlight: null,
  };
}
