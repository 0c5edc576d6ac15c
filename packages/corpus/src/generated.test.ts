/**
 * The generated artefacts, pinned: what a change to schema.ts or the tables does to the published
 * JSON Schema and data package shows up here as a diff to review, and the public types are
 * checked as types.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { TABLES } from './exports/tables.js';
import { corpusJsonSchema, dataPackage } from './exports/write.js';
import { corpus, parseCorpus, type Claim, type Corpus, type CorpusData } from './index.js';
import { fixtureCorpus } from './test-support/fixture.js';

interface JsonSchema {
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

describe('the generated JSON Schema', () => {
  it('requires every collection and describes a claim’s fields', () => {
    const schema = corpusJsonSchema() as JsonSchema;
    const claim = schema.properties!.claims!.items!;
    expect({ required: schema.required, claim: claim.required }).toMatchInlineSnapshot(`
      {
        "claim": [
          "id",
          "documentId",
          "topicId",
          "quote",
          "numeral",
          "value",
          "dateSpan",
          "inferred",
          "interpretation",
          "qualifier",
          "limitedTo",
          "reportingCues",
          "attribution",
          "asOf",
          "flagIds",
          "note",
        ],
        "required": [
          "id",
          "version",
          "released",
          "title",
          "description",
          "licenses",
          "event",
          "documents",
          "outlets",
          "actors",
          "topics",
          "claims",
          "statements",
          "flags",
          "nonClaims",
        ],
      }
    `);
  });
});

describe('the generated data package', () => {
  it('has one resource per table, with its keys', () => {
    const pkg = dataPackage(fixtureCorpus()) as {
      resources: {
        name: string;
        schema: { primaryKey: string | string[]; foreignKeys?: { fields: string }[] };
      }[];
    };
    expect(
      pkg.resources.map(
        (r) =>
          `${r.name} [${[r.schema.primaryKey].flat().join(', ')}] → ${(r.schema.foreignKeys ?? []).map((k) => k.fields).join(', ')}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "documents [id] → outlet_outletId",
        "outlets [id] → actorId",
        "actors [id] → ",
        "actor-aliases [actorId, alias] → actorId",
        "topics [id] → ",
        "claims [id] → documentId, topicId, attribution_actorId",
        "claim-flags [claimId, flagId] → claimId, flagId",
        "claim-intermediaries [claimId, position] → claimId, actorId",
        "reporting-cues [claimId, position] → claimId",
        "statements [id] → documentId, speakerId, addressedToId",
        "flags [id] → documentId",
        "non-claims [id] → documentId",
      ]
    `);
    expect(pkg.resources).toHaveLength(TABLES.length);
  });
});

describe('the public types', () => {
  it('type the bundled corpus read-only, and parsing returns the same type', () => {
    expectTypeOf(corpus).toEqualTypeOf<Corpus>();
    expectTypeOf(parseCorpus).returns.toEqualTypeOf<Corpus>();
    expectTypeOf<Corpus['claims']>().toEqualTypeOf<readonly Claim[]>();
    expectTypeOf<CorpusData['claims'][number]['value']>().toEqualTypeOf<
      number | string | { low: number; high: number } | null
    >();
    expect(() => {
      // @ts-expect-error a figure in the shared corpus cannot be changed, by type or at run time
      corpus.claims[0]!.value = 3;
    }).toThrow(TypeError);
  });
});
