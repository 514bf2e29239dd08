// The business models are read as one stacked table (one lookup per feature for a whole
// set): for any features, the labels it predicts are the ones each model alone predicts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_MODELS } from '../../../src/core/business-model/infer.ts';
import { predicted } from '../../../src/core/business-model/learned.ts';
import type { BinaryModel } from '../../../src/core/claims/learned/linear.ts';
import { binaryProbability } from '../../../src/core/claims/learned/linear.ts';
import { CUSTOMERS, REVENUE_MODELS } from '../../../src/core/types.ts';

/** For any features, the labels `predicted` gives are the ones each model alone gives. */
function sameAsEachAlone<K extends string>(
  keys: readonly K[],
  models: Readonly<Record<K, BinaryModel>>,
): void {
  // The features each model weighs most for and against, so that answers flip between
  // yes and no, mixed with features no model knows.
  const strongest = (k: K) =>
    Object.entries(models[k].weights)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, 40)
      .map(([f]) => f);
  const known = [...new Set(keys.flatMap(strongest))];
  const features = fc.uniqueArray(fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 })), {
    maxLength: 60,
  });
  fc.assert(
    fc.property(features, (fs) => {
      const alone = keys.filter((k) => binaryProbability(models[k], fs) >= models[k].threshold);
      expect(predicted(models, keys, fs)).toEqual(alone);
    }),
    { numRuns: 300 },
  );
}

describe('predicted', () => {
  it('gives for who pays what each of the six models alone gives', () => {
    sameAsEachAlone(CUSTOMERS, DEFAULT_BUSINESS_MODELS.customers);
  });

  it('gives for how it is paid what each of the seven models alone gives', () => {
    sameAsEachAlone(REVENUE_MODELS, DEFAULT_BUSINESS_MODELS.revenue);
  });

  it('says yes where the features call for it', () => {
    const model = DEFAULT_BUSINESS_MODELS.customers.payer;
    const strongest = Object.entries(model.weights)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([f]) => f);
    expect(predicted(DEFAULT_BUSINESS_MODELS.customers, CUSTOMERS, strongest)).toContain('payer');
  });
});
