/**
 * How a name is matched, in one place: a text uses a spelling when it has those exact characters
 * as a word of its own ("IS" in "IS attacked", never inside "ISIS"); two names are the same name
 * when they agree once case, accents and apostrophe style are folded away ("Hassaké" and
 * "hassake"). The integrity rule, the quiz's names page and the briefing all call these.
 */

/** A letter, digit or combining mark: a character that would make a match part of a longer word. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** Whether the code point ending just before `index` continues a word. */
function wordBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether the code point starting at `index` continues a word. */
function wordAfter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/**
 * The offsets where the spelling stands as a word of its own, left to right, not overlapping.
 * A plain search with a look at the characters either side: a regular expression per spelling
 * with Unicode classes costs more to compile than all the searches it would serve (a tenth of
 * the report's run time).
 */
function wordOffsets(text: string, spelling: string, first: boolean): number[] {
  const found: number[] = [];
  if (!spelling) return found;
  let from = 0;
  for (;;) {
    const at = text.indexOf(spelling, from);
    if (at < 0) return found;
    if (!wordBefore(text, at) && !wordAfter(text, at + spelling.length)) {
      found.push(at);
      if (first) return found;
      from = at + spelling.length;
    } else from = at + 1;
  }
}

/** Whether the text uses the spelling as a word (or words) of its own, exactly as written. */
export function usesSpelling(text: string, spelling: string): boolean {
  return wordOffsets(text, spelling, true).length > 0;
}

/** Where the text uses the spelling as a word of its own: the offsets of each use. */
export function spellingOffsets(text: string, spelling: string): { start: number; end: number }[] {
  return wordOffsets(text, spelling, false).map((start) => ({
    start,
    end: start + spelling.length,
  }));
}

const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;
const folded = new Map<string, string>();

/** A name folded for comparison: no case, no accents, one apostrophe, no outer spaces. */
export function foldName(name: string): string {
  // Unicode normalisation is the costliest step of generating exercises, and the same names recur
  // in every one, so non-ASCII names are folded once; the cap keeps a long-lived page from growing.
  if (PLAIN_ASCII.test(name)) return name.toLowerCase().trim();
  let result = folded.get(name);
  if (result === undefined) {
    if (folded.size > 50_000) folded.clear();
    result = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘`]/g, "'")
      .toLowerCase()
      .trim();
    folded.set(name, result);
  }
  return result;
}

/** Whether two names are the same once case, accents and apostrophe style are set aside. */
export const sameName = (a: string, b: string): boolean => foldName(a) === foldName(b);
