/**
 * How sure a student says they are. The quiz stores it as 1 to 3, which also fits in one digit of
 * a result code; the exercises package's marking takes it as low, medium or high.
 */
import type { Confidence } from '@attribution-lab/exercises';

export type ConfidenceLevel = 1 | 2 | 3;

export const CONFIDENCE_LEVELS: readonly {
  value: ConfidenceLevel;
  label: string;
  confidence: Confidence;
}[] = [
  { value: 1, label: 'Just guessing', confidence: 'low' },
  { value: 2, label: 'Fairly sure', confidence: 'medium' },
  { value: 3, label: 'Certain', confidence: 'high' },
];
