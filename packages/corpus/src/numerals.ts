/**
 * What counts as a numeral in a text, and what a numeral as written means. The coverage rule uses
 * findNumerals to prove that no figure in a text escaped annotation; the value rule uses
 * parseNumeral to prove that every claim's value is what its words say.
 *
 * The document's language decides the separators, number words, dates and ranges (one file per
 * language in numerals/); digits in the Arabic scripts are read in every language. Everything is
 * written by hand rather than with Intl.NumberFormat, whose data differs between Node and browsers.
 */
import { german } from './numerals/de.js';
import { english } from './numerals/en.js';
import { spanish } from './numerals/es.js';
import { french } from './numerals/fr.js';
import type { NumeralLanguage } from './numerals/language.js';

export interface NumeralToken {
  text: string;
  start: number;
  end: number;
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export type ParsedNumeral =
  | { kind: 'number'; value: number }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'vague' }
  | { kind: 'date'; from: DateParts; to?: DateParts };

const LANGUAGES = [english, french, german, spanish];

/** The languages whose numerals are understood; a text in any other language is read as English. */
export const NUMERAL_LANGUAGES: readonly string[] = LANGUAGES.map((l) => l.code);

/**
 * ASCII, Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits, one script to
 * a numeral. Each is its own alternative: one class for all three makes the scan twice as slow.
 */
const DIGIT_SCRIPTS = ['\\d', '[\\u0660-\\u0669]', '[\\u06f0-\\u06f9]'];
/** The Arabic thousands and decimal separators, read in every language as the digits are. */
const ARABIC_GROUP = '\u066c';
const ARABIC_DECIMAL = '\u066b';
/** Latin letters and combining marks: what may not follow a number word for it to end there. */
const LATIN_LETTER =
  '[a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff]';
const LETTER = /[\p{L}\p{M}]/u;
const STARTS_WITH_DIGIT = /^[\d\u0660-\u0669\u06f0-\u06f9]/;

interface Grammar extends NumeralLanguage {
  /** A whole number in digits; group 1 the integer, 2 its group mark, 3 the decimals. */
  digits: RegExp;
  /** Candidates for findNumerals: a run of digits, or number words, hyphenated. */
  candidates: RegExp;
  dateForms: RegExp[];
  vagueWords: ReadonlySet<string>;
}

const charClass = (marks: readonly string[]) =>
  `[${marks.map((m) => m.replace(/[\\\]^-]/g, '\\$&')).join('')}]`;

function compile(language: NumeralLanguage): Grammar {
  const group = charClass([...language.groupMarks, ARABIC_GROUP]);
  const decimal = charClass([language.decimalMark, ARABIC_DECIMAL]);
  const ordinal = language.ordinalSuffix ? `(?:${language.ordinalSuffix})?` : '';
  const vagueWords = new Set([
    ...language.vague,
    ...language.vague.map((v) => v.split(' ').at(-1)!),
  ]);
  return {
    ...language,
    // A grouping is in threes with one mark throughout: "1,500,000", never "1,5" or "1,50,000".
    digits: new RegExp(
      `^(\\d{1,3}(?:(${group})\\d{3})(?:\\2\\d{3})*|\\d+)(?:${decimal}(\\d+))?${ordinal}$`,
    ),
    candidates: candidatesPattern(language, vagueWords, ordinal),
    dateForms: [
      ...language.dates.map((form) => datePattern(form, language)),
      /^(?<year>(?:19|20)\d{2})$/, // a bare year: four digits from 1900 to 2099, no separator
    ],
    vagueWords,
  };
}

/**
 * A run of digits with any separators between them, or a chain of the language's number words.
 * Without the u flag, whose case folding makes the scan several times slower, \b knows only ASCII
 * letters: it finds where a number word starts because each starts with one, and findNumerals
 * drops a match with another letter beside it ("cent" in "décent").
 */
