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

export function reasonsFor(named: Named, specificity: Specificity): string[] {
  const reasons = [
    named.who ? `names a population: ${named.who.label}` : 'names no population',
    named.how ? `names a mechanism: ${named.how.label}` : 'names no mechanism',
    named.howMuch ? `gives a measured result: ${named.howMuch.label}` : 'gives no measured result',
    named.payer ? 'mentions who pays or who buys' : 'does not say who pays',
  ];
  // The judge weighs the whole wording; when it disagrees with what the lexicon found,
  // say so rather than show a verdict its own reasons contradict.
  const concrete = (named.who !== null && named.how !== null) || named.howMuch !== null;
  if (specificity === 'specific' && !named.who && !named.how && !named.howMuch)
    reasons.unshift(
      'reads as specific as a whole, though no population, mechanism or figure was recognised in it',
    );
  else if (specificity === 'vague' && concrete)
    reasons.unshift('names some particulars but reads as vague as a whole');
  return reasons;
}

export function judgeSpecificity(
  text: string,
  model: BinaryModel = DEFAULT_MODELS.specificity,
): SpecificityVerdict {
  const named = namedIn(text);
  const specificity =
    binaryProbability(model, specificityFeatures(text, named)) >= model.threshold ? 'specific' : 'vague';
  return {
    specificity,
    reasons: reasonsFor(named, specificity),
    names: {
      who: named.who !== null,
      how: named.how !== null,
      howMuch: named.howMuch !== null,
      payer: named.payer !== null,
    },
  };
}
