/**
 * The authored form of the corpus: YAML that people review and extend. It differs from the
 * published form only where a person should not have to count characters: quotes and numerals are
 * written as text and located in the document by the compiler, and a document's text and hash come
 * from its source file.
 */
import { z } from 'zod';
import { Claim, Corpus, Document, Flag, NonClaim, Statement } from '../schema.js';

/** Which occurrence of the quote in the text (1-based), when it occurs more than once. */
const occurrence = z.number().int().positive().optional();

export const AuthoredClaim = Claim.omit({
  documentId: true,
  quote: true,
  numeral: true,
  flagIds: true,
  note: true,
  inferred: true,
})
  .extend({
    quote: z.string().min(1),
    quoteOccurrence: occurrence,
    numeral: z.string().min(1),
    /** Which occurrence of the numeral inside the quote (1-based). */
    numeralOccurrence: occurrence,
    qualifier: Claim.shape.qualifier.default('none'),
    inferred: Claim.shape.inferred.default(null),
    flagIds: Claim.shape.flagIds.default([]),
    note: Claim.shape.note.default(null),
  })
  .strict();

export const AuthoredStatement = Statement.omit({ documentId: true, quote: true })
  .extend({ quote: z.string().min(1), quoteOccurrence: occurrence })
  .strict();

export const AuthoredFlag = Flag.omit({ documentId: true, quote: true })
  .extend({
    quote: z.string().min(1),
    quoteOccurrence: occurrence,
    claimIds: Flag.shape.claimIds.default([]),
  })
  .strict();

export const AuthoredNonClaim = NonClaim.omit({ documentId: true, quote: true })
  .extend({ quote: z.string().min(1), quoteOccurrence: occurrence })
  .strict();

export const AuthoredDocument = Document.omit({ text: true, sha256: true })
  .extend({
    claims: z.array(AuthoredClaim).default([]),
    statements: z.array(AuthoredStatement).default([]),
    flags: z.array(AuthoredFlag).default([]),
    nonClaims: z.array(AuthoredNonClaim).default([]),
  })
  .strict();

export const AuthoredManifest = Corpus.pick({
  version: true,
  released: true,
  title: true,
  event: true,
}).strict();

export type AuthoredClaim = z.infer<typeof AuthoredClaim>;
export type AuthoredDocument = z.infer<typeof AuthoredDocument>;
export type AuthoredManifest = z.infer<typeof AuthoredManifest>;
