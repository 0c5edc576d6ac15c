/**
 * Discernment: a statement about the texts to judge supported or not. Every figure the texts give
 * in full yields a pair: the statement as the text has it, and a subtly wrong one made from it (the
 * source swapped, the figure swapped for another text's, the text swapped, or a credited figure
 * passed off as the text's own). Each wrong statement is checked against every claim, so none of
 * them is true by accident; pairs keep the two answers equally common, so doubting everything
 * scores no better than believing everything.
 */
import type { Claim, Topic } from '@attribution-lab/corpus/queries';
import { creditInWords, cueNotes, hedgeWords } from '../attribution.js';
import { claimEvidence } from '../evidence.js';
import { couldBeSame, couldGive, type Hedged } from '../figures.js';
import { buildExercise } from '../exercise.js';
import { capitalise, formatClaimFigure, formatValue, quoted } from '../format.js';
import type { Lookup } from '../lookup.js';
import { creditedTopicPassages } from '../reading.js';
import type { DiscernmentStatement, Evidence, Exercise, Misconception } from '../types.js';
import { isStated } from '../values.js';
import { valueKey, withQualifier } from '@attribution-lab/corpus/queries';

export const SUPPORTED_LABEL = 'Supported by the texts';
export const NOT_SUPPORTED_LABEL = 'Not supported by the texts';

