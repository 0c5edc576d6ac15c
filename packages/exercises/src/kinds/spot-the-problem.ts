/**
 * Spot the problem: the flags the corpus raises (a wrong date, a lede that contradicts the body, a
 * translation slip, a figure no one can check) asked two ways. "What should a careful reader notice
 * here?" names the problem of a flagged passage; "Which passage has a problem?" sets the flagged
 * sentence among sentences of the same text that no flag touches. A figure that only cannot be
 * verified is asked the first way only, shown in the claim that gives it: the sentence is not wrong,
 * it is unchecked; so is a contradiction whose other side lies outside the flagged sentence, which
 * no one could spot among single sentences. A passage is shown with the sentences either side of it.
 */
import type { Document, Flag } from '@attribution-lab/corpus/queries';
import { inContext, passageEvidence, sentenceAround } from '../evidence.js';
import { buildExercise, CHOOSE_ALL, formatFor, type DraftOption } from '../exercise.js';
import { excerpt, quoted } from '../format.js';
import type { Lookup } from '../lookup.js';
import { nextSentence, passagesOf, previousSentence, sentenceBounds } from '../passages.js';
import { SIDE_BY_SIDE } from '../reading.js';
import type { Exercise, FlagKind } from '../types.js';

export const PROBLEM_WORDS: Record<FlagKind | 'none', string> = {
  'factual-error': 'It gets a fact wrong, such as a date',
  'internal-inconsistency': 'It contradicts another part of the same text',
  'translation-artefact': 'The translation garbled the words',
  'untranslated-text': 'Words were left untranslated',
  unverifiable: 'Its figure cannot be checked independently',
  'other-event': 'It is about a different event, not this attack',
  none: 'Nothing: it is accurate as it stands',
};

/** Wrong kinds offered beside the right ones: the nearest confusions first. */
const CONFUSABLE: Record<FlagKind, FlagKind[]> = {
  'factual-error': ['internal-inconsistency', 'translation-artefact'],
  'internal-inconsistency': ['factual-error', 'unverifiable'],
  'translation-artefact': ['untranslated-text', 'factual-error'],
  'untranslated-text': ['translation-artefact', 'other-event'],
  unverifiable: ['factual-error', 'other-event'],
  'other-event': ['factual-error', 'internal-inconsistency'],
};

const MAX_PASSAGES = 4;

interface Span {
  start: number;
  end: number;
}

const overlapping = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Every flag that bears on a passage: flags on text inside it, and flags on claims inside it. */
function flagsOn(lookup: Lookup, documentId: string, span: Span): Flag[] {
  const flags = lookup.flagsByDocument(documentId);
  const viaClaims = new Set(
    lookup
      .claimsByDocument(documentId)
      .filter((c) => overlapping(c.quote, span))
      .flatMap((c) => c.flagIds),
  );
  return flags.filter((f) => overlapping(f.quote, span) || viaClaims.has(f.id));
}

/** The passages to ask about: each flag's own quote, or for an unverifiable figure, the claims that give it. */
function passages(lookup: Lookup, flag: Flag): Span[] {
  if (flag.kind !== 'unverifiable' || flag.claimIds.length === 0) return [flag.quote];
  const ids = new Set(flag.claimIds);
  return lookup
    .claimsByDocument(flag.documentId)
    .filter((c) => ids.has(c.id))
    .map((c) => c.quote);
}

/**
 * A passage with the sentence before and after it, as a reader meets it: "Eleven soldiers were
 * killed" is about another event only in the light of the sentence before.
 */
function aroundSpan(text: string, span: Span): Span[] {
  const own = sentenceBounds(text, span.start, span.end);
  return [previousSentence(text, own.start), span, nextSentence(text, own.end)].filter(
    (s): s is Span => s !== null,
  );
}

/** The other parts of the text the flags on a passage point to: their own words and their figures. */
function linkedSpans(lookup: Lookup, documentId: string, flags: readonly Flag[]): Span[] {
  const ids = new Set(flags.flatMap((f) => f.claimIds));
  return [
    ...flags.map((f) => f.quote),
    ...lookup
      .claimsByDocument(documentId)
      .filter((c) => ids.has(c.id))
      .map((c) => c.quote),
  ];
}

