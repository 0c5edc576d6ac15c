/**
 * @attribution-lab/corpus: the validated dataset and the tools to validate one of your own.
 *
 * `corpus` is the dataset this package was built with (its own, or the one ATTRIBUTION_CORPUS
 * named at build time), typed and frozen deeply read-only, so no caller can change a figure
 * another caller relies on. It is read from the package's corpus.json, which the build writes only
 * after validating it, so it is not validated again on every import. `@attribution-lab/corpus/bundled`
 * gives the same `corpus` and `INTEGRITY_RULES` without loading the validator.
 */
export * from './schema.js';
export * from './queries.js';
export { parseCorpus, safeParseCorpus, describeSchemaIssue, type ParseResult } from './parse.js';
export { CorpusValidationError, formatIssue, type CorpusIssue } from './issues.js';
export {
  checkIntegrity,
  INTEGRITY_RULES,
  type IntegrityContext,
  type IntegrityRule,
} from './integrity.js';
export {
  findNumerals,
  parseNumeral,
  NUMERAL_LANGUAGES,
  type NumeralToken,
  type ParsedNumeral,
} from './numerals.js';
export { compileAuthored, type AuthoredCorpus } from './source/compile.js';
export { compileCorpusFolder } from './source/folder.js';
export { authoredJsonSchemas, AUTHORED_FILES } from './source/format.js';
export type * from './source/format.js';

export { corpus } from './bundled.js';
