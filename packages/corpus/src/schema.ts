/**
 * The corpus contract. Every type the package exports is inferred from these schemas, and the
 * published JSON Schema is generated from them, so this file is the one place a field is defined.
 * Rules that relate records to each other (offsets, references, coverage) live in integrity.ts,
 * because JSON Schema cannot express them.
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug: letters, digits and single hyphens');

/** A calendar date at the precision the source supports: 2022, 2022-01 or 2022-01-22. */
export const PartialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
  );

/** A partial date or an ISO 8601 interval of two partial dates ("2013/2014"). */
export const DateValue = z
  .string()
  .regex(
    /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/,
    'an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or interval (start/end)',
  );

/** Whether the text itself says a thing, or it follows from cues or outside knowledge. */
export const Basis = z.enum(['stated', 'inferred', 'unknown']);

export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code');

export const Span = z.strictObject({
  exact: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const Outlet = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum([
    'broadcaster',
    'news-site',
    'analysis-platform',
    'news-agency',
    'newspaper',
    'other',
  ]),
  language: LanguageCode,
  country: z.string().nullable(),
  description: z.string().min(1),
});

export const ActorKind = z.enum([
  'person',
  'armed-group',
  'organisation',
  'government',
  'media',
  'unnamed-source',
  'place',
  'facility',
]);

export const Actor = z.strictObject({
  id,
  name: z.string().min(1),
  kind: ActorKind,
  /** Every spelling the texts use for this actor, each found verbatim in at least one text. */
  aliases: z.array(z.string().min(1)),
  description: z.string().min(1),
});

export const Topic = z.strictObject({
  id,
  label: z.string().min(1),
  /** The measure as a noun phrase that fits "…reported ___": "the number of detainees in the prison". */
  phrase: z.string().min(1),
  kind: z.enum(['count', 'date', 'duration', 'ordinal']),
  unit: z.string().min(1),
  /** Whether the figure is about the January 2022 prison attack or background to it. */
  scope: z.enum(['event', 'background']),
  description: z.string().min(1),
});

export const Dated = z.strictObject({
  date: PartialDate,
  basis: Basis,
  evidence: z.string().min(1),
});

export const Document = z.strictObject({
  id,
  sourceFile: z.string().regex(/^[\w.-]+\.txt$/, 'a .txt file name'),
  title: z.string().min(1),
  text: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
  outlet: z.strictObject({
    outletId: id.nullable(),
    basis: Basis,
    evidence: z.string().min(1),
    /** How to name the source when no outlet is known: "an unnamed French-language outlet". */
    description: z.string().min(1),
  }),
  published: Dated,
  /** The date the content speaks as of, where it differs from the publication date. */
  contentAsOf: Dated.nullable(),
  language: LanguageCode,
  originalLanguage: z.strictObject({
    language: LanguageCode,
    basis: Basis,
    evidence: z.string().min(1),
  }),
  translation: z.enum(['original', 'machine', 'human', 'unknown']),
  /** Whether the kind of translation is stated or inferred, and from what. */
  translationEvidence: z.strictObject({ basis: Basis, evidence: z.string().min(1) }),
  copy: z.strictObject({
    url: z.string().nullable(),
    site: z.string().nullable(),
    kind: z.enum(['original', 'republication', 'aggregator', 'paste', 'not-located']),
    evidence: z.string().min(1),
  }),
  author: z.strictObject({
    name: z.string().nullable(),
    basis: Basis,
  }),
  genre: z.enum(['news', 'interview', 'analysis', 'statement-report']),
});

export const Qualifier = z.enum([
  'none',
  'around',
  'about',
  'at least',
  'almost',
  'nearly',
  'more than',
  'over',
  'some',
  'a total of',
]);

export const DatePart = z.enum(['year', 'month', 'day']);

export const Claim = z.strictObject({
  id,
  documentId: id,
  topicId: id,
  /** The shortest clause or sentence that holds the figure; equals text.slice(start, end). */
  quote: Span,
  /** The numeral itself as the text writes it. */
  numeral: z.strictObject({
    asWritten: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  }),
  /** A number for counts, an ISO date or interval for dates, null for vague words ("dozens"). */
  value: z.union([z.number(), DateValue, z.null()]),
  /** Parts of a date value the text does not give, supplied from context and labelled as such. */
  inferred: z
    .strictObject({
      parts: z.array(DatePart).min(1),
      evidence: z.string().min(1),
    })
    .nullable(),
  qualifier: Qualifier,
  attribution: z.strictObject({
    /** Who the text says the figure came from; null when the text states it in its own voice. */
    actorId: id.nullable(),
    basis: z.enum(['explicit', 'implied']),
    /** The words that attribute it ("according to", "said in a statement"), or why it is implied. */
    cue: z.string().min(1),
  }),
  asOf: Dated,
  flagIds: z.array(id),
  note: z.string().nullable(),
});

export const Statement = z.strictObject({
  id,
  documentId: id,
  speakerId: id,
  quote: Span,
  mode: z.enum(['direct', 'reported']),
  /** The outlet or actor the speaker addressed, where the text says (an interviewer, a statement). */
  addressedToId: id.nullable(),
});

export const FlagKind = z.enum([
  'factual-error',
  'internal-inconsistency',
  'translation-artefact',
  'untranslated-text',
  'unverifiable',
  'other-event',
]);

export const Flag = z.strictObject({
  id,
  documentId: id,
  kind: FlagKind,
  quote: Span,
  /** What the source says, in its own terms. */
  says: z.string().min(1),
  /** Why a careful reader should notice it. The source text is never corrected. */
  why: z.string().min(1),
  claimIds: z.array(id),
});

export const NonClaimReason = z.enum([
  'idiom',
  'repeated-header',
  'publication-metadata',
  'file-name',
  'photo-caption',
  'not-a-figure',
]);

/** A numeral deliberately not treated as a figure, with the reason. */
export const NonClaim = z.strictObject({
  id,
  documentId: id,
  quote: Span,
  reason: NonClaimReason,
  note: z.string().min(1),
});

export const Corpus = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version'),
  /** The day this version of the data was released: what a reproducible export is dated by default. */
  released: PartialDate,
  title: z.string().min(1),
  event: z.strictObject({
    name: z.string().min(1),
    place: z.string().min(1),
    began: PartialDate,
    description: z.string().min(1),
  }),
  documents: z.array(Document),
  outlets: z.array(Outlet),
  actors: z.array(Actor),
  topics: z.array(Topic),
  claims: z.array(Claim),
  statements: z.array(Statement),
  flags: z.array(Flag),
  nonClaims: z.array(NonClaim),
});

export type PartialDate = z.infer<typeof PartialDate>;
export type Basis = z.infer<typeof Basis>;
export type Span = z.infer<typeof Span>;
export type Outlet = z.infer<typeof Outlet>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Actor = z.infer<typeof Actor>;
export type Topic = z.infer<typeof Topic>;
export type Document = z.infer<typeof Document>;
export type Qualifier = z.infer<typeof Qualifier>;
export type DatePart = z.infer<typeof DatePart>;
export type Claim = z.infer<typeof Claim>;
export type Statement = z.infer<typeof Statement>;
export type FlagKind = z.infer<typeof FlagKind>;
export type Flag = z.infer<typeof Flag>;
export type NonClaimReason = z.infer<typeof NonClaimReason>;
export type NonClaim = z.infer<typeof NonClaim>;
export type Corpus = z.infer<typeof Corpus>;
