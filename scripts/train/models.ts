// Fits the three claim models on a set of labelled postings. `npm run train` runs it on
// the whole corpus and writes the weights; `npm run eval` runs it on four fifths at a time.
import type { ClaimModels } from '../../src/core/claims/learned/models.ts';
import { THEMES } from '../../src/core/types.ts';
import type { Label } from '../corpus.ts';
import { corpusExamples } from './examples.ts';
import { type Example, type FitOptions, fitBinary, fitSoftmax } from './fit.ts';

/** Hyperparameters, chosen by cross-validation (`npm run eval -- cv`). */
export const SETTINGS = {
  claim: {
    epochs: 200,
    rate: 0.05,
    l2: 0.001,
    minCount: 3,
    prune: 0.03,
    threshold: 0.5,
    positiveWeight: 2,
  },
  specificity: { epochs: 200, rate: 0.05, l2: 0.003, minCount: 2, prune: 0.03, threshold: 0.25 },
  theme: { epochs: 200, rate: 0.05, l2: 0.001, minCount: 2, prune: 0.03 },
  business: {
    epochs: 200,
    rate: 0.05,
    l2: 0.01,
    minCount: 3,
    prune: 0.03,
    threshold: 0.5,
    positiveWeight: 4,
  },
};

/** Weights the rarer class up so both count alike (specific claims are about one in five). */
function balanced(examples: readonly Example[]): Example[] {
  const pos = examples.filter((e) => e.y === 1).length;
  const neg = examples.length - pos;
  return examples.map((e) => ({ ...e, weight: e.y === 1 ? neg / Math.max(1, pos) : 1 }));
}

export type Settings = typeof SETTINGS;

export function trainModels(labels: readonly Label[], settings: Settings = SETTINGS): ClaimModels {
  const ex = corpusExamples(labels);
  const c = settings.claim;
  const claim = fitBinary(
    ex.claim.map((e) => ({ ...e, weight: e.y === 1 ? c.positiveWeight : 1 })),
    c as FitOptions,
  );
  const specificity = fitBinary(balanced(ex.specificity), settings.specificity as FitOptions);
  const theme = fitSoftmax(ex.theme, THEMES.length, settings.theme as FitOptions);
  return {
    claim: { ...claim, threshold: c.threshold },
    specificity: { ...specificity, threshold: settings.specificity.threshold },
    theme: { classes: THEMES, ...theme },
  };
}
