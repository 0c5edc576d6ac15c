/**
 * The corpus contract. Every type the package exports is inferred from these schemas, and the
 * published JSON Schema, the CSV column descriptions and the README's field tables are generated
 * from their descriptions, so this file is the one place a field is defined and explained.
 * Rules that relate records to each other (offsets, references, coverage) live in integrity.ts,
 * because JSON Schema cannot express them.
 */
import { z } from 'zod';

/** A schema with the description every generated document (JSON Schema, CSV, README) shows. */
const described = <T extends z.ZodType>(schema: T, description: string): T =>
  schema.meta({ description });

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug: letters, digits and single hyphens');
const ref = (what: string) => described(id, what);

/** A calendar date at the precision the source supports: 2022, 2022-01 or 2022-01-22. */
export const PartialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'a valid ISO date: YYYY, YYYY-MM or YYYY-MM-DD (months 01 to 12, days 01 to 31)',
  );

/** A partial date or an ISO 8601 interval of two partial dates ("2013/2014"). */
export const DateValue = z
  .string()
  .regex(
    /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/,
    'an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or interval (start/end)',
  );

/** A numeric range the text gives as two numbers ("between 70 and 80", "70-80"). */
export const NumberRange = z.strictObject({
  low: described(z.number(), 'The lower end of the range'),
  high: described(z.number(), 'The upper end of the range'),
});

export const Basis = described(
  z.enum(['stated', 'inferred', 'unknown']),
  'stated: the text itself says it; inferred: it follows from cues in the text or from where the copy was found (the evidence says which); unknown',
);

export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code');

export const Span = z.strictObject({
  exact: described(z.string().min(1), 'The words exactly as in the text'),
  start: described(
    z.number().int().nonnegative(),
    'Offset of the first character in the document text (UTF-16 code units, as JavaScript counts)',
  ),
  end: described(z.number().int().positive(), 'Offset just past the last character'),
});

export const OutletKind = z.enum([
  'broadcaster',
  'news-site',
  'analysis-platform',
  'news-agency',
  'newspaper',
  'other',
]);

export const Outlet = z.strictObject({
  id: ref('Readable identifier of the outlet'),
  name: described(z.string().min(1), 'The outlet’s name'),
  kind: described(OutletKind, 'What kind of outlet it is'),
  language: described(LanguageCode, 'Main language of the outlet (ISO 639)'),
  country: described(z.string().nullable(), 'Country it is based in, or null when not known'),
  description: described(z.string().min(1), 'Short description'),
  actorId: described(
    id.nullable(),
    'The actor record for this outlet when the texts also name it as a speaker, interviewer or source; null otherwise',
  ),
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
  id: ref('Readable identifier of the actor'),
  name: described(z.string().min(1), 'Canonical English name'),
  kind: described(ActorKind, 'What kind of actor it is'),
  aliases: described(
    z.array(z.string().min(1)),
    'Every spelling the texts use for this actor, each found verbatim, as a word of its own, in at least one text',
  ),
  description: described(z.string().min(1), 'Role or description, from the texts'),
});

export const TopicKind = z.enum(['count', 'date', 'duration', 'ordinal']);

/** How a topic's figures relate to each other over time: what "the latest figure" means. */
export const OverTime = z.enum(['running-count', 'estimate', 'date', 'duration']);

export const Topic = z.strictObject({
  id: ref('Readable identifier of the topic'),
  label: described(z.string().min(1), 'Short label'),
  phrase: described(
    z.string().min(1),
    'The measure as a noun phrase that fits "…reported ___": "the number of detainees in the prison"',
  ),
  kind: described(TopicKind, 'What kind of value the figures are'),
  overTime: described(
    OverTime,
    'How the figures behave over time. running-count: a count that grows while the event goes on, so a later report supersedes an earlier one (deaths, recaptured); estimate: reports are competing estimates of one quantity, whatever their date (the prison’s population); date: when something happened; duration: how long something lasted',
  ),
  unit: described(z.string().min(1), 'Unit of the value'),
  scope: described(
    z.enum(['event', 'background']),
    'event: about the event the corpus documents; background: context, such as an earlier event',
  ),
  headline: described(
    z.boolean().default(false),
    'Whether the topic is one of the event’s main measures (detainees, deaths, escapes…), which a briefing shows first, in corpus order',
  ),
  description: described(z.string().min(1), 'What is measured'),
});

