import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMERAL_LANGUAGES } from './numerals.js';
import { formatIssue } from './issues.js';
import { figuresSideBySide } from './queries.js';
import { normaliseTables, withGeneratedSections } from './readme-sections.js';
import { compileCorpusFolder } from './source/folder.js';

/** The files of the README's example corpus: each code block after a "File `path`:" line. */
function exampleFiles(markdown: string): Map<string, string> {
  const blocks = markdown.matchAll(/^File `(\S+)`:\s*```\w*\n([\s\S]*?)\n```/gm);
  return new Map([...blocks].map(([, path, body]) => [path!, body!]));
}

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the package README', () => {
  it('documents every field, rule and numeral form as the code does (pnpm run readme writes them)', () => {
    expect(normaliseTables(readme)).toBe(normaliseTables(withGeneratedSections(readme)));
  });

  it('names every language whose numerals the parser understands', () => {
    const section = readme.slice(readme.indexOf('## Numerals the parser understands'));
    for (const language of NUMERAL_LANGUAGES) expect(section).toContain(`\`${language}\``);
  });

  it('shows a complete example corpus that validates exactly as printed', () => {
    const files = exampleFiles(readme);
    expect([...files.keys()].sort()).toEqual([
      'actors.yaml',
      'corpus.yaml',
      'documents/coast-radio.yaml',
      'documents/daily-post.yaml',
      'outlets.yaml',
      'texts/coast-radio.txt',
      'texts/daily-post.txt',
      'topics.yaml',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'readme-example-'));
    try {
      for (const [path, body] of files) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), path.endsWith('.txt') ? body : `${body}\n`);
      }
      const result = compileCorpusFolder(dir);
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
      const deaths = result.ok ? figuresSideBySide(result.corpus, 'deaths') : [];
      expect(deaths.map((row) => row.claim.value)).toEqual([2, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
