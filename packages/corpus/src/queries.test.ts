import { describe, expect, it } from 'vitest';
import {
  claimsByActor,
  claimsByDocument,
  claimsByTopic,
  contestedTopics,
  figuresSideBySide,
  getTopic,
  resolveAlias,
  shortSourceName,
  sourceName,
} from './queries.js';
import { fixtureCorpus } from './test-support/fixture.js';

const corpus = fixtureCorpus();

describe('queries', () => {
  it('find claims by topic, by document and by actor', () => {
    expect(claimsByTopic(corpus, 'prison-population').map((c) => c.id)).toEqual(['c-population']);
    expect(claimsByDocument(corpus, 'doc-one')).toHaveLength(3);
    expect(claimsByActor(corpus, 'sdf').map((c) => c.id)).toEqual(['c-population']);
  });

  it('find the figures a text states in its own voice with a null actor', () => {
    expect(claimsByActor(corpus, null).map((c) => c.id)).toEqual(['c-date', 'c-escaped']);
  });

  it('resolve an alias regardless of case', () => {
    expect(resolveAlias(corpus, 'sdf')?.id).toBe('sdf');
    expect(resolveAlias(corpus, 'Syrian Democratic Forces')?.id).toBe('sdf');
    expect(resolveAlias(corpus, 'QSD')).toBeUndefined();
  });

  it('name an unknown outlet by what is known of it', () => {
    const doc = {
      ...corpus.documents[0]!,
      outlet: { ...corpus.documents[0]!.outlet, outletId: null, description: 'an unnamed outlet' },
    };
    expect(sourceName(corpus, doc)).toBe('an unnamed outlet');
    expect(sourceName(corpus, corpus.documents[0]!)).toBe('The Outlet');
  });

  it('shorten an unknown outlet’s description to what a prompt needs, and keep an outlet’s name', () => {
    const unnamed = (description: string) => ({
      ...corpus.documents[0]!,
      outlet: { ...corpus.documents[0]!.outlet, outletId: null, description },
    });
    expect(
      shortSourceName(
        corpus,
        unnamed('an unnamed French-language outlet (republished by archyde.com)'),
      ),
    ).toBe('an unnamed French outlet');
    expect(shortSourceName(corpus, unnamed('an unnamed local paper, found in an archive'))).toBe(
      'an unnamed local paper',
    );
    expect(shortSourceName(corpus, corpus.documents[0]!)).toBe('The Outlet');
  });

  it('put a topic’s figures side by side with who reported and who is cited', () => {
    expect(figuresSideBySide(corpus, 'prison-population')).toEqual([
      expect.objectContaining({
        reportedBy: 'The Outlet',
        source: expect.objectContaining({ id: 'sdf' }),
        claim: expect.objectContaining({ value: 5000 }),
      }),
    ]);
  });

  it('find no contested topic where every text agrees', () => {
    expect(contestedTopics(corpus)).toEqual([]);
  });

  it('say clearly which id is unknown', () => {
    expect(() => getTopic(corpus, 'nope')).toThrow('no topic with id "nope"');
  });
});
