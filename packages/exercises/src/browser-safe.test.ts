/**
 * The quiz bundles this package for the browser, so its code may import only itself and the corpus
 * package's browser-safe queries: no Node built-ins, no validator, no DOM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('.', import.meta.url));
const shipped = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : shipped(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

it('shipped modules import only each other and @attribution-lab/corpus/queries', () => {
  const outside = shipped(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)]
      .map((m) => m[1]!)
      .filter((target) => !target.startsWith('.') && target !== '@attribution-lab/corpus/queries')
      .map((target) => `${relative(src, file)} imports ${target}`),
  );
  expect(outside).toEqual([]);
});

it('shipped modules use no browser or Node globals', () => {
  // "document" is left out: here it is a news text, not the DOM.
  const globals = /\b(?:window|navigator|localStorage|process|Buffer|require)\s*[.(]/;
  const users = shipped(src).filter((file) =>
    globals.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
  );
  expect(users.map((f) => relative(src, f))).toEqual([]);
});
