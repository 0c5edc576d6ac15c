/**
 * The authored form of the corpus: YAML that people write, review and extend. It differs from the
 * published form only where a person should not have to count characters or repeat what the
 * compiler can derive: quotes, numerals and cues are written as text and located by the compiler;
 * a document's text and hash come from its source file; a date's span comes from its value; and
 * fields that are usually empty may be left out. `authoredJsonSchemas` gives each file its JSON
 * Schema, so an editor completes and checks the YAML as it is written.
 */
import { z } from 'zod';
import {
  Actor,
  Claim,
  Corpus,
  Document,
  Flag,
  NonClaim,
  Outlet,
  ReportingCue,
  Statement,
  Topic,
} from '../schema.js';

const occurrence = (of: string) =>
  z
    .number()
    .int()
    .positive()
    .optional()
    .meta({
      description: `Which occurrence of the ${of} (1-based), needed only when the words occur more than once`,
    });

const words = (description: string) => z.string().min(1).meta({ description });

export const AuthoredReportingCue = z.strictObject({
  kind: ReportingCue.shape.kind,
  words: words('The cue’s words exactly as in the text'),
  occurrence: occurrence('words in the text'),
});

export const AuthoredClaim = Claim.omit({
  documentId: true,
  quote: true,
  numeral: true,
  dateSpan: true,
  reportingCues: true,
})
  .extend({
    quote: words('The shortest clause or sentence that holds the figure, exactly as in the text'),
    quoteOccurrence: occurrence('quote in the text'),
    numeral: words('The numeral, or the words that give the figure, exactly as in the quote'),
    numeralOccurrence: occurrence('numeral in the quote'),
    qualifier: Claim.shape.qualifier.default('none'),
    inferred: Claim.shape.inferred.default(null),
    interpretation: Claim.shape.interpretation.default(null),
    limitedTo: Claim.shape.limitedTo.default(null),
    reportingCues: z
      .array(AuthoredReportingCue)
      .default([])
      .meta({ description: Claim.shape.reportingCues.meta()?.description }),
    attribution: Claim.shape.attribution.extend({
      via: Claim.shape.attribution.shape.via.default([]),
    }),
    flagIds: Claim.shape.flagIds.default([]),
    note: Claim.shape.note.default(null),
  })
  .strict();

export const AuthoredStatement = Statement.omit({ documentId: true, quote: true })
  .extend({
    quote: words('The words the text gives as the speaker’s, exactly as in the text'),
    quoteOccurrence: occurrence('quote in the text'),
    addressedToId: Statement.shape.addressedToId.default(null),
  })
  .strict();

export const AuthoredFlag = Flag.omit({ documentId: true, quote: true })
  .extend({
    quote: words('The flagged passage, exactly as in the text'),
    quoteOccurrence: occurrence('quote in the text'),
    claimIds: Flag.shape.claimIds.default([]),
  })
  .strict();

export const AuthoredNonClaim = NonClaim.omit({ documentId: true, quote: true })
  .extend({
    quote: words('The passage holding the numeral, exactly as in the text'),
    quoteOccurrence: occurrence('quote in the text'),
  })
  .strict();

/** A document's own fields: everything but its records, text and hash. */
export const AuthoredDocumentMeta = Document.omit({ text: true, sha256: true }).strict();

export const AuthoredDocument = AuthoredDocumentMeta.extend({
  claims: z.array(AuthoredClaim).default([]),
  statements: z.array(AuthoredStatement).default([]),
  flags: z.array(AuthoredFlag).default([]),
  nonClaims: z.array(AuthoredNonClaim).default([]),
}).strict();

export const AuthoredManifest = Corpus.pick({
  id: true,
  version: true,
  released: true,
  title: true,
  description: true,
  licenses: true,
  event: true,
}).strict();

export const AuthoredOutlet = Outlet.extend({
  actorId: Outlet.shape.actorId.default(null),
}).strict();

export type AuthoredReportingCue = z.input<typeof AuthoredReportingCue>;
export type AuthoredClaim = z.input<typeof AuthoredClaim>;
export type AuthoredStatement = z.input<typeof AuthoredStatement>;
export type AuthoredFlag = z.input<typeof AuthoredFlag>;
export type AuthoredNonClaim = z.input<typeof AuthoredNonClaim>;
export type AuthoredDocument = z.input<typeof AuthoredDocument>;
export type AuthoredManifest = z.input<typeof AuthoredManifest>;
export type AuthoredOutlet = z.input<typeof AuthoredOutlet>;
export type AuthoredActor = z.input<typeof Actor>;
export type AuthoredTopic = z.input<typeof Topic>;

/** The files of a corpus folder, each with its schema: what the compiler reads and an editor checks. */
export const AUTHORED_FILES = {
  'corpus.yaml': AuthoredManifest,
  'outlets.yaml': z.array(AuthoredOutlet),
  'actors.yaml': z.array(Actor),
  'topics.yaml': z.array(Topic),
  'documents/*.yaml': AuthoredDocument,
} as const;

/** The JSON Schema of each authored file, for editors (YAML language servers) and other tools. */
export function authoredJsonSchemas(): Record<
  keyof typeof AUTHORED_FILES,
  Record<string, unknown>
> {
  const titles: Record<keyof typeof AUTHORED_FILES, string> = {
    'corpus.yaml': 'Attribution Lab corpus: the manifest (corpus.yaml)',
    'outlets.yaml': 'Attribution Lab corpus: outlets (outlets.yaml)',
    'actors.yaml': 'Attribution Lab corpus: actors (actors.yaml)',
    'topics.yaml': 'Attribution Lab corpus: topics (topics.yaml)',
    'documents/*.yaml':
      'Attribution Lab corpus: one document and its annotations (documents/*.yaml)',
  };
  return Object.fromEntries(
    Object.entries(AUTHORED_FILES).map(([file, schema]) => [
      file,
      {
        ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
        title: titles[file as keyof typeof AUTHORED_FILES],
      },
    ]),
  ) as unknown as Record<keyof typeof AUTHORED_FILES, Record<string, unknown>>;
}
