// Who pays and how, learned from the corpus labels (`npm run train`): one logistic
// regression per customer and per revenue model over what the posting says about the
// business, what the stated-model rules found, the employer's segment and its name.
// The rules read what a posting states; the models add what the company plainly is
// ("a drug maker sells products") where the labels call that unmistakable.

import { type BinaryModel, sigmoid } from '../claims/learned/linear.ts';
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

/** A set of binary models read as one: per feature, the weights of every model in `keys` order. */
interface Stack {
  keys: readonly string[];
  bias: readonly number[];
  weights: ReadonlyMap<string, Float64Array>;
}
const stacks = new WeakMap<object, Stack>();

// Six customer models and seven revenue models score the same features of a posting, a
// few thousand of them: one lookup per feature for all of a set instead of one per model.
function stackOf<K extends string>(models: Readonly<Record<K, BinaryModel>>, keys: readonly K[]): Stack {
  const known = stacks.get(models);
  if (known?.keys === keys) return known;
  const weights = new Map<string, Float64Array>();
  keys.forEach((k, i) => {
    for (const [f, w] of Object.entries(models[k].weights)) {
      let row = weights.get(f);
      if (!row) {
        row = new Float64Array(keys.length);
        weights.set(f, row);
      }
      row[i] = w;
    }
  });
  const stack = { keys, bias: keys.map((k) => models[k].bias), weights };
  stacks.set(models, stack);
  return stack;
}

/** The labels whose model says yes; the same sums, in the same order, as binaryProbability's. */
export function predicted<K extends string>(
  models: Readonly<Record<K, BinaryModel>>,
  keys: readonly K[],
  features: readonly string[],
): K[] {
  const { bias, weights } = stackOf(models, keys);
  const z = [...bias];
  for (const f of features) {
    const row = weights.get(f);
    if (row) for (let i = 0; i < z.length; i++) z[i]! += row[i]!;
  }
  return keys.filter((k, i) => sigmoid(z[i]!) >= models[k].threshold);
}
