/** Words for the corpus's codes, as a student reads them. */
import type { Document } from '@attribution-lab/corpus/queries';

const LANGUAGES: Record<string, string> = {
  en: 'English',
  ar: 'Arabic',
  fr: 'French',
  de: 'German',
  ku: 'Kurdish',
  tr: 'Turkish',
};

export const languageName = (code: string): string => LANGUAGES[code] ?? code;

const TRANSLATIONS: Record<Document['translation'], string> = {
  original: 'Original, not translated',
  machine: 'Machine-translated',
  human: 'Translated by a person',
  unknown: 'Translated, by whom unknown',
};

export const translationLabel = (t: Document['translation']): string => TRANSLATIONS[t];

const COPY_KINDS: Record<Document['copy']['kind'], string> = {
  original: 'the original publication',
  republication: 'a republication',
  aggregator: 'a news aggregator',
  paste: 'a pasted copy',
  'not-located': 'not located online',
};

export const copyKindLabel = (k: Document['copy']['kind']): string => COPY_KINDS[k];

export const BASIS_HELP = {
  stated: 'the text says so',
  inferred: 'worked out from clues, not said in the text',
  unknown: 'not known',
} as const;

const FLAG_KINDS: Record<string, string> = {
  'factual-error': 'Factual error in the source',
  'internal-inconsistency': 'The source contradicts itself',
  'translation-artefact': 'Translation slip',
  'untranslated-text': 'Untranslated words',
  unverifiable: 'Cannot be checked',
  'other-event': 'About a different event',
};

export const flagKindLabel = (kind: string): string => FLAG_KINDS[kind] ?? kind;

const NON_CLAIM_REASONS: Record<string, string> = {
  idiom: 'part of a phrase, not a quantity',
  'repeated-header': 'a repeated heading',
  'publication-metadata': 'publication details',
  'file-name': 'part of a file name',
  'photo-caption': 'a photo caption',
  'not-a-figure': 'not a figure',
};

export const nonClaimReasonLabel = (reason: string): string => NON_CLAIM_REASONS[reason] ?? reason;
