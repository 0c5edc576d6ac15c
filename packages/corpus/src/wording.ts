/**
 * How the corpus's codes and figures are worded for a reader, in one place: the quiz, the
 * exercises, the briefing and the worksheet all print through here, so a flag, a basis or a hedged
 * figure reads the same everywhere. Browser-safe. Numbers and dates themselves are in format.ts.
 */
import { formatNumber, formatValue } from './format.js';
import { english } from './numerals/en.js';
import type {
  Basis,
  Claim,
  CopyKind,
  FlagKind,
  NonClaimReason,
  OverTime,
  Qualifier,
  ReportingCueKind,
  TranslationKind,
} from './schema.js';

const SMALL_COUNTS = [
  'no',
  ...Array.from(
    { length: 10 },
    (_, i) => [...english.numbers].find(([, value]) => value === i + 1)![0],
  ),
];

/** A small count in words, as a sentence would write it ("five texts"); larger ones in digits. */
export const countInWords = (n: number): string => SMALL_COUNTS[n] ?? formatNumber(n);

/** A count with its noun, singular for one: "1 topic", "3 figures", "1,200 people". */
export const countOf = (n: number, noun: string, plural = `${noun}s`): string =>
  `${formatNumber(n)} ${n === 1 ? noun : plural}`;

/**
 * A number with a topic's unit, which the corpus writes in the plural: "6 weeks", "1 firefighter",
 * "1 year of age" (only the first word carries the plural), "1 person".
 */
export function withUnit(n: number, unit: string): string {
  const words = unit.split(' ');
  if (n === 1) words[0] = words[0] === 'people' ? 'person' : words[0]!.replace(/s$/, '');
  return `${formatNumber(n)} ${words.join(' ')}`;
}

/** The text with its first letter in capitals, to start a sentence or a label. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const LANGUAGES: Record<string, string> = {
  ar: 'Arabic',
  de: 'German',
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  ku: 'Kurdish',
  tr: 'Turkish',
};

/** The language's English name where known, else its ISO 639 code. */
export const languageName = (code: string): string => LANGUAGES[code] ?? code;

/** How sure the corpus is of a fact, as a label beside it. */
export const BASIS_WORDS: Record<Basis, string> = {
  stated: 'stated in the text',
  inferred: 'inferred',
  unknown: 'not known',
};

/** What each basis means, for a reader meeting the labels for the first time. */
export const BASIS_MEANINGS: Record<Basis, string> = {
  stated: 'the text says so',
  inferred: 'worked out from clues, not said in the text',
  unknown: 'not known',
};

export const TRANSLATION_WORDS: Record<TranslationKind, string> = {
  original: 'not a translation',
  machine: 'machine-translated',
  human: 'translated by a person',
  unknown: 'translated, by whom not known',
};

export const COPY_KIND_WORDS: Record<CopyKind, string> = {
  original: 'the original publication',
  republication: 'a republication',
  aggregator: 'a news aggregator',
  paste: 'a paste site',
  'not-located': 'no copy located online',
};

export const FLAG_KIND_WORDS: Record<FlagKind, string> = {
  'factual-error': 'Factual error',
  'internal-inconsistency': 'The text contradicts itself',
  'translation-artefact': 'Translation slip',
  'untranslated-text': 'Untranslated words',
  unverifiable: 'Cannot be checked',
  'other-event': 'About another event',
};

export const NON_CLAIM_REASON_WORDS: Record<NonClaimReason, string> = {
  idiom: 'part of a phrase, not a quantity',
  'repeated-header': 'a repeated heading',
  'publication-metadata': 'publication details',
  'file-name': 'part of a file name',
  'photo-caption': 'a photo caption',
  'not-a-figure': 'not a figure',
};

export const REPORTING_CUE_WORDS: Record<ReportingCueKind, string> = {
  hedge: 'the text distances itself from the figure',
  'unnamed-source': 'the text credits sources it does not name',
  unverifiable: 'the text says the figure cannot be checked',
};

export const OVER_TIME_WORDS: Record<OverTime, string> = {
  'running-count': 'a running count: later reports supersede earlier ones',
  estimate: 'estimates of one quantity: reports compete, whatever their date',
  date: 'a date',
  duration: 'a duration',
};

/** What a qualified figure commits the text to. */
export type QualifierMeaning = 'exact' | 'approximate' | 'at-least' | 'more-than' | 'just-under';

export const QUALIFIER_MEANINGS: Record<Qualifier, QualifierMeaning> = {
  none: 'exact',
  'a total of': 'exact',
  around: 'approximate',
  about: 'approximate',
  some: 'approximate',
  'at least': 'at-least',
  'more than': 'more-than',
  over: 'more-than',
  almost: 'just-under',
  nearly: 'just-under',
};

/** Words for a figure with the hedge put before them: "around" and "3,500" give "around 3,500". */
export const withQualifier = (qualifier: Qualifier, words: string): string =>
  qualifier === 'none' ? words : `${qualifier} ${words}`;

/** A figure as the text words it, with its hedge: "around 3,500", "at least six", "dozens". */
export const reportedAs = (claim: {
  qualifier: Qualifier;
  numeral: { asWritten: string };
}): string => withQualifier(claim.qualifier, claim.numeral.asWritten);

/** A claim's value in words, or what it means when there is none ("no number given"). */
export const valueInWords = (value: Claim['value']): string =>
  value === null ? 'no number given' : formatValue(value);
