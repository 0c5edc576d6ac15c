/**
 * Discernment: a statement about the texts to judge supported or not. Every figure the texts give
 * in full yields a pair: the statement as the text has it, and a subtly wrong one made from it (the
 * source swapped, the figure swapped for another text's, the text swapped, or a credited figure
 * passed off as the text's own). Each wrong statement is checked against every claim, so none of
 * them is true by accident; pairs keep the two answers equally common, so doubting everything
 * scores no better than believing everything.
 */
import type { Claim, Topic } from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import { couldBeSame, couldGive, type Hedged } from '../figures.js';
import { buildExercise } from '../exercise.js';
import { capitalise, formatClaimFigure } from '../format.js';
import type { Lookup } from '../lookup.js';
import { claimPassages } from '../reading.js';
import type { DiscernmentStatement, Evidence, Exercise, Misconception } from '../types.js';
import { isStated } from '../values.js';
import { valueKey, type FigureValue } from '@attribution-lab/corpus/queries';

export const SUPPORTED_LABEL = 'Supported by the texts';
export const NOT_SUPPORTED_LABEL = 'Not supported by the texts';

interface Judged {
  statement: DiscernmentStatement;
  sentence: string;
  explanation: string;
  evidence: Evidence[];
}

interface Variant extends Judged {
  difficulty: 1 | 2 | 3;
  misconception: Misconception;
}

/** Whether a text might credit this figure to this source: anything that could make the statement true. */
function mightSay(
  lookup: Lookup,
  documentId: string,
  topicId: string,
  figure: Hedged,
  actorId: string | null,
): boolean {
  return lookup
    .claimsIn(documentId, topicId)
    .some((c) => c.attribution.actorId === actorId && (c.value === null || couldGive(c, figure)));
}

function creditSentence(
  lookup: Lookup,
  documentId: string,
  figure: string,
  topic: Topic,
  actorId: string | null,
): string {
  const name = capitalise(lookup.documentName(documentId));
  return actorId
    ? `${name} gives ${figure} for ${topic.phrase} and credits it to ${lookup.actor(actorId).name}.`
    : `${name} gives ${figure} for ${topic.phrase} in its own voice, naming no source.`;
}

function creditInWords(lookup: Lookup, claim: Claim): string {
  const actorId = claim.attribution.actorId;
  return actorId
    ? `credits it to ${lookup.actor(actorId).name} (“${claim.attribution.cue}”)`
    : 'states it in its own voice';
}

interface TopicIndex {
  sources: string[];
  values: (Claim & Hedged)[];
}

function indexTopic(lookup: Lookup, topicId: string): TopicIndex {
  const claims = lookup.claimsByTopic(topicId);
  const values = new Map<string, Claim & Hedged>();
  for (const c of claims.filter(isStated))
    if (!values.has(valueKey(c.value))) values.set(valueKey(c.value), c);
  const sources = [
    ...new Set(claims.map((c) => c.attribution.actorId).filter((id): id is string => id !== null)),
  ];
  return { sources, values: [...values.values()] };
}

type Maker = (
  lookup: Lookup,
  claim: Claim & { value: FigureValue },
  topic: Topic,
  index: TopicIndex,
) => Variant | null;

const ownVoiceSwap: Maker = (lookup, claim, topic) => {
  const { documentId, value, qualifier } = claim;
  if (claim.attribution.actorId === null || mightSay(lookup, documentId, topic.id, claim, null))
    return null;
  return {
    statement: { type: 'figure', documentId, topicId: topic.id, value, qualifier, actorId: null },
    sentence: creditSentence(lookup, documentId, formatClaimFigure(claim, topic), topic, null),
    explanation: `Not supported: ${lookup.documentName(documentId)} ${creditInWords(lookup, claim)}; it does not give the figure as its own.`,
    evidence: [claimEvidence(claim)],
    difficulty: 1,
    misconception: 'believed-misattribution',
  };
};

const sourceSwap: Maker = (lookup, claim, topic, index) => {
  const { documentId, value, qualifier } = claim;
  const inText = lookup.claimsByDocument(documentId).map((c) => c.attribution.actorId);
  const candidates = [...new Set([...index.sources, ...inText])].filter(
    (id): id is string => id !== null && id !== claim.attribution.actorId,
  );
  const other = candidates.find((id) => !mightSay(lookup, documentId, topic.id, claim, id));
  if (!other) return null;
  return {
    statement: { type: 'figure', documentId, topicId: topic.id, value, qualifier, actorId: other },
    sentence: creditSentence(lookup, documentId, formatClaimFigure(claim, topic), topic, other),
    explanation: `Not supported: ${lookup.documentName(documentId)} ${creditInWords(lookup, claim)}, not to ${lookup.actor(other).name}.`,
    evidence: [claimEvidence(claim)],
    difficulty: 3,
    misconception: 'believed-misattribution',
  };
};

const valueSwap: Maker = (lookup, claim, topic, index) => {
  const { documentId } = claim;
  const actorId = claim.attribution.actorId;
  const other = index.values.find(
    (c) => !couldBeSame(c, claim) && !mightSay(lookup, documentId, topic.id, c, actorId),
  );
  if (!other) return null;
  return {
    statement: {
      type: 'figure',
      documentId,
      topicId: topic.id,
      value: other.value,
      qualifier: other.qualifier,
      actorId,
    },
    sentence: creditSentence(lookup, documentId, formatClaimFigure(other, topic), topic, actorId),
    explanation: `Not supported: ${lookup.documentName(documentId)} gives ${formatClaimFigure(claim, topic)} and ${creditInWords(lookup, claim)}. ${capitalise(formatClaimFigure(other, topic))} is what ${lookup.documentName(other.documentId)} gives.`,
    evidence: [claimEvidence(claim), claimEvidence(other)],
    difficulty: 2,
    misconception: 'believed-misattribution',
  };
};

