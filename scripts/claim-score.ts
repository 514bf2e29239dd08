// Tallies found claims against the labelled ones for one posting, with the matching rule
// of claim-match.ts: precision and recall of the claims, and, among matched claims, the
// agreement on specificity (plain and balanced) and on theme. Used by every eval.
import type { Claim } from '../src/core/types.ts';
import { matches, normalize, normalizeWithMap, occurrences, overlap, type Rule } from './claim-match.ts';
import type { Label } from './corpus.ts';

export interface ClaimTally {
  hits: number;
  falseAlarms: number;
  neutral: number;
  found: number;
  labelled: number;
  unplaced: number;
  spec: { vague: [number, number]; specific: [number, number] };
  theme: [number, number];
  misses: string[];
  alarms: string[];
  /** Matched claims judged differently: "gold -> predicted" with the text. */
  disagreements: string[];
  confusion: Map<string, number>;
}

export const newTally = (): ClaimTally => ({
  hits: 0,
  falseAlarms: 0,
  neutral: 0,
  found: 0,
  labelled: 0,
  unplaced: 0,
  spec: { vague: [0, 0], specific: [0, 0] },
  theme: [0, 0],
  misses: [],
  alarms: [],
  disagreements: [],
  confusion: new Map(),
});

type Found = Pick<Claim, 'text' | 'start' | 'end' | 'theme' | 'specificity'>;

export function tallyPosting(
  label: Label,
  description: string,
  claims: readonly Found[],
  rule: Rule,
  tallies: readonly ClaimTally[],
): void {
  const norm = normalizeWithMap(description);
  const preds = claims.map((c) => ({
    claim: c,
    span: { a: norm.map[c.start] ?? 0, b: norm.map[c.end] ?? 0 },
  }));
  const labelled = label.claims.map((c) => ({ claim: c, spans: occurrences(norm.text, normalize(c.quote)) }));
  const borderline = label.borderline.flatMap((q) => occurrences(norm.text, normalize(q)));
  for (const pred of preds) {
    const hit = labelled.some((l) => l.spans.some((s) => matches(pred.span, s, rule)));
    const neutral = !hit && borderline.some((s) => matches(pred.span, s, rule));
    for (const t of tallies) {
      if (hit) t.hits++;
      else if (neutral) t.neutral++;
      else {
        t.falseAlarms++;
        t.alarms.push(`${label.id}  ${pred.claim.text.slice(0, 160)}`);
      }
    }
  }
  for (const l of labelled) {
    let best: { claim: Found; o: number } | null = null;
    for (const pred of preds)
      for (const s of l.spans) {
        if (!matches(pred.span, s, rule)) continue;
        const o = overlap(pred.span, s);
        if (!best || o > best.o) best = { claim: pred.claim, o };
      }
    for (const t of tallies) {
      t.labelled++;
      if (l.spans.length === 0) t.unplaced++;
      if (!best) {
        t.misses.push(
          `${label.id}  [${l.claim.theme}/${l.claim.specificity}] ${l.claim.quote.slice(0, 160)}`,
        );
        continue;
      }
      t.found++;
      const sameSpec = best.claim.specificity === l.claim.specificity;
      const sameTheme = best.claim.theme === l.claim.theme;
      const agree = t.spec[l.claim.specificity];
      agree[1]++;
      if (sameSpec) agree[0]++;
      t.theme[1]++;
      if (sameTheme) t.theme[0]++;
      if (!sameTheme) {
        const pair = `${l.claim.theme} -> ${best.claim.theme}`;
        t.confusion.set(pair, (t.confusion.get(pair) ?? 0) + 1);
      }
      if (!sameSpec || !sameTheme)
        t.disagreements.push(
          `${label.id}  [${l.claim.specificity}/${l.claim.theme} -> ${best.claim.specificity}/${best.claim.theme}] ${l.claim.quote.slice(0, 160)}`,
        );
    }
  }
}

export const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export interface ClaimFigures {
  precision: number;
  recall: number;
  specificity: number;
  balanced: number;
  vague: number;
  specific: number;
  theme: number;
}

export function figures(t: ClaimTally): ClaimFigures {
  const vague = ratio(...t.spec.vague);
  const specific = ratio(...t.spec.specific);
  return {
    precision: ratio(t.hits, t.hits + t.falseAlarms),
    recall: ratio(t.found, t.labelled),
    specificity: ratio(t.spec.vague[0] + t.spec.specific[0], t.spec.vague[1] + t.spec.specific[1]),
    balanced: (vague + specific) / 2,
    vague,
    specific,
    theme: ratio(...t.theme),
  };
}

/** The corpus's sources, as the README names them. */
export function sourceOf(label: Label): string {
  if (!label.id.startsWith('N')) return 'original 97';
  const m = /\((LinkedIn|Indeed|Glassdoor)[, ]+(?:scraped c\. )?(2023-24|2018)?/.exec(label.source);
  if (!m) return 'other';
  return m[2] ? `${m[1]} ${m[2]}` : (m[1] ?? 'other');
}
