#!/usr/bin/env node
// Runs a command (turbo) with the corpus the developer chose: ATTRIBUTION_CORPUS, a corpus folder
// or corpus.json, is made absolute (the packages build from their own folders) and
// ATTRIBUTION_CORPUS_HASH is set to a hash of its contents, which turbo.json adds to the corpus
// build's cache key. A changed file then rebuilds the corpus and everything built from it; the
// same corpus again is a cache hit. Without ATTRIBUTION_CORPUS the command runs as it is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const [command, ...args] = process.argv.slice(2);
const env = { ...process.env };
const chosen = env.ATTRIBUTION_CORPUS;

function filesUnder(root) {
  return statSync(root).isDirectory()
    ? readdirSync(root, { recursive: true })
        .map((name) => join(root, name))
        .filter((path) => statSync(path).isFile())
        .sort()
    : [root];
}

if (chosen) {
  const root = resolve(env.INIT_CWD ?? process.cwd(), chosen);
  if (!existsSync(root)) {
    console.error(`ATTRIBUTION_CORPUS: ${chosen} does not exist (looked for ${root})`);
    process.exit(1);
  }
  const hash = createHash('sha256');
  for (const file of filesUnder(root))
    hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  env.ATTRIBUTION_CORPUS = root;
  env.ATTRIBUTION_CORPUS_HASH = hash.digest('hex');
  console.log(`Building from the corpus at ${root}`);
}

const result = spawnSync(command, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
