// Who pays and how, learned from the corpus labels (`npm run train`): one logistic
// regression per customer and per revenue model over what the posting says about the
// business, what the stated-model rules found, the employer's segment and its name.
// The rules read what a posting states; the models add what the company plainly is
// ("a drug maker sells products") where the labels call that unmistakable.

import { type BinaryModel, type SoftmaxModel, sigmoid, softmaxScores } from '../claims/learned/linear.ts';
import { tokens } from '../claims/learned/tokens.ts';
import type { Sentence } from '../claims/segment.ts';
import type { BusinessModel, Customer, HealthcareVerdict, Posting, RevenueModel } from '../types.ts';

export interface BusinessModels {
  customers: Readonly<Record<Customer, BinaryModel>>;
  revenue: Readonly<Record<RevenueModel, BinaryModel>>;
}

/** Sections that speak of the job, the perks or the law, not of the business. */
export const NOT_THE_BUSINESS: ReadonlySet<string> = new Set(['requirements', 'duties', 'benefits', 'legal']);

export function businessFeatures(
  posting: Posting,
  healthcare: HealthcareVerdict,
  sentences: readonly Sentence[],
  stated: BusinessModel,
): string[] {
  const out = new Set<string>([
    `segment:${healthcare.segment}`,
    healthcare.is ? 'healthcare' : 'not-healthcare',
  ]);
  for (const c of stated.customers) out.add(`stated:${c}`);
  for (const r of stated.revenue) out.add(`stated:${r}`);
  for (const w of tokens(posting.company ?? '')) out.add(`company:${w}`);
  for (const w of tokens(posting.employerDescription ?? '')) out.add(`w:${w}`);
  for (const s of sentences) {
    if (NOT_THE_BUSINESS.has(s.section)) continue;
    for (const w of tokens(s.text)) out.add(`w:${w}`);
  }
  return [...out];
}

/** The sentence whose words speak most for `model`: the evidence for an inferred label. */
export function strongestSentence(model: BinaryModel, sentences: readonly Sentence[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const s of sentences) {
    if (NOT_THE_BUSINESS.has(s.section)) continue;
    let score = 0;
    for (const w of new Set(tokens(s.text))) score += Math.max(0, model.weights[`w:${w}`] ?? 0);
    if (score > bestScore) {
      best = s.text;
      bestScore = score;
    }
  }
  return best;
}

// Six customer models and seven revenue models score the same features of a posting, a
// few thousand of them: read as one softmax-shaped table (per feature, every model's
// weight in `keys` order), that is one lookup per feature for a whole set.
const stacks = new WeakMap<object, SoftmaxModel<string>>();

function stackOf<K extends string>(
  models: Readonly<Record<K, BinaryModel>>,
  keys: readonly K[],
): SoftmaxModel<string> {
  const known = stacks.get(models);
  if (known?.classes === keys) return known;
  const weights: Record<string, number[]> = {};
  keys.forEach((k, i) => {
    for (const [f, w] of Object.entries(models[k].weights)) {
      weights[f] ??= new Array<number>(keys.length).fill(0);
      weights[f][i] = w;
    }
  });
  const stack = { classes: keys, bias: keys.map((k) => models[k].bias), weights };
  stacks.set(models, stack);
  return stack;
}

/** The labels whose model says yes; the same sums, in the same order, as binaryProbability's. */
export function predicted<K extends string>(
  models: Readonly<Record<K, BinaryModel>>,
  keys: readonly K[],
  features: readonly string[],
): K[] {
  const z = softmaxScores(stackOf(models, keys), features);
  return keys.filter((k, i) => sigmoid(z[i]!) >= models[k].threshold);
}
