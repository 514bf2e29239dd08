// Words of a sentence as the learned models see them: lower case, numbers folded into
// one token (the count matters less than that there is one), and word pairs.

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?|%|\$|£|€/gu;
const NUMBER = /^\p{N}[\p{N},.]*$/u;

/**
 * A light suffix stripper, so "improving", "improves" and "improved" share one weight:
 * with a few hundred labelled claims, most word forms are seen once or never.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  const m = /^(.{3,}?)(?:ations?|ments?|ings?|ness|ities|ity|ies|ied|ed|es|ly|s|'s)$/.exec(word);
  return m?.[1] ?? word;
}

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const t = m[0].replace('’', "'");
    out.push(NUMBER.test(t) ? '#num' : stem(t));
  }
  return out;
}

/** `w:` words and `b:` word pairs, each once. */
export function wordFeatures(words: readonly string[], into: string[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const u = `w:${w}`;
    if (!seen.has(u)) {
      seen.add(u);
      into.push(u);
    }
    const next = words[i + 1];
    if (next === undefined) continue;
    const b = `b:${w}_${next}`;
    if (!seen.has(b)) {
      seen.add(b);
      into.push(b);
    }
  }
}
