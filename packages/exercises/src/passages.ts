/**
 * The passages a reader needs before answering: the sentences that hold what the question asks
 * about, cut at word boundaries where a sentence runs long, so a question can be shown with its
 * texts on a phone. Nothing in them is marked: the evidence, shown after answering, does that.
 */
import type { Document } from '@attribution-lab/corpus/queries';
import type { Passage } from './types.js';

export interface Span {
  start: number;
  end: number;
}

/** A span that must be shown, with what a reader needs to know of it that the words do not say. */
export interface Key extends Span {
  note?: string;
}

/** The longest excerpt, in characters: a sentence or two on a phone screen. */
export const MAX_PASSAGE = 400;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
// Generation reads every passage character by character, so spaces are told by code, not by a pattern.
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u202f';

/** Whether a sentence ends just before position i: a line break, or ".", "!" or "?" (and any closing quotes) before a space. */
function endsBefore(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  if (text[i - 1] === '\n') return true;
  if (!isSpace(text[i])) return false;
  let j = i - 1;
  while (j > 0 && CLOSERS.has(text[j]!)) j--;
  return text[j] === '.' || text[j] === '!' || text[j] === '?';
}

const boundaryCache = new Map<string, Int32Array>();

/**
 * Every position in the text where a sentence ends, in order, found once per text: every kind asks
 * for sentences, many times over, and the texts do not change.
 */
function boundaries(text: string): Int32Array {
  let found = boundaryCache.get(text);
  if (!found) {
    // A long-lived page reading corpora one after another keeps only the latest.
    if (boundaryCache.size > 1_000) boundaryCache.clear();
    const at: number[] = [];
    for (let i = 0; i <= text.length; i++) if (endsBefore(text, i)) at.push(i);
    found = Int32Array.from(at);
    boundaryCache.set(text, found);
  }
  return found;
}

/** Where the first boundary at or after `i` stands in the list (the text's end is always one). */
function firstFrom(all: Int32Array, i: number): number {
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The whole sentences around a span, without the spaces around them. */
export function sentenceBounds(text: string, start: number, end: number): Span {
  const all = boundaries(text);
  const at = firstFrom(all, start);
  let from = all[at] === start ? start : all[at - 1]!;
  while (from < start && isSpace(text[from])) from++;
  // At least one character, so a span that starts a sentence finds that sentence's end.
  let to = all[firstFrom(all, Math.max(end, Math.min(from + 1, text.length)))]!;
  while (to > end && isSpace(text[to - 1])) to--;
  return { start: from, end: to };
}

/** The sentence before the one that starts at `start`, or null at the start of the text. */
export function previousSentence(text: string, start: number): Span | null {
  let at = start;
  while (at > 0 && isSpace(text[at - 1])) at--;
  return at > 0 ? sentenceBounds(text, at - 1, at - 1) : null;
}

/** The sentence after the one that ends at `end`, or null at the end of the text. */
export function nextSentence(text: string, end: number): Span | null {
  let at = end;
  while (at < text.length && isSpace(text[at])) at++;
  return at < text.length ? sentenceBounds(text, at, at) : null;
}

/** A window of at most `max` characters of the sentence, holding the key whole where it fits, cut between words. */
function cutToFit(text: string, sentence: Span, key: Span, max: number): Passage['cut'] & Span {
  if (sentence.end - sentence.start <= max) return { ...sentence, before: false, after: false };
  let from: number;
  let to: number;
  if (key.end - key.start >= max) {
    from = key.start;
    to = key.start + max;
  } else {
    const spare = max - (key.end - key.start);
    from = Math.max(sentence.start, key.start - Math.floor(spare / 2));
    to = Math.min(sentence.end, from + max);
    from = Math.max(sentence.start, to - max);
  }
  if (from > sentence.start) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < Math.min(key.start, to)) from = space + 1;
  }
  if (to < sentence.end) {
    const space = text.lastIndexOf(' ', to);
    if (space > (key.end - key.start >= max ? from : key.end)) to = space;
  }
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  return { start: from, end: to, before: from > sentence.start, after: to < sentence.end };
}

function passage(document: Document, span: Span & Passage['cut'], note?: string): Passage {
  return {
    documentId: document.id,
    start: span.start,
    end: span.end,
    exact: document.text.slice(span.start, span.end),
    cut: { before: span.before, after: span.after },
    ...(note ? { note } : {}),
  };
}

const notesOf = (...notes: (string | undefined)[]) =>
  [...new Set(notes.filter((n): n is string => !!n))].join(' ') || undefined;

/**
 * The excerpts of one text that show these spans: each span's sentence, cut to `max`; sentences
 * that touch or follow on from each other are joined while the whole still fits. In the order of
 * the text.
 */
export function passagesOf(
  document: Document,
  keys: readonly Key[],
  { max = MAX_PASSAGE }: { max?: number } = {},
): Passage[] {
  const { text } = document;
  const pieces = keys
    .map((key) => ({ key, ...cutToFit(text, sentenceBounds(text, key.start, key.end), key, max) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: (Span & Passage['cut'] & { note?: string })[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    const gap = last ? text.slice(last.end, piece.start) : '';
    const follows = last && (piece.start <= last.end || (/^\s*$/.test(gap) && !gap.includes('\n')));
    if (last && follows && Math.max(last.end, piece.end) - last.start <= max) {
      last.after = piece.end > last.end ? piece.after : last.after;
      last.end = Math.max(last.end, piece.end);
      last.note = notesOf(last.note, piece.key.note);
    } else if (last && piece.start < last.end) {
      // Two cuts of one long sentence: a key the first shows adds nothing; another starts where the first stops.
      if (piece.key.end <= last.end) last.note = notesOf(last.note, piece.key.note);
      else joined.push({ ...piece, start: last.end, before: true, note: piece.key.note });
    } else {
      joined.push({ ...piece, note: piece.key.note });
    }
  }
  return joined.map((span) => {
    let { start } = span;
    while (start < span.end && isSpace(text[start])) start++;
    return passage(document, { ...span, start }, span.note);
  });
}

/** Where a text's headline stands: the line its title starts, or else its first line. */
export function headlineSpan(document: Document): Span {
  const title = document.text.indexOf(document.title);
  const start = title !== -1 ? title : document.text.search(/\S/);
  const lineEnd = document.text.indexOf('\n', start);
  const line = document.text.slice(start, lineEnd === -1 ? undefined : lineEnd).trimEnd();
  return { start, end: start + line.length };
}

/** A text's headline, to show which text is meant, with a note of what it does not say. */
export function headline(document: Document, note: string): Passage {
  const line = headlineSpan(document);
  return passage(
    document,
    cutToFit(document.text, line, { start: line.start, end: line.start }, MAX_PASSAGE),
    note,
  );
}

/** Passages that show the same span once, in their first place. */
export function distinctPassages(passages: readonly Passage[]): Passage[] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    const key = `${p.documentId}\u0000${p.start}\u0000${p.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
