/**
 * The fixture corpus written out in the authored form (YAML and a text file) in a fresh temporary
 * folder, for tests of the compiler and the command line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fixtureCorpus } from './fixture.js';

export function fixtureFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-fixture-'));
  const {
    id: corpusId,
    version,
    released,
    title,
    description,
    licenses,
    event,
    documents,
    outlets,
    actors,
    topics,
    claims,
    statements,
    flags,
    nonClaims,
  } = fixtureCorpus();
  mkdirSync(join(dir, 'documents'));
  mkdirSync(join(dir, 'texts'));
  writeFileSync(
    join(dir, 'corpus.yaml'),
    stringify({ id: corpusId, version, released, title, description, licenses, event }),
  );
  writeFileSync(join(dir, 'outlets.yaml'), stringify(outlets));
  writeFileSync(join(dir, 'actors.yaml'), stringify(actors));
  writeFileSync(join(dir, 'topics.yaml'), stringify(topics));
  for (const { text, sha256: _sha, id, ...meta } of documents) {
    writeFileSync(join(dir, 'texts', meta.sourceFile), text);
    const mine = <T extends { documentId: string }>(records: T[]) =>
      records.filter((r) => r.documentId === id);
    const authored = {
      id,
      ...meta,
      claims: mine(claims).map(
        ({ documentId: _d, quote, numeral, dateSpan: _span, reportingCues, ...c }) => ({
          ...c,
          quote: quote.exact,
          numeral: numeral.asWritten,
          reportingCues: reportingCues.map((cue) => ({ kind: cue.kind, words: cue.quote.exact })),
        }),
      ),
      statements: mine(statements).map(({ documentId: _d, quote, ...s }) => ({
        ...s,
        quote: quote.exact,
      })),
      flags: mine(flags).map(({ documentId: _d, quote, ...f }) => ({ ...f, quote: quote.exact })),
      nonClaims: mine(nonClaims).map(({ documentId: _d, quote, ...n }) => ({
        ...n,
        quote: quote.exact,
      })),
    };
    writeFileSync(join(dir, 'documents', `${id}.yaml`), stringify(authored));
  }
  return dir;
}