function candidatesPattern(
  language: NumeralLanguage,
  vagueWords: ReadonlySet<string>,
  ordinal: string,
): RegExp {
  const digits = DIGIT_SCRIPTS.map((d) => {
    const run = `${d}+(?:[.,:/\\-${ARABIC_GROUP}${ARABIC_DECIMAL}]${d}+)*${ordinal}`;
    // A French "1 500" is one numeral, but "en 2022 500 morts" holds two.
    const spaced = `${d}{1,3}(?:[ \\u00a0\\u202f]${d}{3}(?!${d}))+(?:[.,]${d}+)?`;
    return language.groupMarks.includes(' ') ? `${spaced}|${run}` : run;
  });
  const word = `(?:${vocabulary(language, vagueWords).join('|')})+`;
  // No capturing group: around the digits it makes the scan twice as slow.
  return new RegExp(
    `${digits.join('|')}|\\b${word}(?:[-\\u2010]${word})*(?!${LATIN_LETTER})`,
    'gi',
  );
}

/**
 * Every word a numeral of the language is made of, longest first, also in decomposed Unicode so
 * that an accented word is found however the text encodes it. Only these words are candidates,
 * which keeps findNumerals a single pass over the text; of a vague phrase only its last word is
 * one, so that "of" and "des" are not.
 */
function vocabulary(language: NumeralLanguage, vagueWords: ReadonlySet<string>): string[] {
  const words = [
    ...[...language.numbers.keys()].flatMap((number) => number.split(' ')),
    ...language.scales.keys(),
    ...language.ordinals.keys(),
    ...[...vagueWords].filter((vague) => !vague.includes(' ')),
  ];
  const spellings = new Set(words.flatMap((word) => [word, word.normalize('NFD')]));
  return [...spellings].sort((a, b) => b.length - a.length);
}

function datePattern(form: string, language: NumeralLanguage): RegExp {
  const day = (name: string) => `(?<${name}>\\d{1,2})${language.daySuffix}`;
  const source = form
    .replace('{month}', `(?<month>${language.months.join('|')})`)
    .replace('{day}', day('day'))
    .replace('{until}', day('until'))
    .replace('{dd}', '(?<day>\\d{2})')
    .replace('{mm}', '(?<mm>\\d{2})')
    .replace('{year}', '(?<year>\\d{4})');
  return new RegExp(`^${source}$`, 'u');
}

const GRAMMARS = new Map(LANGUAGES.map((l) => [l.code, compile(l)]));
const grammarOf = (language: string) => GRAMMARS.get(language) ?? GRAMMARS.get('en')!;

/**
 * Every numeral in a text, in order of appearance: digits in any script, and the number words of
 * the text's language, a hyphenated number ("Twenty-five") as one numeral.
 */
export function findNumerals(text: string, language = 'en'): NumeralToken[] {
  const grammar = grammarOf(language);
  return [...text.matchAll(grammar.candidates)].flatMap((m) => {
    if (STARTS_WITH_DIGIT.test(m[0])) return [token(m[0], m.index)];
    const alone =
      !LETTER.test(text[m.index - 1] ?? '') && !LETTER.test(text[m.index + m[0].length] ?? '');
    return alone ? numberWords(m[0], m.index, grammar) : [];
  });
}

const token = (text: string, start: number): NumeralToken => ({
  text,
  start,
  end: start + text.length,
});

/** The numerals in a word or hyphenated words: all of "vingt-cinq", "twenty" of "twenty-year-old". */
function numberWords(words: string, start: number, grammar: Grammar): NumeralToken[] {
  if (isNumberWord(words, grammar)) return [token(words, start)];
  if (!/[-\u2010]/.test(words)) return [];
  return [...words.matchAll(/[\p{L}\p{M}]+/gu)]
    .filter((w) => isNumberWord(w[0], grammar))
    .map((w) => token(w[0], start + w.index));
}

