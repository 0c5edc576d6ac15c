/**
 * Who disagrees: "Midan gives about 3,500 for the number of detainees. Which texts give a different
 * figure?" A text disagrees when every figure it gives is incompatible with the anchor's once both
 * hedges are read ("at least 6" could be 45); it agrees when it gives the same figure, however
 * worded. A text with a vague word or a partly inferred date
 * on the topic, or one that both agrees and differs, is not offered; nor, for a running count (deaths,
 * recaptured), one whose count is for another day. The explanation says what each text gives and
 * whom it credits.
 */
import { valueKey, valuesOverlap, type Claim, type Topic } from '@attribution-lab/corpus/queries';
import { claimEvidence } from '../evidence.js';
import {
  buildExercise,
  CHOOSE_ALL,
  clampDifficulty,
  formatFor,
  type DraftOption,
} from '../exercise.js';
import {
  documentFiguresInWords,
  figuresOnTopic,
  couldBeSame,
  statedValues,
  type DocumentFigures,
  type Hedged,
} from '../figures.js';
import { capitalise, formatClaimFigure } from '../format.js';
import { groupBy, type Lookup } from '../lookup.js';
import { topicPassages } from '../reading.js';
import type { Exercise } from '../types.js';

const MAX_RIGHT = 3;
const MAX_AGREEING = 2;
const MAX_SILENT = 1;

type Stance = 'differs' | 'agrees' | 'unclear';

/**
 * A text agrees when it gives the anchor's value, however hedged; it differs when none of its
 * figures could be the anchor's once both hedges are read ("at least 6" could be 45, "almost 90"
 * could be 89); anything else is left out.
 */
function stance(
  figures: DocumentFigures,
  anchor: readonly (Claim & Hedged)[],
  runningCount: boolean,
): Stance {
  if (figures.uncertain.length > 0 || figures.stated.size === 0) return 'unclear';
  const claims = [...figures.stated.values()].flat() as (Claim & Hedged)[];
  if (claims.every((c) => c.value === anchor[0]!.value)) return 'agrees';
  // A running count grows: a later text's higher count answers another day's question, and calling
  // it a disagreement would teach the opposite of "when was it true?".
  const otherDay = (c: Claim) => anchor.some((a) => !valuesOverlap(c.asOf.date, a.asOf.date));
  if (runningCount && claims.some(otherDay)) return 'unclear';
  if (claims.every((c) => anchor.every((a) => !couldBeSame(c, a)))) return 'differs';
  return 'unclear';
}

/**
 * The topic's texts grouped by the figures they give, hedges and dates and all: texts that give the
 * same figures take the same stance towards any anchor, so a stance is worked out once per group,
 * not once per text.
 */
function groupsBySignature(all: readonly DocumentFigures[]): DocumentFigures[][] {
  return [
    ...groupBy(all, (f) =>
      f.uncertain.length > 0
        ? `uncertain:${f.documentId}`
        : [...new Set(f.claims.map((c) => `${valueKey(c.value!)}~${c.qualifier}@${c.asOf.date}`))]
            .sort()
            .join('|'),
    ).values(),
  ];
}

/** The anchor's figure and the texts to offer, group by group, each group in corpus order. */
function question(
  lookup: Lookup,
  topic: Topic,
  anchor: DocumentFigures,
  groups: readonly DocumentFigures[][],
  silent: readonly string[],
): Exercise | null {
  const claims = [...anchor.stated.values()][0]! as (Claim & Hedged)[];
  const value = claims[0]!.value;
  const differs: DocumentFigures[] = [];
  const agrees: DocumentFigures[] = [];
  for (const group of groups) {
    const s = stance(group[0]!, claims, topic.overTime === 'running-count');
    const [into, limit] =
      s === 'differs' ? [differs, MAX_RIGHT] : s === 'agrees' ? [agrees, MAX_AGREEING] : [null, 0];
    for (const figures of group) {
      if (!into || into.length >= limit) break;
      if (figures !== anchor) into.push(figures);
    }
  }
  if (differs.length === 0) return null;
  if (agrees.length + silent.length === 0) return null;

  const name = (id: string) => lookup.documentName(id);
  const options: DraftOption[] = [
    ...differs.map((f) => ({
      label: lookup.documentLabel(f.documentId),
      misconception: null,
      about: { type: 'document' as const, documentId: f.documentId },
    })),
    ...agrees.map((f) => ({
      label: lookup.documentLabel(f.documentId),
      misconception: 'same-figure-as-different' as const,
      about: { type: 'document' as const, documentId: f.documentId },
    })),
    ...silent.map((id) => ({
      label: lookup.documentLabel(id),
      misconception: 'wrong-outlet' as const,
      about: { type: 'document' as const, documentId: id },
    })),
  ];
  const says = (f: DocumentFigures) =>
    `${capitalise(name(f.documentId))} gives ${documentFiguresInWords(lookup, f, topic)}.`;
  const agreeNote = agrees.length
    ? ` ${agrees.map((f) => capitalise(name(f.documentId))).join(' and ')} give${agrees.length === 1 ? 's' : ''} the same ${topic.kind === 'date' ? 'date' : 'figure'}, even if worded differently.`
    : '';
  const silentNote = silent.length
    ? ` ${silent.map((id) => capitalise(name(id))).join(' and ')} give${silent.length === 1 ? 's' : ''} no figure for it.`
    : '';
  const reworded = agrees.some((f) =>
    [...f.stated.values()].flat().some((c) => c.qualifier !== claims[0]!.qualifier),
  );
  return buildExercise({
    kind: 'who-disagrees',
    key: `${topic.id}/${anchor.documentId}`,
    difficulty: clampDifficulty(2 + (reworded ? 1 : 0)),
    prompt: `${capitalise(name(anchor.documentId))} gives ${formatClaimFigure(claims[0]!, topic)} for ${topic.phrase}. Which ${differs.length === 1 ? 'text gives' : 'texts give'} a different ${topic.kind === 'date' ? 'date' : 'figure'}?${differs.length > 1 ? ` ${CHOOSE_ALL}` : ''}`,
    format: formatFor(differs.length),
    options,
    evidence: [anchor, ...differs, ...agrees].flatMap((f) => f.claims.map(claimEvidence)),
    reading: {
      documentId: null,
      about: topic.phrase,
      lead: topicPassages(lookup, anchor.documentId, topic.id),
      byOption: options.map((o) =>
        o.about.type === 'document' ? topicPassages(lookup, o.about.documentId, topic.id) : [],
      ),
    },
    explanation: [says(anchor), ...differs.map(says)].join(' ') + agreeNote + silentNote,
    subject: { shape: 'who-disagrees', topicId: topic.id, documentId: anchor.documentId, value },
  });
}

export function whoDisagrees(lookup: Lookup): Exercise[] {
  return lookup.corpus.topics.flatMap((topic) => {
    const all = figuresOnTopic(lookup, topic.id);
    // Where every text gives the same figure nobody disagrees, and looking would cost a pass per text.
    if (statedValues(all).length < 2) return [];
    const groups = groupsBySignature(all);
    const onTopic = new Set(all.map((f) => f.documentId));
    const silent: string[] = [];
    for (const document of lookup.corpus.documents) {
      if (silent.length >= MAX_SILENT) break;
      if (!onTopic.has(document.id)) silent.push(document.id);
    }
    return all.flatMap((anchor) => {
      if (anchor.uncertain.length > 0 || anchor.stated.size !== 1) return [];
      const exercise = question(lookup, topic, anchor, groups, silent);
      return exercise ? [exercise] : [];
    });
  });
}
