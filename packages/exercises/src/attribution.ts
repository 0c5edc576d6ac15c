/**
 * Where a text says a figure comes from, in the text's own words and in plain ones: the words that
 * credit it ("according to the Observatory"), and the cues that hedge the report ("Apparently",
 * "cannot be independently verified"). The annotator's notes never reach a student: a credit is
 * quoted only where its words are in the text.
 */
import { REPORTING_CUE_WORDS, type Claim } from '@attribution-lab/corpus/queries';
import { quoted } from './format.js';
import type { Lookup } from './lookup.js';
import type { Span } from './passages.js';

/** Whether the text distances itself from the figure ("Apparently", "is said to"). */
export const isHedged = (claim: Claim): boolean =>
  claim.reportingCues.some((cue) => cue.kind === 'hedge');

/** The words the text hedges the figure with, as the text writes them. */
export const hedgeWords = (claim: Claim): string | null =>
  claim.reportingCues.find((cue) => cue.kind === 'hedge')?.quote.exact ?? null;

/**
 * Where the text credits the figure: the first words the annotation quotes (or the whole cue) that
 * stand in the text, the occurrence nearest the figure. Null when no such words are in the text.
 */
export function creditSpan(lookup: Lookup, claim: Claim): Span | null {
  if (claim.attribution.actorId === null) return null;
  return lookup.remember(`credit\u0000${claim.id}`, () => findCredit(lookup, claim));
}

function findCredit(lookup: Lookup, claim: Claim): Span | null {
  const { text } = lookup.document(claim.documentId);
  const { cue } = claim.attribution;
  const words = [/"([^"]+)"/.exec(cue)?.[1], cue.replace(/\.$/, '')].filter(
    (w): w is string => !!w && w.length > 2 && text.includes(w),
  )[0];
  if (!words) return null;
  let best = -1;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1))
    if (best === -1 || Math.abs(at - claim.quote.start) < Math.abs(best - claim.quote.start))
      best = at;
  return { start: best, end: best + words.length };
}

/**
 * How a text credits a figure, as a sentence about `who` (the text, or its name): "Midan credits it
 * to Jihad Analytics: ‘according to data from the research company “Jihad Analytics”’."
 */
export function creditInWords(lookup: Lookup, claim: Claim, who = 'The text'): string {
  const { actorId, basis } = claim.attribution;
  if (actorId === null)
    return isHedged(claim)
      ? `${who} names no source for it.`
      : `${who} states it in its own voice, naming no source.`;
  const span = creditSpan(lookup, claim);
  const words = span ? lookup.document(claim.documentId).text.slice(span.start, span.end) : null;
  const name = lookup.actor(actorId).name;
  const credit =
    basis === 'implied'
      ? `${who} does not credit it in so many words, but implies it comes from ${name}`
      : `${who} credits it to ${name}`;
  return `${credit}${words ? `: ${quoted(words)}` : ''}.`;
}

/**
 * What the words around a figure say about the report, in plain words: a hedge ("It says
 * “Apparently”: the text distances itself from the figure"), sources it does not name, a figure no
 * one can check.
 */
export function cueNotes(claims: readonly Claim[]): string {
  const seen = new Set<string>();
  return claims
    .flatMap((c) => c.reportingCues)
    .flatMap((cue) => {
      const words = cue.quote.exact.trim().replace(/\.$/, '');
      if (seen.has(words)) return [];
      seen.add(words);
      return [`It says ${quoted(words)}: ${REPORTING_CUE_WORDS[cue.kind]}.`];
    })
    .join(' ');
}
