/**
 * Writes the README's field tables from the schema's descriptions (pnpm run readme). The README test
 * fails when they differ, so a field added to schema.ts without a description, or described
 * differently in the README, cannot be released.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedSections } from '../src/readme-sections.js';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withGeneratedSections(readFileSync(readme, 'utf8')));
