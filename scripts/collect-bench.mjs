#!/usr/bin/env node
// Gathers every workspace's bench-results.json into one machine-readable file at the root.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const workspaces = ['packages', 'apps', 'tooling'].flatMap((dir) =>
  existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [],
);
const results = workspaces
  .map((dir) => join(dir, 'bench-results.json'))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')));
writeFileSync(
  'bench-results.json',
  JSON.stringify({ collectedAt: new Date().toISOString(), results }, null, 2) + '\n',
);
console.log(
  `bench-results.json: ${results.length} workspaces, ${results.reduce((n, r) => n + r.measurements.length, 0)} measurements`,
);
