/**
 * @attribution-lab/exercises: source-attribution exercises generated from any corpus that passes
 * parseCorpus, with answer keys, evidence, explanations, and the misconception behind every wrong
 * option. Pure functions over plain data: no DOM, no I/O, safe in a browser bundle.
 */
export * from './types.js';
export { allExercises, generatorsByKind, type Generator } from './generators.js';
export {
  drawSet,
  generateExercises,
  isOnTopics,
  readsOnly,
  textsRead,
  type Drawable,
  type GenerateOptions,
} from './generate.js';
export {
  COUNT_RANGE,
  DEFAULT_COUNT,
  describeSettings,
  parseSettingsParams,
  SettingsError,
  settingsToParams,
  validateSettings,
  type SettingsIssue,
} from './settings.js';
export {
  CERTAINTY_MARKS,
  discernmentScore,
  scoreAnswer,
  summariseByMisconception,
  type Confidence,
  type DiscernmentScore,
  type ExerciseResult,
  type MisconceptionSummary,
} from './scoring.js';
export { KIND_DESCRIPTIONS, MISCONCEPTION_DESCRIPTIONS } from './descriptions.js';
export { hashString } from './random.js';
export { sentenceBounds } from './passages.js';
