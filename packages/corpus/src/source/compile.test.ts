import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFolder } from '@attribution-lab/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import { locate } from './compile.js';
import { compileCorpusFolder } from './folder.js';

const folders: string[] = [];
function folder() {
  const dir = fixtureFolder();
  folders.push(dir);
  return dir;
}
afterEach(() => folders.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('compileAuthored', () => {
  it('locates quotes and numerals at their characters and fills in what the author left out', () => {
    const corpus = fixtureCorpus();
    const text = corpus.documents[0]!.text;
    const quote = 'The prison held about 5,000 detainees, the SDF said on January 21, 2022.';
    const start = text.indexOf(quote);
    const numeral = start + quote.indexOf('January 21, 2022');
    expect(corpus.claims.find((c) => c.id === 'c-date')).toEqual({
      id: 'c-date',
      documentId: 'doc-one',
      topicId: 'statement-date',
      quote: { exact: quote, start, end: start + quote.length },
      numeral: { asWritten: 'January 21, 2022', start: numeral, end: numeral + 16 },
      value: '2022-01-21',
      dateSpan: { start: '2022-01-21', end: '2022-01-21', precision: 'day' },
      inferred: null,
      interpretation: null,
      limitedTo: null,
      reportingCues: [],
      qualifier: 'none',
      attribution: { actorId: null, via: [], basis: 'implied', cue: 'the text’s own voice' },
      asOf: { date: '2022-01-22', basis: 'stated', evidence: 'publication date' },
      flagIds: [],
      note: null,
    });
    expect(corpus.documents[0]!.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });
});

describe('compileCorpusFolder', () => {
  it('reads a folder to the corpus its files compile to in memory', () => {
    const result = compileCorpusFolder(folder());
    expect(result.ok && result.corpus).toEqual(fixtureCorpus());
  });

  it('links a flag to its claims when only the flag lists them', () => {
    const dir = folder();
    edit(dir, 'documents/doc-one.yaml', (t) => t.replace(/\n\s*flagIds:\n\s*- f-unverifiable/, ''));
    expect(readFileSync(join(dir, 'documents/doc-one.yaml'), 'utf8')).not.toContain(
      '- f-unverifiable',
    );
    const result = compileCorpusFolder(dir);
    expect(result.ok && result.corpus).toEqual(fixtureCorpus());
  });

  it('names the file and line of broken YAML', () => {
    const dir = folder();
    edit(dir, 'topics.yaml', (t) => t + '\n  - : : bad\n');
    const result = compileCorpusFolder(dir);
    expect(!result.ok && result.issues[0]).toMatchObject({
      rule: 'yaml',
      file: 'topics.yaml',
      message: expect.stringMatching(/line \d+, column \d+$/),
    });
  });

  it('names the file, record and field of a schema error', () => {
    const dir = folder();
    edit(dir, 'documents/doc-one.yaml', (t) => t.replace('qualifier: about', 'qualifier: roughly'));
    const result = compileCorpusFolder(dir);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        rule: 'schema',
        file: 'documents/doc-one.yaml',
        collection: 'claims',
        recordId: 'c-population',
        field: 'qualifier',
      }),
    ]);
  });

  it('names the record whose quote is not in the text', () => {
    const dir = folder();
    edit(dir, 'documents/doc-one.yaml', (t) =>
      t.replace('quote: Dozens fled.', 'quote: Dozens escaped.'),
    );
    const result = compileCorpusFolder(dir);
    expect(!result.ok && result.issues).toEqual([
      {
        rule: 'quote-located',
        file: 'documents/doc-one.yaml',
        collection: 'claims',
        recordId: 'c-escaped',
        field: 'quote',
        message: '"Dozens escaped." does not occur in the text',
      },
    ]);
  });

  it('points integrity problems back at the file to edit', () => {
    const dir = folder();
    edit(dir, 'documents/doc-one.yaml', (t) => t.replace('value: 5000', 'value: 3500'));
    const result = compileCorpusFolder(dir);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        rule: 'value-matches-numeral',
        file: 'documents/doc-one.yaml',
        recordId: 'c-population',
      }),
    ]);
  });

  it('reports a missing text file by the document that names it', () => {
    const dir = folder();
    rmSync(join(dir, 'texts', 'doc-one.txt'));
    const result = compileCorpusFolder(dir);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        rule: 'files',
        file: 'documents/doc-one.yaml',
        field: 'sourceFile',
        message: 'the text file texts/doc-one.txt is missing',
      }),
    ]);
  });
});

describe('locate', () => {
  it('needs an occurrence number when a quote occurs more than once', () => {
    expect(locate('a b a', 'a', undefined).issue).toBe(
      '"a" occurs 2 times in the text; say which with quoteOccurrence: 1 to 2',
    );
    expect(locate('a b a', 'a', 2).span).toEqual({ exact: 'a', start: 4, end: 5 });
  });

  it('refuses an occurrence that does not exist', () => {
    expect(locate('a b a', 'a', 3).issue).toBe(
      '"a" occurs 2 times in the text, so quoteOccurrence: 3 does not exist',
    );
  });
});
