import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NUMERAL_LANGUAGES } from './numerals.js';
import { normaliseTables, withGeneratedSections } from './readme-sections.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the package README', () => {
  it('documents every field, rule and numeral form as the code does (pnpm run readme writes them)', () => {
    expect(normaliseTables(readme)).toBe(normaliseTables(withGeneratedSections(readme)));
  });

  it('names every language whose numerals the parser understands', () => {
    const section = readme.slice(readme.indexOf('## Numerals the parser understands'));
    for (const language of NUMERAL_LANGUAGES) expect(section).toContain(`\`${language}\``);
  });
});
