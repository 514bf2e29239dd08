// Specific or vague: a claim is specific when it names who benefits AND how, or when it
// gives a measured result. The reasons say, in plain words, what is there and what is not.
import {
  MEASURES,
  MECHANISMS,
  type NamedPattern,
  PAYER_MENTIONS,
  POPULATIONS,
} from '../lexicon/claims-specificity.ts';
import type { Claim, Specificity } from '../types.ts';

export interface SpecificityVerdict {
  specificity: Specificity;
  reasons: string[];
  names: Claim['names'];
}

function firstMatch(patterns: readonly NamedPattern[], text: string): NamedPattern | null {
  for (const p of patterns) if (p.pattern.test(text)) return p;
  return null;
}

export function judgeSpecificity(text: string): SpecificityVerdict {
  const who = firstMatch(POPULATIONS, text);
  const how = firstMatch(MECHANISMS, text);
  const howMuch = firstMatch(MEASURES, text);
  const payer = firstMatch(PAYER_MENTIONS, text);
  const specific = (who !== null && how !== null) || howMuch !== null;
  const reasons = [
    who ? `names a population: ${who.label}` : 'names no population',
    how ? `names a mechanism: ${how.label}` : 'names no mechanism',
    howMuch ? `gives a measured result: ${howMuch.label}` : 'gives no measured result',
    payer ? 'mentions who pays or who buys' : 'does not say who pays',
  ];
  return {
    specificity: specific ? 'specific' : 'vague',
    reasons,
    names: { who: who !== null, how: how !== null, howMuch: howMuch !== null, payer: payer !== null },
  };
}
