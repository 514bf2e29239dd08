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
  let s = stems.get(word);
  if (s === undefined) {
    s = SUFFIX.exec(word)?.[1] ?? word;
    // Postings reuse a few thousand words; the bound only guards against a hostile page.
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}
const SUFFIX = /^(.{3,}?)(?:ations?|ments?|ings?|ness|ities|ity|ies|ied|ed|es|ly|s|'s)$/;
const stems = new Map<string, string>();

export function tokens(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    let t = m[0];
    const c = t.charCodeAt(0);
    // Only a token that starts with a digit can be a number (ASCII letters never are).
    if ((c >= 48 && c <= 57) || c > 127 ? NUMBER.test(t) : false) {
      out.push('#num');
      continue;
    }
    if (t.includes('’')) t = t.replace('’', "'");
    out.push(stem(t));
  }
  return out;
}

/** `w:` words, each once, and with `pairs` the `b:` word pairs too. */
export function wordFeatures(words: readonly string[], into: string[], pairs = false): void {
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const u = `w:${w}`;
    if (!seen.has(u)) {
      seen.add(u);
      into.push(u);
    }
    const next = words[i + 1];
    if (!pairs || next === undefined) continue;
    const b = `b:${w}_${next}`;
    if (!seen.has(b)) {
      seen.add(b);
      into.push(b);
    }
  }
}
