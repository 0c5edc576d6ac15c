import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from './synthetic.ts';

const corpus = {
  outlets: [{ id: 'outlet' }],
  documents: [{ id: 'doc', outletId: 'outlet' }],
  claims: [{ id: 'claim', documentId: 'doc', flagIds: ['flag'] }],
  statements: [{ id: 'statement', documentId: 'doc' }],
  flags: [{ id: 'flag', documentId: 'doc', claimIds: ['claim'] }],
  nonClaims: [{ id: 'non-claim', documentId: 'doc' }],
};

describe('syntheticCorpus', () => {
  it('has factor times the records of every document-scoped collection', () => {
    const big = syntheticCorpus(corpus, 7);
    for (const records of [big.documents, big.claims, big.statements, big.flags, big.nonClaims])
      expect(records).toHaveLength(7);
  });

  it('keeps the first copy as it was and renames later copies with their references', () => {
    const big = syntheticCorpus(corpus, 2);
    expect(big.claims).toEqual([
      corpus.claims[0],
      { id: 'claim-x1', documentId: 'doc-x1', flagIds: ['flag-x1'] },
    ]);
    expect(big.flags[1]).toEqual({ id: 'flag-x1', documentId: 'doc-x1', claimIds: ['claim-x1'] });
  });

  it('shares the registries and keeps every other field of a record', () => {
    const big = syntheticCorpus(corpus, 3);
    expect(big.outlets).toBe(corpus.outlets);
    expect(big.documents.map((d) => d.outletId)).toEqual(['outlet', 'outlet', 'outlet']);
  });

  it('refuses a factor that is not a positive whole number', () => {
    expect(() => syntheticCorpus(corpus, 0)).toThrow(/at least 1/);
    expect(() => syntheticCorpus(corpus, 1.5)).toThrow(/at least 1/);
  });
});
