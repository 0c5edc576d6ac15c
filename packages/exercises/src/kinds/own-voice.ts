/**
 * Own voice: "Which of these figures does Midan state in its own voice, naming no source?" The
 * reverse of reporter versus source. A figure whose source the text only implies is left out: it
 * names no one, yet it is not the text's own claim either, so neither answer would be fair. So is
 * one the text hedges as a report ("Apparently almost 80", "is said to house"): it names no one,
 * but the text does not state it as its own either.
 */
import { valueKey } from '@attribution-lab/corpus/queries';
import type { Claim } from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import { buildExercise, CHOOSE_ALL, formatFor, type DraftOption } from '../exercise.js';
import { creditSpan } from '../attribution.js';
import { capitalise, formatClaimFigure, listInWords, quoted } from '../format.js';
import { groupBy, type Lookup } from '../lookup.js';
import { claimPassages, SIDE_BY_SIDE } from '../reading.js';
import type { Exercise } from '../types.js';

const MAX_OPTIONS = 6;
const MAX_SOURCED = 3;

interface Item {
  /** "around 3,500 for the number of…", to go mid-sentence. */
  figure: string;
  claims: Claim[];
  ownVoice: boolean;
}

/** The text's figures as options; a figure given both in its own voice and credited is dropped as unfair. */
function items(lookup: Lookup, documentId: string): Item[] {
  const clear = lookup
    .claimsByDocument(documentId)
    .filter((c) => c.attribution.actorId === null || c.attribution.basis === 'explicit')
    .filter((c) => c.reportingCues.every((cue) => cue.kind !== 'hedge'));
  // One option per figure, whatever the hedge: "5,000" and "around 5,000" are the same figure.
  const byFigure = groupBy(
    clear,
    (c) => `${c.topicId}\u0000${c.value === null ? c.numeral.asWritten : valueKey(c.value)}`,
  );
  return [...byFigure.values()].flatMap((claims) => {
    const voices = new Set(claims.map((c) => c.attribution.actorId === null));
    const topic = lookup.topic(claims[0]!.topicId);
    return voices.size === 1
      ? [
          {
            figure: `${formatClaimFigure(claims[0]!, topic)} for ${topic.phrase}`,
            claims,
            ownVoice: voices.has(true),
          },
        ]
      : [];
  });
}

/** Deals own-voice and credited figures into sets, each with at least one of both. */
function deal(own: Item[], sourced: Item[]): Item[][] {
  const sets = Math.min(
    own.length,
    sourced.length,
    Math.ceil((own.length + sourced.length) / MAX_OPTIONS),
  );
  return Array.from({ length: sets }, (_, i) => {
    const s = sourced.filter((_, j) => j % sets === i).slice(0, MAX_SOURCED);
    const o = own.filter((_, j) => j % sets === i).slice(0, MAX_OPTIONS - s.length);
    return [...o, ...s];
  });
}

export function ownVoice(lookup: Lookup): Exercise[] {
  return lookup.corpus.documents.flatMap((document) => {
    const all = items(lookup, document.id);
    const name = lookup.documentName(document.id);
    return deal(
      all.filter((i) => i.ownVoice),
      all.filter((i) => !i.ownVoice),
    ).map((set, index) => {
      const right = set.filter((i) => i.ownVoice);
      const wrong = set.filter((i) => !i.ownVoice);
      const options: DraftOption[] = set.map((i) => ({
        label: capitalise(i.figure),
        misconception: i.ownVoice ? null : 'sourced-as-own-voice',
        ...(i.ownVoice ? { missed: 'own-voice-as-sourced' as const } : {}),
        about: { type: 'claim', claimId: i.claims[0]!.id },
      }));
      const credits = wrong.map((i) => {
        const claim = i.claims[0]!;
        const credit = creditSpan(lookup, claim);
        const words = credit ? ` (${quoted(document.text.slice(credit.start, credit.end))})` : '';
        return `${i.figure} is credited to ${lookup.actor(claim.attribution.actorId!).name}${words}`;
      });
      return buildExercise({
        kind: 'own-voice',
        key: `${document.id}#${index + 1}`,
        difficulty: 2,
        prompt: `Which of these figures does ${name} state in its own voice, naming no source?${right.length > 1 ? ` ${CHOOSE_ALL}` : ''}`,
        format: formatFor(right.length),
        options,
        evidence: set.flatMap((i) => i.claims.map(claimEvidence)),
        reading: {
          documentId: document.id,
          about: 'these figures',
          lead: claimPassages(
            lookup,
            set.map((i) => i.claims[0]!),
            { max: SIDE_BY_SIDE },
          ),
        },
        explanation: `${capitalise(name)} names no source for ${listInWords(right.map((i) => i.figure))}. But ${listInWords(credits)}.`,
        subject: { shape: 'own-voice', documentId: document.id },
      });
    });
  });
}
