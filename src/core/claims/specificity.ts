// Specific or vague: a claim is specific when it names who benefits AND how, or when it
// gives a measured result. The learned judge decides (trained on the labelled claims,
// with the lexicon's findings among its features); the reasons say, in plain words,
// what the lexicon found there and what it did not.
import type { Claim, Specificity } from '../types.ts';
import { type Named, namedIn, specificityFeatures } from './learned/features.ts';
import { type BinaryModel, binaryProbability } from './learned/linear.ts';
import { DEFAULT_MODELS } from './learned/models.ts';

export interface SpecificityVerdict {
  specificity: Specificity;
  reasons: string[];
  names: Claim['names'];
}

export function reasonsFor(named: Named): string[] {
  return [
    named.who ? `names a population: ${named.who.label}` : 'names no population',
    named.how ? `names a mechanism: ${named.how.label}` : 'names no mechanism',
    named.howMuch ? `gives a measured result: ${named.howMuch.label}` : 'gives no measured result',
    named.payer ? 'mentions who pays or who buys' : 'does not say who pays',
  ];
}

export function judgeSpecificity(
  text: string,
  model: BinaryModel = DEFAULT_MODELS.specificity,
): SpecificityVerdict {
  const named = namedIn(text);
  const p = binaryProbability(model, specificityFeatures(text, named));
  return {
    specificity: p >= model.threshold ? 'specific' : 'vague',
    reasons: reasonsFor(named),
    names: {
      who: named.who !== null,
      how: named.how !== null,
      howMuch: named.howMuch !== null,
      payer: named.payer !== null,
    },
  };
}
