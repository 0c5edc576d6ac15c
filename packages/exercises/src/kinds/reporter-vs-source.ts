/**
 * Reporter versus source: "tagesschau gives at least 78 for the number of people killed. Whom does
 * the text give as the source?" The outlet that published the text is a wrong option whenever the
 * figure is credited to someone else: the reporter is not the source. When a text gives the same
 * figure from more than one source (its own voice and a speaker's), every one of them is right.
 */
import { isUnknownFigure, valueKey } from '@attribution-lab/corpus/queries';
import type { Claim, Topic } from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import {
  buildExercise,
  CHOOSE_ALL,
  clampDifficulty,
  formatFor,
  type DraftOption,
} from '../exercise.js';
import { capitalise, formatClaimFigure } from '../format.js';
import { fold, groupBy, type Lookup } from '../lookup.js';
import { creditInWords, cueNotes, isHedged } from '../attribution.js';
import { claimPassages } from '../reading.js';
import type { Exercise } from '../types.js';

export const OWN_VOICE_LABEL = 'No one: the text states it in its own voice';
/** For a figure the text names no source for yet distances itself from ("Apparently"): not its own voice either. */
export const NO_SOURCE_LABEL = 'No one: the text names no source';
const MAX_OTHER_SOURCES = 2;

/** Claims that give the same figure, by value or, for a vague word, by the word. */
const figureKey = (c: Claim) =>
  c.value === null ? `w:${c.numeral.asWritten.toLowerCase()}` : valueKey(c.value);

const citedBy = (claims: readonly Claim[]) => [
  ...new Set(claims.map((c) => c.attribution.actorId).filter((id): id is string => id !== null)),
];

function question(
  lookup: Lookup,
  topic: Topic,
  claims: Claim[],
  citedNearby: string[],
): Exercise | null {
  const { documentId } = claims[0]!;
  const name = lookup.documentName(documentId);
  const rightSources = [...new Set(claims.map((c) => c.attribution.actorId))];
  const ownVoice = rightSources.includes(null);
  // "Apparently almost 80" names no source, but the text does not state it as its own either.
  const hedged = claims.some((c) => c.attribution.actorId === null && isHedged(c));
  const outletActor = lookup.outletActorId(documentId);
  const label = (actorId: string | null) =>
    actorId ? lookup.actor(actorId).name : hedged ? NO_SOURCE_LABEL : OWN_VOICE_LABEL;
  const options: DraftOption[] = rightSources.map((actorId) => ({
    label: label(actorId),
    misconception: null,
    about: { type: 'source', actorId },
  }));
  const taken = new Set(options.map((o) => fold(o.label)));
  const addWrong = (option: DraftOption) => {
    if (taken.has(fold(option.label))) return;
    taken.add(fold(option.label));
    options.push(option);
  };
  // The text's own voice is its outlet speaking, so the outlet is wrong only for a credited figure.
  if (!ownVoice && !(outletActor && rightSources.includes(outletActor)))
    addWrong({
      label: lookup.documentLabel(documentId),
      misconception: 'outlet-for-source',
      about: { type: 'outlet', documentId },
    });
  if (!ownVoice)
    addWrong({
      label: OWN_VOICE_LABEL,
      misconception: 'sourced-as-own-voice',
      about: { type: 'source', actorId: null },
    });
  const others = citedNearby.filter((id) => !rightSources.includes(id) && id !== outletActor);
  const misconception =
    ownVoice && !hedged && rightSources.length === 1 ? 'own-voice-as-sourced' : 'wrong-speaker';
  for (const actorId of others.slice(0, MAX_OTHER_SOURCES))
    addWrong({ label: label(actorId), misconception, about: { type: 'source', actorId } });
  if (options.length === rightSources.length) return null;

  const figure = formatClaimFigure(claims[0]!, topic);
  const credits = [...claims.map((c) => creditInWords(lookup, c)), cueNotes(claims)];
  const implied = claims.some((c) => c.attribution.basis === 'implied' && c.attribution.actorId);
  const outletNote = !ownVoice
    ? ` ${capitalise(name)} only reports the figure: the outlet that publishes a figure is not where it comes from.`
    : '';
  return buildExercise({
    kind: 'reporter-vs-source',
    key: `${documentId}/${topic.id}=${figureKey(claims[0]!)}`,
    difficulty: clampDifficulty(implied ? 3 : rightSources.length > 1 ? 2 : 1),
    prompt: `${capitalise(name)} gives ${figure} for ${topic.phrase}. Whom does the text give as the source of this figure?${rightSources.length > 1 ? ` ${CHOOSE_ALL}` : ''}`,
    format: formatFor(rightSources.length),
    options,
    evidence: claims.map(claimEvidence),
    reading: { documentId, about: topic.phrase, lead: claimPassages(lookup, claims) },
    explanation: `${[...new Set(credits)].filter((c) => c !== '').join(' ')}${outletNote}`,
    subject: {
      shape: 'reporter-vs-source',
      documentId,
      topicId: topic.id,
      claimIds: claims.map((c) => c.id),
    },
  });
}

export function reporterVsSource(lookup: Lookup): Exercise[] {
  const citedOnTopic = new Map(
    lookup.corpus.topics.map((t) => [t.id, citedBy(lookup.claimsByTopic(t.id))]),
  );
  return lookup.corpus.documents.flatMap((document) => {
    const inText = lookup.claimsByDocument(document.id);
    const citedInText = citedBy(inText);
    // "Whom does the text give as the source of ‘it is not known how many’?" asks after no figure.
    const figures = inText.filter((c) => !isUnknownFigure(c));
    const groups = groupBy(figures, (c) => `${c.topicId}\u0000${figureKey(c)}`);
    return [...groups.values()].flatMap((claims) => {
      const topicId = claims[0]!.topicId;
      // Sources the same text cites come first: mixing them up is the likelier slip.
      const nearby = [...new Set([...citedInText, ...citedOnTopic.get(topicId)!])];
      const exercise = question(lookup, lookup.topic(topicId), claims, nearby);
      return exercise ? [exercise] : [];
    });
  });
}
