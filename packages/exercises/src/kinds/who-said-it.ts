/**
 * Who said it: match a quotation to its speaker, and to the text that carried it. Only words a text
 * quotes as the speaker's own are asked about: a reported statement ("Syrian media reported that
 * around 4,000 people had fled") is the text's sentence, not the speaker's words. In the speaker
 * question every name an option could be read off is blanked out of the quotation, so the student
 * has to find the passage, not spot a name; it is asked only where the passage names the speaker.
 * A passage that two statements give to different speakers is not asked about.
 */
import { spellingOffsets, type Statement } from '@attribution-lab/corpus/queries';
import { passageEvidence } from '../evidence.js';
import { buildExercise, CHOOSE_ALL, formatFor, type DraftOption } from '../exercise.js';
import { excerpt, listInWords, quoted } from '../format.js';
import { fold, groupBy, type Lookup } from '../lookup.js';
import {
  nextSentence,
  passagesOf,
  previousSentence,
  sentenceBounds,
  type Span,
} from '../passages.js';
import { SIDE_BY_SIDE } from '../reading.js';
import type { Evidence, Exercise, Passage } from '../types.js';

const MAX_OTHER_SPEAKERS = 2;
const MAX_RIGHT_TEXTS = 3;
const MAX_OTHER_TEXTS = 2;
const BLANK = '[…]';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The passage with every given name blanked out, longest names first so "SDF Press Centre" goes whole. */
export function blankNames(passage: string, names: readonly string[]): string {
  // Only names that occur need a pattern; most passages hold one or two of the names on offer.
  const sorted = [...new Set(names)]
    .filter((n) => n.length > 1 && passage.includes(n))
    .sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return passage;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return passage.replace(pattern, BLANK);
}

/** What both questions about a statement show: its words, cut for a prompt, and its sentence. */
interface Shown {
  words: string;
  evidence: Evidence;
}

/**
 * Where the text names the speaker of these words: inside them, in the two sentences before or in
 * the sentence after, the place nearest the words. Null when it does not, and then a reader could
 * not tell from the passage who speaks.
 */
function speakerNamed(lookup: Lookup, statement: Statement): Span | null {
  const { text } = lookup.document(statement.documentId);
  const { quote } = statement;
  const own = sentenceBounds(text, quote.start, quote.end);
  const before = previousSentence(text, own.start);
  const from =
    (before && previousSentence(text, before.start)?.start) ?? before?.start ?? own.start;
  const to = nextSentence(text, own.end)?.end ?? own.end;
  const speaker = lookup.actor(statement.speakerId);
  const distance = (m: Span) =>
    m.end <= quote.start ? quote.start - m.end : m.start >= quote.end ? m.start - quote.end : 0;
  const window = text.slice(from, to);
  return (
    [speaker.name, ...speaker.aliases]
      .flatMap((name) => spellingOffsets(window, name))
      .map((m) => ({ start: from + m.start, end: from + m.end }))
      .sort((a, b) => distance(a) - distance(b))[0] ?? null
  );
}

function speakerQuestion(
  lookup: Lookup,
  statement: Statement,
  shownAs: Shown,
  speakersInText: readonly string[],
): Exercise | null {
  const { documentId, speakerId } = statement;
  const speaker = lookup.actor(speakerId);
  const outletActor = lookup.outletActorId(documentId);
  const options: DraftOption[] = [
    { label: speaker.name, misconception: null, about: { type: 'actor', actorId: speakerId } },
  ];
  const taken = new Set([fold(speaker.name)]);
  const add = (option: DraftOption) => {
    if (taken.has(fold(option.label))) return;
    taken.add(fold(option.label));
    options.push(option);
  };
  if (outletActor !== speakerId)
    add({
      label: lookup.documentLabel(documentId),
      misconception: 'outlet-for-source',
      about: { type: 'outlet', documentId },
    });
  const addressed = statement.addressedToId;
  if (
    addressed &&
    addressed !== speakerId &&
    lookup.corpus.actors.some((a) => a.id === addressed) &&
    addressed !== outletActor
  )
    add({
      label: lookup.actor(addressed).name,
      misconception: 'wrong-speaker',
      about: { type: 'actor', actorId: addressed },
    });
  const otherSpeakers = speakersInText.filter((id) => id !== speakerId && id !== outletActor);
  for (const id of otherSpeakers.slice(0, MAX_OTHER_SPEAKERS))
    add({
      label: lookup.actor(id).name,
      misconception: 'wrong-speaker',
      about: { type: 'actor', actorId: id },
    });
  if (options.length < 2) return null;
  const named = speakerNamed(lookup, statement);
  if (!named) return null;

  const optionNames = options.flatMap((o) => {
    const about = o.about;
    if (about.type === 'actor') {
      const actor = lookup.actor(about.actorId);
      return [actor.name, ...actor.aliases];
    }
    return [o.label, ...(outletActor ? lookup.actor(outletActor).aliases : [])];
  });
  const shown = blankNames(shownAs.words, optionNames);
  const name = lookup.documentName(documentId);
  return buildExercise({
    kind: 'who-said-it',
    key: `speaker:${statement.id}`,
    difficulty: options.length > 2 ? 2 : 1,
    prompt: `In ${name}, who is quoted saying this? ${quoted(shown)}`,
    format: 'single',
    options,
    evidence: [shownAs.evidence],
    reading: {
      documentId,
      about: 'who says it',
      lead: passagesOf(lookup.document(documentId), [statement.quote, named]),
    },
    explanation: `These are the words of ${speaker.name}, quoted by ${name}${outletActor !== speakerId ? ', which carries them but did not say them' : ''}.`,
    subject: { shape: 'speaker', statementId: statement.id },
  });
}

