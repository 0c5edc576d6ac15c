import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NUMERAL_LANGUAGES } from './numerals.js';
import * as schema from './schema.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Every field name in an object schema, nested objects included. */
function fieldNames(s: z.ZodType): string[] {
  const inner =
    s instanceof z.ZodNullable || s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s;
  if (inner instanceof z.ZodArray) return fieldNames(inner.element as z.ZodType);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape).flatMap(([name, field]) => [
    name,
    ...fieldNames(field as z.ZodType),
  ]);
}

describe('the package README', () => {
  it.each(Object.keys(schema.Corpus.shape))(
    'documents %s and every field inside it',
    (collection) => {
      expect(readme).toContain(`\`${collection}`);
      for (const field of fieldNames(
        schema.Corpus.shape[collection as keyof typeof schema.Corpus.shape],
      )) {
        expect(readme, `field "${field}" of ${collection}`).toContain(`\`${field}\``);
      }
    },
  );

  it('names every language whose numerals the parser understands', () => {
    const section = readme.slice(readme.indexOf('## Numerals the parser understands'));
    for (const language of NUMERAL_LANGUAGES) expect(section).toContain(`\`${language}\``);
  });
});
