/**
 * What the numeral parser must know about a language to read its numerals. Each language file
 * says it as plain data; numerals.ts does the reading, the same way for every language.
 */
export interface NumeralLanguage {
  /** ISO 639-1 code, as a document's `language` gives it. */
  code: string;
  /** Marks that group digits in threes ("1,500"). */
  groupMarks: readonly string[];
  /** The mark before decimals ("4.2"). */
  decimalMark: string;
  /** What may follow digits to make an ordinal ("4th"), as a regular expression, or ''. */
  ordinalSuffix: string;
  /**
   * Every spelling of the numbers the language writes without a scale word, in lower case, with
   * hyphens written as single spaces: "twenty five", "soixante et onze", "fünfundzwanzig". Each
   * word, like every word below, starts with an ASCII letter, where findNumerals looks for it.
   */
  numbers: ReadonlyMap<string, number>;
  /** Words that multiply what comes before them, with the power of ten each stands for. */
  scales: ReadonlyMap<string, number>;
  /** Scale words that stand for one of themselves with nothing before them ("mille"). */
  scalesAlone: readonly string[];
  /** A word that means one only before a scale word ("a hundred"). */
  scaleOne?: string;
  /** A word that may join a scale word to what follows it ("one hundred and five"). */
  scaleJoiner?: string;
  /** Splits a number the language writes as one word into the words above ("zweihundert"). */
  splitCompound?: (word: string) => string;
  /** Ordinals written as words, with their value. */
  ordinals: ReadonlyMap<string, number>;
  /** Phrases that name a quantity without committing to one ("dozens", "des centaines"). */
  vague: readonly string[];
  /** Number words that running text uses far more often as something else (articles). */
  unreported: readonly string[];
  /** Month names in lower case, January first. */
  months: readonly string[];
  /** What may follow the digits of a day of the month ("20th", "1er", "22."). */
  daySuffix: string;
  /**
   * The ways the language writes a date, as regular expressions over the lower-cased numeral,
   * with {day}, {until} (the last day of a span), {month}, {dd} and {mm} (two digits), {year}.
   */
  dates: readonly string[];
  /** How the language writes a range of numbers: the word that opens it and the one between. */
  ranges: readonly (readonly [opening: string, joiner: string])[];
}
