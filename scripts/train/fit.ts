// Fits the learned models: L2-regularised logistic regression (binary and multinomial)
// by full-batch Adam, so the same examples give the same weights, byte for byte. Weights are rounded and the negligible ones dropped to keep the file small.

export interface Example {
  features: readonly string[];
  /** 0/1 for a binary model, the class index for a softmax one. */
  y: number;
  weight?: number;
}

export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** A feature must fire in this many examples to get a weight. */
  minCount: number;
  /** Weights smaller than this are dropped after fitting (they barely move a decision). */
  prune: number;
}

/** mulberry32: a small seeded generator, enough for shuffling. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Indexed {
  ids: number[];
  y: number;
  weight: number;
}

function index(examples: readonly Example[], minCount: number): { vocab: string[]; rows: Indexed[] } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const id = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    ids: [...new Set(e.features)].flatMap((f) => (id.has(f) ? [id.get(f)!] : [])),
    y: e.y,
    weight: e.weight ?? 1,
  }));
  return { vocab, rows };
}

export const round = (w: number) => Math.round(w * 1000) / 1000;

/** Adam steps on one parameter vector, given its full-batch gradient. */
class Adam {
  private m: Float64Array;
  private v: Float64Array;
  private t = 0;
  constructor(
    size: number,
    private rate: number,
  ) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  step(w: Float64Array, g: Float64Array): void {
    this.t++;
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    for (let i = 0; i < w.length; i++) {
      this.m[i] = b1 * this.m[i]! + (1 - b1) * g[i]!;
      this.v[i] = b2 * this.v[i]! + (1 - b2) * g[i]! * g[i]!;
      w[i]! -= (this.rate * (this.m[i]! / c1)) / (Math.sqrt(this.v[i]! / c2) + 1e-8);
    }
  }
}

/**
 * Minimises the mean weighted log-loss plus l2/2 times the squared weights (the bias is
 * not penalised), by full-batch Adam: no sampling, so nothing depends on an order.
 */
export function fitBinary(
  examples: readonly Example[],
  o: FitOptions,
): { bias: number; weights: Record<string, number> } {
  const { vocab, rows } = index(examples, o.minCount);
  const n = vocab.length;
  // Parameter n is the bias.
  const w = new Float64Array(n + 1);
  const g = new Float64Array(n + 1);
  const adam = new Adam(n + 1, o.rate);
  const total = rows.reduce((a, r) => a + r.weight, 0);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    g.fill(0);
    for (const row of rows) {
      let z = w[n]!;
      for (const i of row.ids) z += w[i]!;
      const d = ((1 / (1 + Math.exp(-z)) - row.y) * row.weight) / total;
      g[n]! += d;
      for (const i of row.ids) g[i]! += d;
    }
    for (let i = 0; i < n; i++) g[i]! += o.l2 * w[i]!;
    adam.step(w, g);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const r = round(w[i]!);
    if (Math.abs(r) >= o.prune && r !== 0) weights[f] = r;
  });
  return { bias: round(w[n]!), weights };
}

export function fitSoftmax(
  examples: readonly Example[],
  classCount: number,
  o: FitOptions,
): { bias: number[]; weights: Record<string, number[]> } {
  const { vocab, rows } = index(examples, o.minCount);
  const K = classCount;
  const n = vocab.length;
  // Rows 0..n-1 are the features, row n the biases; K weights a row.
  const w = new Float64Array((n + 1) * K);
  const g = new Float64Array((n + 1) * K);
  const adam = new Adam((n + 1) * K, o.rate);
  const z = new Float64Array(K);
  const total = rows.reduce((a, r) => a + r.weight, 0);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    g.fill(0);
    for (const row of rows) {
      for (let k = 0; k < K; k++) {
        let s = w[n * K + k]!;
        for (const i of row.ids) s += w[i * K + k]!;
        z[k] = s;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k]! - max);
        sum += z[k]!;
      }
      for (let k = 0; k < K; k++) {
        const d = ((z[k]! / sum - (row.y === k ? 1 : 0)) * row.weight) / total;
        g[n * K + k]! += d;
        for (const i of row.ids) g[i * K + k]! += d;
      }
    }
    for (let j = 0; j < n * K; j++) g[j]! += o.l2 * w[j]!;
    adam.step(w, g);
  }
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const row = Array.from(w.subarray(i * K, i * K + K), (x) => (Math.abs(x) < o.prune ? 0 : round(x)));
    if (row.some((x) => x !== 0)) weights[f] = row;
  });
  return { bias: Array.from(w.subarray(n * K, n * K + K), round), weights };
}
