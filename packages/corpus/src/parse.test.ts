import { describe, expect, it } from 'vitest';
import { CorpusValidationError } from './issues.js';
import { parseCorpus, safeParseCorpus } from './parse.js';
import { fixtureCorpus } from './test-support/fixture.js';

describe('parseCorpus', () => {
  it('returns a valid corpus typed and unchanged', () => {
    expect(parseCorpus(fixtureCorpus())).toEqual(fixtureCorpus());
  });

  it('names the collection, record id and field of a schema error', () => {
    const corpus = fixtureCorpus() as unknown as { claims: Record<string, unknown>[] };
    corpus.claims[1]!.qualifier = 'roughly';
    const result = safeParseCorpus(corpus);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        rule: 'schema',
        collection: 'claims',
        recordId: 'c-date',
        field: 'qualifier',
      }),
    ]);
  });

  it('names a record by its position when it has no usable id', () => {
    const corpus = fixtureCorpus() as unknown as { topics: Record<string, unknown>[] };
    corpus.topics[2]!.id = 'Not A Slug';
    const result = safeParseCorpus(corpus);
    expect(!result.ok && result.issues[0]).toMatchObject({
      collection: 'topics',
      recordId: 'Not A Slug',
      field: 'id',
      message: expect.stringContaining('slug'),
    });
  });

  it('rejects fields the schema does not define, so a typo cannot pass silently', () => {
    const corpus = fixtureCorpus() as unknown as { outlets: Record<string, unknown>[] };
    corpus.outlets[0]!.nmae = 'The Outlet';
    expect(safeParseCorpus(corpus).ok).toBe(false);
  });

  it('reports every broken rule in one pass', () => {
    const corpus = fixtureCorpus();
    corpus.documents[0]!.sha256 = 'f'.repeat(64);
    corpus.claims[0]!.value = 1;
    const result = safeParseCorpus(corpus);
    expect(!result.ok && result.issues.map((i) => i.rule).sort()).toEqual([
      'sha256-matches',
      'value-matches-numeral',
    ]);
  });

  it('throws an error that lists the problems', () => {
    const corpus = fixtureCorpus();
    corpus.claims[0]!.topicId = 'nowhere';
    expect(() => parseCorpus(corpus)).toThrow(CorpusValidationError);
    expect(() => parseCorpus(corpus)).toThrow(
      /claims\[c-population\] › topicId: "nowhere" is not the id/,
    );
  });

  it('rejects something that is not a corpus at all', () => {
    const result = safeParseCorpus([]);
    expect(!result.ok && result.issues[0]).toMatchObject({ rule: 'schema' });
  });

  it('says which field is missing, not only what type was expected', () => {
    const corpus = fixtureCorpus() as unknown as { claims: Record<string, unknown>[] };
    delete corpus.claims[0]!.qualifier;
    const result = safeParseCorpus(corpus);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        recordId: 'c-population',
        field: 'qualifier',
        message: expect.stringMatching(/^the field "qualifier" is missing \(one of "none", /),
      }),
    ]);
  });

  it('lists the values a closed vocabulary allows', () => {
    const corpus = fixtureCorpus() as unknown as { claims: Record<string, unknown>[] };
    corpus.claims[0]!.qualifier = 'roughly';
    const result = safeParseCorpus(corpus);
    expect(!result.ok && result.issues[0]!.message).toMatch(
      /^"roughly" is not one of "none", "around"/,
    );
  });

  it('still checks the sound records when one record is broken', () => {
    const corpus = fixtureCorpus() as unknown as {
      claims: Record<string, unknown>[];
      documents: Record<string, unknown>[];
    };
    corpus.claims[1]!.qualifier = 'roughly';
    corpus.claims[0]!.value = 1;
    const result = safeParseCorpus(corpus);
    expect(!result.ok && result.issues.map((i) => `${i.rule} ${i.recordId}`)).toEqual([
      'schema c-date',
      'value-matches-numeral c-population',
    ]);
  });

  it('does not report references to a record whose own errors are reported', () => {
    const corpus = fixtureCorpus() as unknown as { topics: Record<string, unknown>[] };
    corpus.topics[0]!.kind = 'amount';
    const result = safeParseCorpus(corpus);
    expect(!result.ok && result.issues.map((i) => i.rule)).toEqual(['schema']);
  });
});
