/**
 * How a name is matched, in one place: a text uses a spelling when it has those exact characters
 * as a word of its own ("IS" in "IS attacked", never inside "ISIS"); two names are the same name
 * when they agree once case, accents and apostrophe style are folded away ("Hassaké" and
 * "hassake"). The integrity rule, the quiz's names page and the briefing all call these.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

function wordPattern(spelling: string): RegExp {
  let pattern = patterns.get(spelling);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}\\p{M}])${escape(spelling)}(?![\\p{L}\\p{N}\\p{M}])`,
      'gu',
    );
    patterns.set(spelling, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Whether the text uses the spelling as a word (or words) of its own, exactly as written. */
export function usesSpelling(text: string, spelling: string): boolean {
  // The plain search first spares the pattern for the many spellings a text never contains.
  return text.includes(spelling) && wordPattern(spelling).test(text);
}

/** Where the text uses the spelling as a word of its own: the offsets of each use. */
export function spellingOffsets(text: string, spelling: string): { start: number; end: number }[] {
  if (!text.includes(spelling)) return [];
  return [...text.matchAll(wordPattern(spelling))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
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