export const Dated = z.strictObject({
  date: described(PartialDate, 'ISO date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD'),
  basis: Basis,
  evidence: described(z.string().min(1), 'The cues the date rests on'),
});

export const TranslationKind = z.enum(['original', 'machine', 'human', 'unknown']);
export const CopyKind = z.enum(['original', 'republication', 'aggregator', 'paste', 'not-located']);
export const Genre = z.enum(['news', 'interview', 'analysis', 'statement-report']);

export const Document = z.strictObject({
  id: ref('Readable identifier of the document'),
  sourceFile: described(
    z.string().regex(/^[\w.-]+\.txt$/, 'a .txt file name'),
    'Name of the source text file',
  ),
  title: described(z.string().min(1), 'Headline of the text'),
  text: described(z.string().min(1), 'The exact text, byte for byte as supplied'),
  sha256: described(
    z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
    'SHA-256 of the text in UTF-8',
  ),
  outlet: z.strictObject({
    outletId: described(id.nullable(), 'The outlet that published the original, if known'),
    basis: Basis,
    evidence: described(z.string().min(1), 'The cues the outlet attribution rests on'),
    description: described(
      z.string().min(1),
      'How to name the source in a sentence when no outlet is known: "an unnamed French-language outlet"',
    ),
  }),
  published: described(Dated, 'When the text was published'),
  contentAsOf: described(
    Dated.nullable(),
    'The date the content speaks as of, where it differs from the publication date; null otherwise',
  ),
  language: described(LanguageCode, 'Language of this copy (ISO 639)'),
  originalLanguage: z.strictObject({
    language: described(LanguageCode, 'Language the text was first written in'),
    basis: Basis,
    evidence: described(z.string().min(1), 'The cues for the original language'),
  }),
  translation: described(TranslationKind, 'Whether and how this copy was translated'),
  translationEvidence: z.strictObject({
    basis: Basis,
    evidence: described(z.string().min(1), 'The cues for the kind of translation'),
  }),
  copy: z.strictObject({
    url: described(z.string().nullable(), 'Where this copy was found, if anywhere'),
    site: described(z.string().nullable(), 'The site that holds this copy'),
    kind: described(CopyKind, 'What kind of copy this is'),
    evidence: described(z.string().min(1), 'What is known of the copy'),
  }),
  author: z.strictObject({
    name: described(z.string().nullable(), 'Author or interviewer, if named'),
    basis: Basis,
  }),
  genre: described(Genre, 'What kind of text it is'),
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
export const DatePrecision = z.enum(['day', 'month', 'year']);

/** The days a date value covers, and how precisely the text gives it. */
export const DateSpan = z.strictObject({
  start: described(PartialDate, 'The first day the date covers (YYYY-MM-DD)'),
  end: described(PartialDate, 'The last day the date covers (YYYY-MM-DD)'),
  precision: described(
    DatePrecision,
    'How precisely the text gives the date: a day, a month or only a year',
  ),
});

/** Words that make a reader less sure of a figure than its qualifier alone says. */
export const ReportingCueKind = z.enum(['hedge', 'unnamed-source', 'unverifiable']);

export const ReportingCue = z.strictObject({
  kind: described(
    ReportingCueKind,
    'hedge: the text distances itself from the figure ("apparently", "is said to", "reportedly"); unnamed-source: it credits sources it does not name ("according to local sources"); unverifiable: it says the figure cannot be checked ("cannot be independently verified")',
  ),
  quote: described(Span, 'The cue’s words in the text'),
});

export const AttributionBasis = z.enum(['explicit', 'implied']);

export const Claim = z.strictObject({
  id: ref('Readable identifier of the claim'),
  documentId: ref('The document the figure is in'),
  topicId: ref('What the figure measures'),
  quote: described(
    Span,
    'The shortest clause or sentence that holds the figure; equals text.slice(start, end)',
  ),
  numeral: z.strictObject({
    asWritten: described(
      z.string().min(1),
      'The numeral, or the words that give the figure, exactly as the text writes them',
    ),
    start: described(z.number().int().nonnegative(), 'Offset of the numeral in the document text'),
    end: described(z.number().int().positive(), 'Offset just past the numeral'),
  }),
  value: described(
    z.union([z.number(), DateValue, NumberRange, z.null()]),
    'A number for counts, durations and ordinals; a low and a high for a range ("between 70 and 80"); an ISO date or interval for dates ("2013/2014"); null for words that commit to no number ("dozens")',
  ),
  dateSpan: described(
    DateSpan.nullable(),
    'For a date value: the first and last day it covers and its precision, so a year-only "2013" is never read as 1 January; null for other values',
  ),
  inferred: described(
    z
      .strictObject({
        parts: described(z.array(DatePart).min(1), 'The date parts the text does not give'),
        evidence: described(z.string().min(1), 'Where those parts were supplied from'),
      })
      .nullable(),
    'Parts of a date value the text does not give, supplied from context and labelled as such; null when the text gives the whole date',
  ),
  interpretation: described(
    z.string().min(1).nullable(),
    'How words that are not a numeral were read: as a value ("a week" as 7 days), or as saying the figure is not known (value null: "an undisclosed number"); null when the value is what the numeral says',
  ),
  qualifier: described(
    Qualifier,
    'What the text committed to: the hedge on the number itself ("around", "at least")',
  ),
  limitedTo: described(
    z.string().min(1).nullable(),
    'Words of the quote that restrict what the figure counts ("outside the prison", "by Friday alone"); null when nothing does',
  ),
  reportingCues: described(
    z.array(ReportingCue),
    'Words in the text that qualify how the figure is reported, apart from its qualifier',
  ),
  attribution: z.strictObject({
    actorId: described(
      id.nullable(),
      'Who the text says the figure came from; null when the text states it in its own voice',
    ),
    via: described(
      z.array(id),
      'Who passed the figure on, from the source towards the text, where the text says ("according to local sources …, Rojava Information Centre reported")',
    ),
    basis: described(
      AttributionBasis,
      'explicit: the text credits the figure to the source in so many words ("according to SOHR"); implied: the credit is read from the passage around it, such as a breakdown after "according to SOHR". A figure in the text’s own voice (actorId null) credits no one, so its basis is always implied',
    ),
    cue: described(
      z.string().min(1),
      'The attributing words ("according to", "said in a statement"), or why the attribution is implied',
    ),
  }),
  asOf: described(Dated, 'The date the figure speaks as of'),
  flagIds: described(z.array(id), 'Flags that apply to this claim'),
  note: described(z.string().nullable(), 'An annotator’s note, or null'),
});

export const StatementMode = z.enum(['direct', 'reported']);

export const Statement = z.strictObject({
  id: ref('Readable identifier of the statement'),
  documentId: ref('The document it is in'),
  speakerId: ref('The actor who said it'),
  quote: described(Span, 'The words the text gives as the speaker’s'),
  mode: described(StatementMode, 'direct: quoted; reported: paraphrased'),
  addressedToId: described(
    id.nullable(),
    'The actor the speaker addressed (an interviewer, an outlet), where the text says; null otherwise',
  ),
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
  id: ref('Readable identifier of the flag'),
  documentId: ref('The document it is in'),
  kind: described(FlagKind, 'What kind of problem it is'),
  quote: described(Span, 'The flagged passage'),
  says: described(z.string().min(1), 'What the source says, in its own terms'),
  why: described(
    z.string().min(1),
    'Why a careful reader should notice it. The source text is never corrected',
  ),
  claimIds: described(z.array(id), 'The claims it applies to'),
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
  id: ref('Readable identifier of the non-claim'),
  documentId: ref('The document it is in'),
  quote: described(Span, 'The passage holding the numeral'),
  reason: described(NonClaimReason, 'Why it is not a figure'),
  note: described(z.string().min(1), 'Explanation'),
});

export const License = z
  .strictObject({
    name: described(
      z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, 'an SPDX or Open Definition id, such as CC-BY-4.0')
        .optional(),
      'An Open Definition or SPDX licence id ("MIT", "CC-BY-4.0", "other-closed")',
    ),
    path: described(z.string().min(1).optional(), 'A URL or path to the licence text'),
    title: described(z.string().min(1), 'What the licence is and what it covers'),
    appliesTo: described(
      z.enum(['annotations', 'texts', 'all']),
      'What it covers: the annotations (everything but the texts), the source texts, or all of it',
    ),
  })
  .refine((l) => l.name !== undefined || l.path !== undefined, {
    message: 'a licence needs a name or a path',
  });

export const Corpus = z.strictObject({
  id: ref('Readable identifier of the corpus, used as the name of its data package'),
  version: described(
    z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version'),
    'Semantic version of the data',
  ),
  released: described(
    PartialDate,
    'The day this version of the data was released: what a reproducible export is dated by default',
  ),
  title: described(z.string().min(1), 'Title of the corpus'),
  description: described(z.string().min(1), 'What the corpus holds, in a sentence or two'),
  licenses: described(
    z.array(License).min(1),
    'The licences of the annotations and of the texts, which may differ',
  ),
  event: z.strictObject({
    name: described(z.string().min(1), 'The event the texts report'),
    place: described(z.string().min(1), 'Where it happened'),
    began: described(PartialDate, 'When it began'),
    description: described(z.string().min(1), 'What happened, for a reader new to it'),
  }),
  documents: described(z.array(Document), 'The texts, with their provenance'),
  outlets: described(z.array(Outlet), 'News organisations that published the original texts'),
  actors: described(z.array(Actor), 'Every person, organisation and place the texts name'),
  topics: described(z.array(Topic), 'What a figure measures'),
  claims: described(
    z.array(Claim),
    'One per figure in the texts, anchored to its characters and attributed',
  ),
  statements: described(
    z.array(Statement),
    'What named people and organisations are quoted or reported as saying',
  ),
  flags: described(
    z.array(Flag),
    'What a careful reader should know: errors, inconsistencies, translation artefacts, unverifiable figures',
  ),
  nonClaims: described(
    z.array(NonClaim),
    'Numerals deliberately not treated as figures, with the reason',
  ),
});

/** A value no caller can change: the corpus is shared by every part of a program that reads it. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type PartialDate = z.infer<typeof PartialDate>;
export type DateValue = z.infer<typeof DateValue>;
export type NumberRange = DeepReadonly<z.infer<typeof NumberRange>>;
export type Basis = z.infer<typeof Basis>;
export type Span = DeepReadonly<z.infer<typeof Span>>;
export type OutletKind = z.infer<typeof OutletKind>;
export type Outlet = DeepReadonly<z.infer<typeof Outlet>>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Actor = DeepReadonly<z.infer<typeof Actor>>;
export type TopicKind = z.infer<typeof TopicKind>;
export type OverTime = z.infer<typeof OverTime>;
export type Topic = DeepReadonly<z.infer<typeof Topic>>;
export type Dated = DeepReadonly<z.infer<typeof Dated>>;
export type TranslationKind = z.infer<typeof TranslationKind>;
export type CopyKind = z.infer<typeof CopyKind>;
export type Genre = z.infer<typeof Genre>;
export type Document = DeepReadonly<z.infer<typeof Document>>;
export type Qualifier = z.infer<typeof Qualifier>;
export type DatePart = z.infer<typeof DatePart>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type DateSpan = DeepReadonly<z.infer<typeof DateSpan>>;
export type ReportingCueKind = z.infer<typeof ReportingCueKind>;
export type ReportingCue = DeepReadonly<z.infer<typeof ReportingCue>>;
export type AttributionBasis = z.infer<typeof AttributionBasis>;
export type Claim = DeepReadonly<z.infer<typeof Claim>>;
export type StatementMode = z.infer<typeof StatementMode>;
export type Statement = DeepReadonly<z.infer<typeof Statement>>;
export type FlagKind = z.infer<typeof FlagKind>;
export type Flag = DeepReadonly<z.infer<typeof Flag>>;
export type NonClaimReason = z.infer<typeof NonClaimReason>;
export type NonClaim = DeepReadonly<z.infer<typeof NonClaim>>;
export type License = DeepReadonly<z.infer<typeof License>>;
export type Corpus = DeepReadonly<z.infer<typeof Corpus>>;
/**
 * A corpus as plain, changeable data: what parsing and compiling produce and what a program that
 * builds a corpus of its own (or a test fixture) writes into. `Corpus` is the same, read-only.
 */
export type CorpusData = z.infer<typeof Corpus>;