const textSwap: Maker = (lookup, claim, topic) => {
  const { value, qualifier } = claim;
  const actorId = claim.attribution.actorId;
  const other = lookup.corpus.documents.find(
    (d) => d.id !== claim.documentId && !mightSay(lookup, d.id, topic.id, claim, actorId),
  );
  if (!other) return null;
  return {
    statement: {
      type: 'figure',
      documentId: other.id,
      topicId: topic.id,
      value,
      qualifier,
      actorId,
    },
    sentence: creditSentence(lookup, other.id, formatClaimFigure(claim, topic), topic, actorId),
    explanation: `Not supported: it is ${lookup.documentName(claim.documentId)} that gives ${formatClaimFigure(claim, topic)} and ${creditInWords(lookup, claim)}; ${lookup.documentName(other.id)} does not.`,
    evidence: [claimEvidence(claim)],
    difficulty: 2,
    misconception: 'believed-misattribution',
  };
};

const MAKERS: Maker[] = [ownVoiceSwap, valueSwap, textSwap, sourceSwap];

/** One statement as an exercise, "supported" always first; both of a pair share the twist's difficulty. */
function statementExercise(
  lookup: Lookup,
  pair: string,
  judged: Judged,
  supported: boolean,
  twist: Variant,
): Exercise {
  const { documentId, topicId } = judged.statement;
  const exercise = buildExercise({
    kind: 'discernment',
    key: `${pair}:${supported ? 'supported' : 'not-supported'}`,
    difficulty: twist.difficulty,
    prompt: `Supported by the texts or not? ${judged.sentence}`,
    format: 'single',
    options: [
      {
        label: SUPPORTED_LABEL,
        misconception: supported ? null : twist.misconception,
        about: { type: 'verdict', supported: true },
      },
      {
        label: NOT_SUPPORTED_LABEL,
        misconception: supported ? 'doubted-supported-claim' : null,
        about: { type: 'verdict', supported: false },
      },
    ],
    evidence: judged.evidence,
    // What the text the statement names says on the topic, whatever the statement claims of it.
    reading: {
      documentId,
      about: lookup.topic(topicId).phrase,
      lead: claimPassages(lookup, lookup.claimsIn(documentId, topicId)),
    },
    explanation: judged.explanation,
    subject: { shape: 'discernment', statement: judged.statement },
    fixedOrder: true,
  });
  return {
    ...exercise,
    discernment: { supported, supportedOptionId: exercise.options[0]!.id, pair },
  };
}

function pairFor(lookup: Lookup, claim: Claim, supported: Judged, twist: Variant): Exercise[] {
  return [
    statementExercise(lookup, claim.id, supported, true, twist),
    statementExercise(lookup, claim.id, twist, false, twist),
  ];
}

function supportedPair(
  lookup: Lookup,
  claim: Claim & { value: FigureValue },
  topic: Topic,
  statement: DiscernmentStatement,
  variant: Variant,
): Exercise[] {
  const supported: Judged = {
    statement,
    sentence: creditSentence(
      lookup,
      claim.documentId,
      formatClaimFigure(claim, topic),
      topic,
      claim.attribution.actorId,
    ),
    explanation: `Supported: ${lookup.documentName(claim.documentId)} gives ${formatClaimFigure(claim, topic)} and ${creditInWords(lookup, claim)}: “${claim.quote.exact.trim()}”`,
    evidence: [claimEvidence(claim)],
  };
  return pairFor(lookup, claim, supported, variant);
}

export function discernment(lookup: Lookup): Exercise[] {
  const indexes = new Map<string, TopicIndex>();
  // A text that repeats a figure would otherwise yield the same statement twice.
  const judged = new Set<string>();
  const fresh = (statement: DiscernmentStatement) => !judged.has(JSON.stringify(statement));
  let ordinal = 0;
  const pairOf = (claim: Claim, topic: Topic): Exercise[] => {
    // A date with a part the corpus inferred makes no pair: a statement of the full date would be
    // wrong only because of that part, which is a trap for the reader, not a misattribution.
    if (
      !isStated(claim) ||
      (claim.attribution.actorId !== null && claim.attribution.basis !== 'explicit')
    )
      return [];
    const statement: DiscernmentStatement = {
      type: 'figure',
      documentId: claim.documentId,
      topicId: topic.id,
      value: claim.value,
      qualifier: claim.qualifier,
      actorId: claim.attribution.actorId,
    };
    if (!fresh(statement)) return [];
    if (!indexes.has(topic.id)) indexes.set(topic.id, indexTopic(lookup, topic.id));
    // Rotating the first kind of twist tried gives a mix of them across the corpus.
    const start = ordinal++ % MAKERS.length;
    for (let i = 0; i < MAKERS.length; i++) {
      const variant = MAKERS[(start + i) % MAKERS.length]!(
        lookup,
        claim,
        topic,
        indexes.get(topic.id)!,
      );
      if (variant && fresh(variant.statement))
        return supportedPair(lookup, claim, topic, statement, variant);
    }
    return [];
  };
  return lookup.corpus.claims.flatMap((claim) => {
    const pair = pairOf(claim, lookup.topic(claim.topicId));
    const statements = pair.flatMap((e) =>
      e.subject?.shape === 'discernment' ? [JSON.stringify(e.subject.statement)] : [],
    );
    if (statements.some((s) => judged.has(s))) return [];
    for (const s of statements) judged.add(s);
    return pair;
  });
}
