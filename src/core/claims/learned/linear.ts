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

const own = Object.prototype.hasOwnProperty;

export function binaryLogit(model: BinaryModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) if (own.call(model.weights, f)) z += model.weights[f]!;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function binaryProbability(model: BinaryModel, features: readonly string[]): number {
  return sigmoid(binaryLogit(model, features));
}

/** The features that pushed the decision most, strongest first, with their weights. */
export function strongest(model: BinaryModel, features: readonly string[], n: number): [string, number][] {
  const out: [string, number][] = [];
  for (const f of new Set(features)) if (own.call(model.weights, f)) out.push([f, model.weights[f]!]);
  return out.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

export function softmaxScores<C extends string>(model: SoftmaxModel<C>, features: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    if (!own.call(model.weights, f)) continue;
    const w = model.weights[f]!;
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
