import { describe, expect, it } from 'vitest';
import { checkIntegrity } from './integrity.js';
import {
  corpus,
  claimsByTopic,
  contestedTopics,
  findNumerals,
  resolveAlias,
  safeParseCorpus,
} from './index.js';

/** The SHA-256 of each seed text as supplied: the corpus must carry them byte for byte. */
const SEED_HASHES: Record<string, string> = {
  '000_da911f2fdb783497.txt': '3e8f5404f939a55cadd55b52b70212ec12bcdec18a445968dab3606a231ad72f',
  '001_0bcb8c13436b9940.txt': '72721cc896b76d427d2d61ecf3107c92dc70b983f9ca235d3ea4e966481534e8',
  '002_21d5f87bf4303afb.txt': 'd44fa656a1fd6ae7e94510fe0f63054a258255229fe3cdbc87cb82c3a3a55147',
  '003_b1df71f19b131e77.txt': 'f9663b0329a1dc53bb4d61727b0b4a45f781a0ed396cf5c64a683d9310b09d4b',
  '004_1d9a00527a9e51e2.txt': '332c87df4ae0152e32def6fb00eeb9dc9b3fd6bdd305a51328ef1293e719f0c8',
};

const population = (documentId: string) =>
  claimsByTopic(corpus, 'prison-population').filter((c) => c.documentId === documentId);

describe('the bundled corpus', () => {
  it('is valid under the schema and every integrity rule', () => {
    expect(safeParseCorpus(structuredClone(corpus))).toMatchObject({ ok: true });
  });

  it('carries the five seed texts byte for byte', () => {
    expect(Object.fromEntries(corpus.documents.map((d) => [d.sourceFile, d.sha256]))).toEqual(
      SEED_HASHES,
    );
  });

  it('is frozen, so no caller can change a figure another relies on', () => {
    expect(Object.isFrozen(corpus.claims[0]!.attribution)).toBe(true);
    expect(() => {
      (corpus.claims[0] as { value: unknown }).value = 1;
    }).toThrow(TypeError);
  });

  it('accounts for every numeral in every text', () => {
    const tokens = corpus.documents.reduce((n, d) => n + findNumerals(d.text).length, 0);
    expect(tokens).toBeGreaterThan(100);
    expect(corpus.claims.length + corpus.nonClaims.length).toBeGreaterThan(80);
    expect(checkIntegrity(corpus).filter((i) => i.rule === 'numerals-covered')).toEqual([]);
  });

  it('gives the German report’s 5,000 detainees to the SDF, as the text does', () => {
    expect(population('tagesschau-fighting-after-prison-attack')).toEqual([
      expect.objectContaining({
        value: 5000,
        qualifier: 'around',
        attribution: expect.objectContaining({ actorId: 'sdf', basis: 'explicit' }),
      }),
    ]);
  });

  it('leaves the 3,500 figure unattributed where the texts name no source', () => {
    for (const documentId of [
      'french-outlet-daesh-prison-assault',
      'midan-return-of-isis-analysis',
    ]) {
      expect(population(documentId).map((c) => [c.value, c.attribution.actorId])).toEqual([
        [3500, null],
      ]);
    }
  });

  it('shows the prison population as contested', () => {
    expect(contestedTopics(corpus).map((t) => t.id)).toContain('prison-population');
  });

  it('keeps 004’s “January 2021” as written, with a factual-error flag', () => {
    const [claim] = claimsByTopic(corpus, 'attack-date').filter(
      (c) => c.documentId === 'sdf-warning-four-years-after-defeat',
    );
    expect(claim).toMatchObject({ value: '2021-01', numeral: { asWritten: 'January 2021' } });
    const flag = corpus.flags.find((f) => claim!.flagIds.includes(f.id));
    expect(flag).toMatchObject({ kind: 'factual-error' });
  });

  it('flags the German lede’s “almost 80” against the body’s “at least 78”', () => {
    const deaths = claimsByTopic(corpus, 'deaths-total').filter(
      (c) => c.documentId === 'tagesschau-fighting-after-prison-attack',
    );
    expect(deaths.map((c) => [c.qualifier, c.value, c.attribution.actorId])).toEqual([
      ['almost', 80, null],
      ['at least', 78, 'sohr'],
    ]);
    const shared = deaths[0]!.flagIds.filter((f) => deaths[1]!.flagIds.includes(f));
    expect(corpus.flags.find((f) => f.id === shared[0])).toMatchObject({
      kind: 'internal-inconsistency',
    });
  });

  it('keeps three different measures apart where 10,000 recurs', () => {
    const topics = corpus.claims.filter((c) => c.value === 10000).map((c) => c.topicId);
    expect(new Set(topics).size).toBe(3);
  });

  it('labels inferred provenance as inferred, never as stated', () => {
    const byFile = Object.fromEntries(corpus.documents.map((d) => [d.sourceFile.slice(0, 3), d]));
    expect(byFile['003']!.outlet).toMatchObject({ outletId: 'tagesschau', basis: 'inferred' });
    expect(byFile['001']!.outlet).toMatchObject({ outletId: null });
    expect(byFile['001']!.originalLanguage).toMatchObject({ language: 'fr', basis: 'inferred' });
    expect(byFile['000']!.outlet).toMatchObject({ outletId: 'medya-news', basis: 'stated' });
  });

  it('resolves every spelling of the place to one actor', () => {
    const ids = ['al-Hasakah', 'Hassaké', 'Al-Hassaka', 'Haseke'].map(
      (n) => resolveAlias(corpus, n)?.id,
    );
    expect(new Set(ids)).toEqual(new Set([ids[0]]));
    expect(ids[0]).toBeDefined();
  });
});