/** Any word the parser reads as a number, a scale or a vague quantity, except the articles. */
function isNumberWord(word: string, grammar: Grammar): boolean {
  const lower = word.toLowerCase().normalize('NFC');
  if (grammar.unreported.includes(lower)) return false;
  return (
    grammar.numbers.has(lower) ||
    grammar.scales.has(lower) ||
    grammar.vagueWords.has(lower) ||
    numberValue(lower, grammar) !== null
  );
}

/**
 * The meaning of a numeral as written: "3,500" is 3500, "six" is 6, "4th" is 4, "2.5 million" is
 * 2500000, "between 70 and 80" is a range, "January 20, 2022" is a date, "dozens" commits to no
 * number. Returns null for forms it does not know instead of guessing. A bare four-digit year is
 * read as a date; pass `as: 'number'` to read it as a count. The language (ISO 639-1, English by
 * default) decides the separators and words: "1.500" is 1.5 in English and 1500 in German.
 */
export function parseNumeral(
  asWritten: string,
  { as = 'date', language = 'en' }: { as?: 'date' | 'number'; language?: string } = {},
): ParsedNumeral | null {
  const grammar = grammarOf(language);
  const written = asciiDigits(asWritten.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFC'));
  if (grammar.vagueWords.has(written)) return { kind: 'vague' };
  const date = as === 'date' ? dateOf(written, grammar) : null;
  if (date) return date;
  const value = numberValue(written, grammar);
  return value === null ? rangeOf(written, grammar) : { kind: 'number', value };
}

const asciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) =>
    String(d.charCodeAt(0) - (d >= '\u06f0' ? 0x06f0 : 0x0660)),
  );

function dateOf(written: string, grammar: Grammar): ParsedNumeral | null {
  for (const form of grammar.dateForms) {
    const parts = form.exec(written)?.groups;
    if (parts) return dateFrom(parts, grammar);
  }
  return yearSpan(written, grammar);
}

function dateFrom(
  { year, month, mm, day, until }: Record<string, string | undefined>,
  grammar: Grammar,
): ParsedNumeral {
  const from: DateParts = {
    ...(year ? { year: +year } : {}),
    ...(month ? { month: grammar.months.indexOf(month) + 1 } : mm ? { month: +mm } : {}),
    ...(day ? { day: +day } : {}),
  };
  return until ? { kind: 'date', from, to: { ...from, day: +until } } : { kind: 'date', from };
}

/** "2013-2014", "from 2013 to 2014": a range whose ends are years, read as a date. */
function yearSpan(written: string, grammar: Grammar): ParsedNumeral | null {
  for (const [low, high] of rangeEnds(written, grammar)) {
    if (/^\d{4}$/.test(low) && /^\d{4}$/.test(high) && +low < +high)
      return { kind: 'date', from: { year: +low }, to: { year: +high } };
  }
  return null;
}

/** One number in digits or words: "3,500", "4th", "third", "Twenty-five", "2.5 million". */
function numberValue(written: string, grammar: Grammar): number | null {
  return (
    termValue(written, grammar) ??
    grammar.ordinals.get(written) ??
    wordsValue(wordsOf(written, grammar), grammar)
  );
}

/** The words of a lower-cased numeral, hyphens between letters read as spaces. */
function wordsOf(written: string, grammar: Grammar): string[] {
  const spaced = written.replace(/(?<=\p{L})[-\u2010](?=\p{L})/gu, ' ');
  return (grammar.splitCompound?.(spaced) ?? spaced).split(' ').filter(Boolean);
}

/**
 * The value of words with scale words among them ("two hundred and five thousand"): the largest
 * scale multiplies what comes before it and adds what comes after, each read the same way with
 * only smaller scales. Without a scale word, the words are one number in digits or in words.
 */
