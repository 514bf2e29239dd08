// The three learned models the claim finder runs, as one value: the generated weights
// by default, or a set fitted on part of the corpus when `npm run eval` cross-validates.
import type { Theme } from '../../types.ts';
import type { BinaryModel, SoftmaxModel } from './linear.ts';
import { LEARNED } from './weights.generated.ts';

export interface ClaimModels {
  /** Is this sentence a mission claim? */
  claim: BinaryModel;
  /** Is this claim specific (rather than vague)? */
  specificity: BinaryModel;
  theme: SoftmaxModel<Theme>;
}

export const DEFAULT_MODELS: ClaimModels = LEARNED;
