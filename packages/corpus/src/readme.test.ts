import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseTables, withGeneratedSections } from './readme-sections.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the package README', () => {
  it('documents every field, rule and numeral form as the code does (pnpm run readme writes them)', () => {
    expect(normaliseTables(readme)).toBe(normaliseTables(withGeneratedSections(readme)));
  });
});