function wordsValue(
  words: readonly string[],
  grammar: Grammar,
  belowPower = Infinity,
): number | null {
  const at = largestScale(words, grammar, belowPower);
  if (at < 0) return termValue(words.join(' '), grammar);
  const scale = words[at]!;
  const power = grammar.scales.get(scale)!;
  const left = multiplier(words.slice(0, at), scale, power, grammar);
  const right = remainder(words.slice(at + 1), power, grammar);
  // Through the decimal text, so that 4.35 million is 4350000 and not 4350000.000000001.
  return left === null || right === null ? null : Number(`${left}e${power}`) + right;
}

function largestScale(words: readonly string[], grammar: Grammar, belowPower: number): number {
  let at = -1;
  let largest = -1;
  words.forEach((word, i) => {
    const power = grammar.scales.get(word) ?? -1;
    if (power > largest && power < belowPower) [at, largest] = [i, power];
  });
  return at;
}

/** What a scale word multiplies: "two" in "two million", "2.5" in "2.5 million", "a" in "a hundred". */
function multiplier(
  words: string[],
  scale: string,
  power: number,
  grammar: Grammar,
): number | null {
  if (words.length === 0) return grammar.scalesAlone.includes(scale) ? 1 : null;
  if (words.length === 1 && words[0] === grammar.scaleOne) return 1;
  const value = wordsValue(words, grammar, power);
  return value !== null && value > 0 ? value : null;
}

/** What a scale word adds after it, less than the scale: "five" in "one hundred and five". */
function remainder(words: string[], power: number, grammar: Grammar): number | null {
  const rest = words.length > 1 && words[0] === grammar.scaleJoiner ? words.slice(1) : words;
  if (rest.length === 0) return 0;
  const value = wordsValue(rest, grammar, power);
  return value !== null && value > 0 && value < 10 ** power ? value : null;
}

function termValue(term: string, grammar: Grammar): number | null {
  const m = grammar.digits.exec(term);
  if (!m) return grammar.numbers.get(term) ?? null;
  const whole = m[2] ? m[1]!.split(m[2]).join('') : m[1]!;
  return Number(m[3] ? `${whole}.${m[3]}` : whole);
}

function rangeOf(written: string, grammar: Grammar): ParsedNumeral | null {
  for (const [lowEnd, highEnd] of rangeEnds(written, grammar)) {
    const high = numberValue(highEnd, grammar);
    const low = lowValue(lowEnd, highEnd, grammar);
    if (low !== null && high !== null && low < high) return { kind: 'range', low, high };
  }
  return null;
}

/** Every way to cut a numeral into the two ends of a range, by the language's words or a dash. */
function* rangeEnds(written: string, grammar: Grammar): Generator<[string, string]> {
  for (const [opening, joiner] of [...grammar.ranges, ['', '-'], ['', '–']] as const) {
    if (!written.startsWith(opening)) continue;
    const ends = written.slice(opening.length);
    for (let at = ends.indexOf(joiner); at > 0; at = ends.indexOf(joiner, at + 1))
      yield [ends.slice(0, at).trim(), ends.slice(at + joiner.length).trim()];
  }
}

/**
 * "2 to 3 million" runs from 2 million: a low end below a thousand with no scale word of its own
 * takes the high end's. "500 to 3 million" then reads as 500 million and is refused, not guessed.
 */
function lowValue(lowEnd: string, highEnd: string, grammar: Grammar): number | null {
  const low = numberValue(lowEnd, grammar);
  const scale = wordsOf(highEnd, grammar).at(-1)!;
  const ownScale = wordsOf(lowEnd, grammar).some((word) => grammar.scales.has(word));
  if (low === null || low >= 1000 || ownScale || !grammar.scales.has(scale)) return low;
  return numberValue(`${lowEnd} ${scale}`, grammar);
}

/** The parts of an ISO partial date ("2022-01" → { year: 2022, month: 1 }). */
export function datePartsOf(iso: string): DateParts {
  const [year, month, day] = iso.split('-').map(Number);
  return {
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}