interface Judged {
  statement: DiscernmentStatement;
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

/** The words a statement quotes for a text that names no source and distances itself ("reportedly"). */
const hedgeFor = (claim: Claim, actorId: string | null) =>
  actorId === null ? hedgeWords(claim) : null;

function statementOf(
  documentId: string,
  topicId: string,
  figure: Hedged,
  actorId: string | null,
  hedge: string | null,
): DiscernmentStatement {
  const { value, qualifier } = figure;
  return {
    type: 'figure',
    documentId,
    topicId,
    value,
    qualifier,
    actorId,
    ...(hedge ? { hedge } : {}),
  };
}

/** The statement as a student reads it. */
function sentenceOf(lookup: Lookup, statement: DiscernmentStatement): string {
  const topic = lookup.topic(statement.topicId);
  const name = capitalise(lookup.documentName(statement.documentId));
  const gives = `${name} gives ${withQualifier(statement.qualifier, formatValue(statement.value, topic))} for ${topic.phrase}`;
  if (statement.actorId)
    return `${gives} and credits it to ${lookup.actor(statement.actorId).name}.`;
  if (statement.hedge)
    return `${gives} without naming a source, and distances itself from it (${quoted(statement.hedge)}).`;
  // The credit first: after a long topic phrase, "in its own voice" read as part of the topic.
  return `${name}, in its own voice and naming no source, gives ${withQualifier(statement.qualifier, formatValue(statement.value, topic))} for ${topic.phrase}.`;
}

/** How the text really credits the figure, in its own words, and what its cues add. */
const howCredited = (lookup: Lookup, claim: Claim) =>
  [
    creditInWords(lookup, claim, capitalise(lookup.documentName(claim.documentId))),
    cueNotes([claim]),
  ]
    .filter((part) => part !== '')
    .join(' ');

interface TopicIndex {
  sources: string[];
  values: (Claim & Hedged)[];
  /** The texts with figures on the topic, in corpus order. */
  documents: string[];
  /**
   * For a figure and a source, the texts on the topic that could not be saying it: worked out
   * once, since every text that repeats a figure asks the same question.
   */
  notSaying: Map<string, string[]>;
}

function indexTopic(lookup: Lookup, topicId: string): TopicIndex {
  const claims = lookup.claimsByTopic(topicId);
  const values = new Map<string, Claim & Hedged>();
  for (const c of claims.filter(isStated))
    if (!values.has(valueKey(c.value))) values.set(valueKey(c.value), c);
  const sources = [
    ...new Set(claims.map((c) => c.attribution.actorId).filter((id): id is string => id !== null)),
  ];
  const onTopic = new Set(claims.map((c) => c.documentId));
  const documents = lookup.corpus.documents.map((d) => d.id).filter((id) => onTopic.has(id));
  return { sources, values: [...values.values()], documents, notSaying: new Map() };
}

type Maker = (
  lookup: Lookup,
  claim: Claim & Hedged,
  topic: Topic,
  index: TopicIndex,
) => Variant | null;

const ownVoiceSwap: Maker = (lookup, claim, topic) => {
  const { documentId } = claim;
  if (claim.attribution.actorId === null || mightSay(lookup, documentId, topic.id, claim, null))
    return null;
  return {
    statement: statementOf(documentId, topic.id, claim, null, null),
    explanation: `Not supported: ${lookup.documentName(documentId)} does not give the figure as its own. ${howCredited(lookup, claim)}`,
    evidence: [claimEvidence(claim)],
    difficulty: 1,
    misconception: 'believed-misattribution',
  };
};

const sourceSwap: Maker = (lookup, claim, topic, index) => {
  const { documentId } = claim;
  const inText = lookup.claimsByDocument(documentId).map((c) => c.attribution.actorId);
  const candidates = [...new Set([...index.sources, ...inText])].filter(
    (id): id is string => id !== null && id !== claim.attribution.actorId,
  );
  const other = candidates.find((id) => !mightSay(lookup, documentId, topic.id, claim, id));
  if (!other) return null;
  return {
    statement: statementOf(documentId, topic.id, claim, other, null),
    explanation: `Not supported: ${lookup.documentName(documentId)} does not credit it to ${lookup.actor(other).name}. ${howCredited(lookup, claim)}`,
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
  const figure = (c: Claim) => formatClaimFigure(c, topic);
  return {
    statement: statementOf(documentId, topic.id, other, actorId, hedgeFor(claim, actorId)),
    explanation: `Not supported: ${lookup.documentName(documentId)} gives ${figure(claim)}, not ${figure(other)}. ${howCredited(lookup, claim)} ${capitalise(figure(other))} is what ${lookup.documentName(other.documentId)} gives.`,
    evidence: [claimEvidence(claim), claimEvidence(other)],
    difficulty: 2,
    misconception: 'believed-misattribution',
  };
};

const textSwap: Maker = (lookup, claim, topic, index) => {
  const actorId = claim.attribution.actorId;
  // Only a text with something of its own on the topic: of a text silent on it, the passages shown
  // before the answer would have to say so, which gives the answer away.
  const key = `${valueKey(claim.value)}~${claim.qualifier}~${actorId}`;
  let candidates = index.notSaying.get(key);
  if (!candidates) {
    candidates = index.documents.filter((id) => !mightSay(lookup, id, topic.id, claim, actorId));
    index.notSaying.set(key, candidates);
  }
  const otherId = candidates.find((id) => id !== claim.documentId);
  if (!otherId) return null;
  const other = lookup.document(otherId);
  return {
    statement: statementOf(other.id, topic.id, claim, actorId, hedgeFor(claim, actorId)),
    explanation: `Not supported: ${lookup.documentName(other.id)} does not give ${formatClaimFigure(claim, topic)} for ${topic.phrase}${actorId ? ` from ${lookup.actor(actorId).name}` : ''}; ${lookup.documentName(claim.documentId)} does. ${howCredited(lookup, claim)}`,
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
    prompt: `Supported by the texts or not? ${sentenceOf(lookup, judged.statement)}`,
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
      lead: creditedTopicPassages(lookup, documentId, topicId),
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
  claim: Claim & Hedged,
  topic: Topic,
  statement: DiscernmentStatement,
  variant: Variant,
): Exercise[] {
  const supported: Judged = {
    statement,
    explanation: `Supported: ${lookup.documentName(claim.documentId)} gives ${formatClaimFigure(claim, topic)} for ${topic.phrase}. ${howCredited(lookup, claim)}`,
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
    const { actorId } = claim.attribution;
    const statement = statementOf(
      claim.documentId,
      topic.id,
      claim,
      actorId,
      hedgeFor(claim, actorId),
    );
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