function whatProblem(lookup: Lookup, document: Document, span: Span): Exercise {
  const here = flagsOn(lookup, document.id, span);
  const kinds = [...new Set(here.map((f) => f.kind))];
  const wrongKinds = [
    'none' as const,
    ...kinds
      .flatMap((k) => CONFUSABLE[k])
      .filter((k, i, all) => !kinds.includes(k) && all.indexOf(k) === i),
  ].slice(0, 3);
  const options: DraftOption[] = [
    ...kinds.map((k) => ({
      label: PROBLEM_WORDS[k],
      misconception: null,
      about: { type: 'problem' as const, problem: k },
    })),
    ...wrongKinds.map((k) => ({
      label: PROBLEM_WORDS[k],
      misconception: k === 'none' ? ('missed-the-error' as const) : ('wrong-problem' as const),
      about: { type: 'problem' as const, problem: k },
    })),
  ];
  const passage = excerpt(document.text.slice(span.start, span.end));
  const context = inContext(document.text, span.start, span.end);
  // A short flagged phrase is shown in its sentence, so the reader has something to judge it by.
  const read =
    context.replace(/^…|…$/g, '') === passage
      ? `Read this passage from ${lookup.documentName(document.id)}: ${quoted(passage)} What should a careful reader notice about it?`
      : `Read this from ${lookup.documentName(document.id)}: ${quoted(context)} What should a careful reader notice about ${quoted(passage)}?`;
  return buildExercise({
    kind: 'spot-the-problem',
    key: `what:${document.id}@${span.start}-${span.end}`,
    difficulty: 2,
    prompt: `${read}${kinds.length > 1 ? ` ${CHOOSE_ALL}` : ''}`,
    format: formatFor(kinds.length),
    options,
    evidence: here.map((f) =>
      passageEvidence(document, f.quote.start, f.quote.end, f.claimIds[0] ?? null),
    ),
    reading: {
      documentId: document.id,
      about: 'this passage',
      lead: passagesOf(document, [
        ...aroundSpan(document.text, span),
        ...linkedSpans(lookup, document.id, here),
      ]),
    },
    explanation: here.map((f) => `${f.says} ${f.why}`).join(' '),
    subject: { shape: 'what-problem', documentId: document.id, start: span.start, end: span.end },
  });
}

/** Sentences of the text that hold a claim and that no flag touches, directly or through a claim. */
function cleanSentences(lookup: Lookup, document: Document): Span[] {
  const flagged: Span[] = [
    ...lookup.flagsByDocument(document.id).map((f) => f.quote),
    ...lookup
      .claimsByDocument(document.id)
      .filter((c) => c.flagIds.length > 0)
      .map((c) => c.quote),
  ];
  const seen = new Set<string>();
  return lookup.claimsByDocument(document.id).flatMap((claim) => {
    const sentence = sentenceAround(document.text, claim.quote.start, claim.quote.end);
    const key = `${sentence.start}-${sentence.end}`;
    if (seen.has(key) || flagged.some((f) => overlapping(f, sentence))) return [];
    seen.add(key);
    return [sentence];
  });
}

function whichPassage(
  lookup: Lookup,
  document: Document,
  flag: Flag,
  clean: readonly Span[],
): Exercise | null {
  const flagged = sentenceAround(document.text, flag.quote.start, flag.quote.end);
  // A contradiction can be spotted among single passages only if both its sides are in this one.
  if (
    flag.kind === 'internal-inconsistency' &&
    lookup
      .claimsByDocument(document.id)
      .some(
        (c) =>
          flag.claimIds.includes(c.id) &&
          (c.quote.start < flagged.start || c.quote.end > flagged.end),
      )
  )
    return null;
  const label = (span: Span) => excerpt(document.text.slice(span.start, span.end));
  const flaggedLabel = label(flagged);
  // The innocent sentences nearest the flagged one, so position gives nothing away.
  const innocent = clean
    .filter(
      (s) =>
        document.text.slice(s.start, s.end) !== document.text.slice(flagged.start, flagged.end),
    )
    .sort(
      (a, b) =>
        Math.abs(a.start - flagged.start) - Math.abs(b.start - flagged.start) || a.start - b.start,
    )
    .slice(0, MAX_PASSAGES - 1);
  if (innocent.length === 0) return null;
  const passage = (span: Span) => ({
    type: 'passage' as const,
    documentId: document.id,
    start: span.start,
    end: span.end,
  });
  return buildExercise({
    kind: 'spot-the-problem',
    key: `which:${flag.id}`,
    difficulty: 3,
    prompt: `One of these passages from ${lookup.documentName(document.id)} has a problem a careful reader should notice. Which one?`,
    format: 'single',
    options: [
      { label: flaggedLabel, misconception: null, about: passage(flagged) },
      ...innocent.map((s) => ({
        label: label(s),
        misconception: 'missed-the-error' as const,
        about: passage(s),
      })),
    ],
    evidence: [
      passageEvidence(document, flag.quote.start, flag.quote.end, flag.claimIds[0] ?? null),
    ],
    reading: {
      documentId: document.id,
      about: 'these passages',
      byOption: [flagged, ...innocent].map((s) => passagesOf(document, [s], { max: SIDE_BY_SIDE })),
    },
    explanation: `${flag.says} ${flag.why} The other passages raise no such problem.`,
    subject: { shape: 'which-passage', documentId: document.id, flagId: flag.id },
  });
}

export function spotTheProblem(lookup: Lookup): Exercise[] {
  return lookup.corpus.documents.flatMap((document) => {
    const flags = lookup.flagsByDocument(document.id);
    if (flags.length === 0) return [];
    const clean = cleanSentences(lookup, document);
    const asked = new Set<string>();
    const what = flags.flatMap((flag) =>
      passages(lookup, flag).flatMap((span) => {
        const key = `${span.start}-${span.end}`;
        if (asked.has(key)) return [];
        asked.add(key);
        return [whatProblem(lookup, document, span)];
      }),
    );
    // "Which passage has a problem?" needs the other passages to have none; in a machine
    // translation many sentences read garbled without a flag, and a student who picks one is
    // right to, so such a text gets only "what is the problem?" questions.
    const which =
      document.translation === 'machine'
        ? []
        : flags.flatMap((flag) =>
            flag.kind === 'unverifiable' ? [] : (whichPassage(lookup, document, flag, clean) ?? []),
          );
    return [...what, ...which];
  });
}
