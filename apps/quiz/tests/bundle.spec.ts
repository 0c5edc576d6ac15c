/**
 * What the built site ships, read from build/: the browser code carries no validator, no Node
 * built-ins and no exercise generators, and only a document's own page carries its whole text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTeacherKit } from '../src/lib/offline-pack.js';
import { corpus, expect, test } from './fixtures.js';

const BUILD = fileURLToPath(new URL('../build/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// The offline pack holds every page for the service worker to keep; what a page itself downloads
// is what these tests check. The teacher kit is downloaded only when a teacher asks for a
// worksheet, which prints the texts from the whole corpus (tests/worksheet.spec.ts).
const files = filesUnder(BUILD).filter(
  (f) =>
    !/\.(gz|br)$/.test(f) &&
    !relative(BUILD, f).startsWith('offline/') &&
    !isTeacherKit(relative(BUILD, f).split(sep).join('/')),
);

test('the browser code holds no validator, Node built-in or exercise generator', () => {
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  for (const file of scripts) {
    const code = readFileSync(file, 'utf8');
    const name = relative(BUILD, file);
    expect(code, name).not.toMatch(/ZodError|node:crypto|node:fs/);
    // A phrase only the generators write into prompts.
    expect(code, name).not.toContain('More than one is right');
  }
});

test('a document’s whole text ships only with that document’s page', () => {
  for (const document of corpus.documents) {
    const asJson = JSON.stringify(document.text).slice(1, -1);
    const holding = files
      .filter((f) => /\.(js|json|html)$/.test(f))
      .filter((f) => readFileSync(f, 'utf8').includes(asJson))
      .map((f) => relative(BUILD, f));
    expect(holding.length, document.id).toBeGreaterThan(0);
    for (const file of holding)
      expect(file, document.id).toMatch(new RegExp(`^documents/${document.id}[./]`));
  }
});
