// Fits the learned models: L2-regularised logistic regression (binary and multinomial)
// by AdaGrad over a seeded shuffle, so the same examples give the same weights, byte for
// byte. Weights are rounded and the negligible ones dropped to keep the file small.

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
  seed: number;
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

export function fitBinary(examples: readonly Example[], o: FitOptions): { bias: number; weights: Record<string, number> } {
  const { vocab, rows } = index(examples, o.minCount);
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const row of shuffled(rows, random)) {
      let z = bias;
      for (const i of row.ids) z += w[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - row.y) * row.weight;
      biasG2 += g * g;
      bias -= (o.rate * g) / Math.sqrt(biasG2);
      for (const i of row.ids) {
        const gi = g + o.l2 * w[i]!;
        g2[i]! += gi * gi;
        w[i]! -= (o.rate * gi) / Math.sqrt(g2[i]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const r = round(w[i]!);
    if (r !== 0) weights[f] = r;
  });
  return { bias: round(bias), weights };
}

export function fitSoftmax(
  examples: readonly Example[],
  classCount: number,
  o: FitOptions,
): { bias: number[]; weights: Record<string, number[]> } {
  const { vocab, rows } = index(examples, o.minCount);
  const K = classCount;
  const w = new Float64Array(vocab.length * K);
  const g2 = new Float64Array(vocab.length * K).fill(1e-8);
  const bias = new Float64Array(K);
  const biasG2 = new Float64Array(K).fill(1e-8);
  const z = new Float64Array(K);
  const random = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const row of shuffled(rows, random)) {
      for (let k = 0; k < K; k++) {
        let s = bias[k]!;
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
        const g = (z[k]! / sum - (row.y === k ? 1 : 0)) * row.weight;
        biasG2[k]! += g * g;
        bias[k]! -= (o.rate * g) / Math.sqrt(biasG2[k]!);
        for (const i of row.ids) {
          const j = i * K + k;
          const gi = g + o.l2 * w[j]!;
          g2[j]! += gi * gi;
          w[j]! -= (o.rate * gi) / Math.sqrt(g2[j]!);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const row = Array.from(w.subarray(i * K, i * K + K), round);
    if (row.some((x) => x !== 0)) weights[f] = row;
  });
  return { bias: Array.from(bias, round), weights };
}
