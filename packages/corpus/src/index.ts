/**
 * @attribution-lab/corpus: the validated dataset and the tools to validate one of your own.
 *
 * `corpus` is the bundled dataset, deeply frozen so no caller can change a figure another caller
 * relies on. It is not validated again here: the build that generated it refuses to write an
 * invalid corpus, and every process that imports this module would otherwise pay for the check.
 */
import raw from './generated/corpus.json' with { type: 'json' };
import type { Corpus } from './schema.js';

export * from './schema.js';
export * from './queries.js';
export { parseCorpus, safeParseCorpus, type ParseResult } from './parse.js';
export { CorpusValidationError, formatIssue, type CorpusIssue } from './issues.js';
export { checkIntegrity, INTEGRITY_RULES, type IntegrityRule } from './integrity.js';
export {
  findNumerals,
  parseNumeral,
  NUMERAL_LANGUAGES,
  type NumeralToken,
  type ParsedNumeral,
} from './numerals.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const corpus: Readonly<Corpus> = deepFreeze(raw as Corpus);
