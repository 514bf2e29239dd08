// Fits the who-pays and how-paid models (src/core/business-model/learned.ts): one
// logistic regression per label, on the healthcare postings of the corpus (the labels
// score who pays only there), with the rarer answer weighted up.

import { readStatedModel } from '../../src/core/business-model/infer.ts';
import { type BusinessModels, businessFeatures } from '../../src/core/business-model/learned.ts';
import { segmentDescription } from '../../src/core/claims/segment.ts';
import { classifyHealthcare } from '../../src/core/classify/healthcare.ts';
import { CUSTOMERS, REVENUE_MODELS } from '../../src/core/types.ts';
import type { Label } from '../corpus.ts';
import { postingOf } from './examples.ts';
import { type Example, type FitOptions, fitBinary } from './fit.ts';

export interface BusinessSettings extends FitOptions {
  threshold: number;
  /** Weight of a posting that has the label, against 1 for one that has not. */
  positiveWeight: number;
}

const featureCache = new Map<string, string[]>();
export function businessFeaturesOf(id: string): string[] {
  let f = featureCache.get(id);
  if (!f) {
    const { posting } = postingOf(id);
    const sentences = segmentDescription(posting.description);
    const verdict = classifyHealthcare(posting);
    f = businessFeatures(posting, verdict, sentences, readStatedModel(posting, sentences));
    featureCache.set(id, f);
  }
  return f;
}

export function trainBusiness(labels: readonly Label[], o: BusinessSettings): BusinessModels {
  const rows = labels
    .filter((l) => l.healthcare === true)
    .map((l) => ({ l, features: businessFeaturesOf(l.id) }));
  const fitLabel = (has: (l: Label) => boolean) => {
    const examples: Example[] = rows.map(({ l, features }) => ({
      features,
      y: has(l) ? 1 : 0,
      weight: has(l) ? o.positiveWeight : 1,
    }));
    return { ...fitBinary(examples, o), threshold: o.threshold };
  };
  return {
    customers: Object.fromEntries(
      CUSTOMERS.map((c) => [c, fitLabel((l) => l.customers.includes(c))]),
    ) as BusinessModels['customers'],
    revenue: Object.fromEntries(
      REVENUE_MODELS.map((r) => [r, fitLabel((l) => l.revenue.includes(r))]),
    ) as BusinessModels['revenue'],
  };
}
