/**
 * Which claims a question may rest on. What a value means (its span of days, whether two values
 * overlap, how to key them) is the corpus package's: @attribution-lab/corpus/queries.
 */
import type { Claim, FigureValue } from '@attribution-lab/corpus/queries';

/** A claim with a definite value that the text itself gives in full: no vague word, no inferred date part. */
export const isStated = (claim: Claim): claim is Claim & { value: FigureValue } =>
  claim.value !== null && claim.inferred === null;