function carrierQuestion(
  lookup: Lookup,
  statement: Statement,
  shownAs: Shown,
  textsWithSpeaker: ReadonlySet<string>,
): Exercise | null {
  const carriers = lookup.documentsQuoting(statement.quote.exact);
  const right = carriers.slice(0, MAX_RIGHT_TEXTS);
  const carrying = new Set(carriers);
  // Other texts quoting the same speaker make the sharper wrong options.
  const others: string[] = [];
  const candidates = function* () {
    yield* textsWithSpeaker;
    for (const document of lookup.corpus.documents) yield document.id;
  };
  for (const id of candidates()) {
    if (others.length >= MAX_OTHER_TEXTS) break;
    if (!carrying.has(id) && !others.includes(id)) others.push(id);
  }
  if (others.length === 0) return null;
  const speaker = lookup.actor(statement.speakerId);
  /** Where a text carries the words, or else the first place it quotes or names the speaker. */
  const read = (id: string): Passage[] => {
    const document = lookup.document(id);
    const at = document.text.indexOf(statement.quote.exact);
    if (at !== -1)
      return passagesOf(document, [{ start: at, end: at + statement.quote.exact.length }]);
    const said = lookup.statementsByDocument(id).find((s) => s.speakerId === statement.speakerId);
    const key =
      said?.quote ??
      [speaker.name, ...speaker.aliases]
        .flatMap((n) => spellingOffsets(document.text, n))
        .sort((a, b) => a.start - b.start)[0];
    return key ? passagesOf(document, [key], { max: SIDE_BY_SIDE }) : [];
  };
  return buildExercise({
    kind: 'who-said-it',
    key: `carrier:${statement.id}`,
    difficulty: 1,
    prompt: `Which ${right.length > 1 ? 'texts carry' : 'text carries'} these words of ${speaker.name}? ${quoted(shownAs.words)}${right.length > 1 ? ` ${CHOOSE_ALL}` : ''}`,
    format: formatFor(right.length),
    options: [
      ...right.map((id) => ({
        label: lookup.documentLabel(id),
        misconception: null,
        about: { type: 'document' as const, documentId: id },
      })),
      ...others.map((id) => ({
        label: lookup.documentLabel(id),
        misconception: 'wrong-outlet' as const,
        about: { type: 'document' as const, documentId: id },
      })),
    ],
    evidence: [shownAs.evidence],
    reading: {
      documentId: null,
      about: speaker.name,
      byOption: [...right, ...others].map(read),
    },
    explanation: `The words are in ${listInWords(right.map((id) => lookup.documentName(id)))}, which ${right.length > 1 ? 'quote' : 'quotes'} them from ${speaker.name}.`,
    subject: { shape: 'carrier', statementId: statement.id },
  });
}

export function whoSaidIt(lookup: Lookup): Exercise[] {
  const speakersOf = groupBy(lookup.corpus.statements, (s) => s.quote.exact);
  const speakersByText = new Map<string, Set<string>>();
  const textsBySpeaker = new Map<string, Set<string>>();
  for (const s of lookup.corpus.statements) {
    speakersByText.set(
      s.documentId,
      (speakersByText.get(s.documentId) ?? new Set()).add(s.speakerId),
    );
    textsBySpeaker.set(
      s.speakerId,
      (textsBySpeaker.get(s.speakerId) ?? new Set()).add(s.documentId),
    );
  }
  return lookup.corpus.statements.flatMap((statement) => {
    // Words a text reports in its own sentence ("Syrian media reported that…") are the text's.
    if (statement.mode !== 'direct') return [];
    const speakers = new Set(speakersOf.get(statement.quote.exact)!.map((s) => s.speakerId));
    if (speakers.size > 1) return [];
    const { quote } = statement;
    const document = lookup.document(statement.documentId);
    const shownAs = {
      words: excerpt(quote.exact),
      evidence: passageEvidence(document, quote.start, quote.end),
    };
    return [
      speakerQuestion(lookup, statement, shownAs, [...speakersByText.get(statement.documentId)!]),
      carrierQuestion(lookup, statement, shownAs, textsBySpeaker.get(statement.speakerId)!),
    ].filter((e): e is Exercise => e !== null);
  });
}
