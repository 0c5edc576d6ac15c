/**
 * Qualifiers: "tagesschau writes 'at least 78'. What does that commit the text to?" Asked only when
 * the qualifier stands in the text right before the numeral, so the prompt quotes the words the
 * reader can see. "A total of" is not asked about: it sums, it does not hedge.
 */
import {
  QUALIFIER_MEANINGS,
  type Claim,
  type QualifierMeaning,
} from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import { buildExercise, type DraftOption } from '../exercise.js';
import { capitalise, excerpt, formatNumber } from '../format.js';
import type { Lookup } from '../lookup.js';
import { passagesOf } from '../passages.js';
import type { Exercise } from '../types.js';

type Hedge = Exclude<QualifierMeaning, 'exact'>;

const MEANING_WORDS: Record<QualifierMeaning, (n: string) => string> = {
  exact: (n) => `Exactly ${n}, no more and no fewer`,
  approximate: (n) => `Roughly ${n}: the real number may be a little higher or lower`,
  'at-least': (n) => `${n} or more: the real number may be higher`,
  'more-than': (n) => `More than ${n}: how many more is not said`,
  'just-under': (n) => `A little under ${n}`,
};

const WHY: Record<QualifierMeaning, string> = {
  exact: 'gives the number without a hedge',
  approximate: 'rounds: the real number is close, but the text does not promise it exactly',
  'at-least':
    'sets a floor: the real number could be higher, and the text does not say by how much',
  'more-than': 'sets a floor without giving the real number',
  'just-under': 'puts the real number a little below the figure, not at it',
};

/** Hair-splitting pairs are kept apart: "at least 78" against "more than 78" tests pedantry, not reading. */
const DISTRACTORS: Record<Hedge, QualifierMeaning[]> = {
  approximate: ['exact', 'at-least', 'just-under'],
  'at-least': ['exact', 'approximate', 'just-under'],
  'more-than': ['exact', 'approximate', 'just-under'],
  'just-under': ['exact', 'approximate', 'at-least'],
};

/** Where the qualifier is written, directly before the numeral; null if the text words it otherwise. */
function qualifierSpan(text: string, claim: Claim): { start: number; end: number } | null {
  const before = text.slice(claim.quote.start, claim.numeral.start);
  const words = claim.qualifier.split(' ').join('\\s+');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${words}\\s+$`, 'iu').exec(before);
  return match ? { start: claim.quote.start + match.index, end: claim.numeral.end } : null;
}

/**
 * A passage as the prompt quotes it: a passage that stops inside its sentence ends with "…", so
 * the question after it does not read as the sentence's end ("…targeting prisons” What does").
 */
export const asQuoted = (passage: string): string => {
  const shown = excerpt(passage);
  return /[.!?…]['"’”)]*$/.test(shown) ? shown : `${shown}…`;
};

export function qualifier(lookup: Lookup): Exercise[] {
  return lookup.corpus.claims.flatMap((claim) => {
    const meaning = QUALIFIER_MEANINGS[claim.qualifier];
    if (meaning === 'exact' || typeof claim.value !== 'number') return [];
    const document = lookup.document(claim.documentId);
    const span = qualifierSpan(document.text, claim);
    if (!span) return [];
    const written = document.text.slice(span.start, span.end);
    const n = formatNumber(claim.value);
    const options: DraftOption[] = [
      {
        label: MEANING_WORDS[meaning](n),
        misconception: null,
        about: { type: 'meaning', meaning },
      },
      ...DISTRACTORS[meaning].map((m) => ({
        label: MEANING_WORDS[m](n),
        misconception: 'ignored-qualifier' as const,
        about: { type: 'meaning' as const, meaning: m },
      })),
    ];
    const name = lookup.documentName(claim.documentId);
    const topic = lookup.topic(claim.topicId);
    return [
      buildExercise({
        kind: 'qualifier',
        key: claim.id,
        difficulty: meaning === 'approximate' ? 1 : 2,
        prompt: `${capitalise(name)} writes: “${asQuoted(claim.quote.exact)}” What does “${written}” commit the text to?`,
        format: 'single',
        options,
        evidence: [{ ...claimEvidence(claim), highlight: span }],
        reading: {
          documentId: claim.documentId,
          about: topic.phrase,
          lead: passagesOf(document, [claim.quote]),
        },
        explanation: `“${written}” ${WHY[meaning]}. The text does not claim exactly ${n}, so quoting it as exactly ${n} would say more than the source did.`,
        subject: { shape: 'qualifier', claimId: claim.id },
      }),
    ];
  });
}
