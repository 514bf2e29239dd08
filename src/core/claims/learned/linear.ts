// Inference for the learned models: a weighted sum of the features that fired. The
// weights are generated data (weights.generated.ts, written by `npm run train`).

export interface BinaryModel {
  bias: number;
  /** Probability at or above which the answer is yes. */
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

export interface SoftmaxModel<C extends string> {
  classes: readonly C[];
  bias: readonly number[];
  /** Per feature, one weight per class (in `classes` order). */
  weights: Readonly<Record<string, readonly number[]>>;
}

// Thousands of keys put a plain object in dictionary mode; a Map, made once per model,
// looks up faster and never reaches the prototype.
const tables = new WeakMap<object, ReadonlyMap<string, number>>();
function table(model: BinaryModel): ReadonlyMap<string, number> {
  let t = tables.get(model.weights);
  if (!t) {
    t = new Map(Object.entries(model.weights));
    tables.set(model.weights, t);
  }
  return t;
}

export function binaryLogit(model: BinaryModel, features: readonly string[]): number {
  const weights = table(model);
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function binaryProbability(model: BinaryModel, features: readonly string[]): number {
  return sigmoid(binaryLogit(model, features));
}

const rows = new WeakMap<object, ReadonlyMap<string, readonly number[]>>();

export function softmaxScores<C extends string>(
  model: SoftmaxModel<C>,
  features: readonly string[],
): number[] {
  let t = rows.get(model.weights);
  if (!t) {
    t = new Map(Object.entries(model.weights));
    rows.set(model.weights, t);
  }
  const z = [...model.bias];
  for (const f of features) {
    const w = t.get(f);
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += w[k] ?? 0;
  }
  return z;
}

export function softmaxBest<C extends string>(model: SoftmaxModel<C>, features: readonly string[]): C {
  const z = softmaxScores(model, features);
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
  return model.classes[best]!;
}
