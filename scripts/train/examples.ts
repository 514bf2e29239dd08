// Training examples from the labelled corpus: every sentence of every posting, as the
// claim finder will see it (segmented by the product's own segmenter), labelled a claim
// when it matches a labelled quote; sentences that match only a borderline quote are left
// out (neither answer is wrong). Specificity and theme learn from the labelled quotes.
import { readFileSync } from 'node:fs';
import { postingFromText } from '../../src/core/analyze.ts';
import {
  claimContext,
  claimFeatures,
  specificityFeatures,
  themeFeatures,
} from '../../src/core/claims/learned/features.ts';
import { segmentDescription } from '../../src/core/claims/segment.ts';
import { classifyHealthcare } from '../../src/core/classify/healthcare.ts';
import { type Posting, THEMES } from '../../src/core/types.ts';
import { matches, normalize, normalizeWithMap, occurrences } from '../claim-match.ts';
import { type Label, textPath } from '../corpus.ts';
import type { Example } from './fit.ts';

export interface CorpusExamples {
  claim: Example[];
  specificity: Example[];
  theme: Example[];
}

const postingCache = new Map<string, { posting: Posting; healthcare: boolean }>();
/** A corpus posting read from its text file, with the product's own healthcare verdict. */
export function postingOf(id: string): { posting: Posting; healthcare: boolean } {
  let p = postingCache.get(id);
  if (p === undefined) {
    const posting = postingFromText(readFileSync(textPath(id), 'utf8'));
    p = { posting, healthcare: classifyHealthcare(posting).is };
    postingCache.set(id, p);
  }
  return p;
}

export const descriptionOf = (id: string) => postingOf(id).posting.description;

export function claimExamples(label: Label): Example[] {
  const description = descriptionOf(label.id);
  const norm = normalizeWithMap(description);
  const gold = label.claims.flatMap((c) => occurrences(norm.text, normalize(c.quote)));
  const borderline = label.borderline.flatMap((q) => occurrences(norm.text, normalize(q)));
  const sentences = segmentDescription(description);
  const ctx = claimContext(sentences, label.company);
  const out: Example[] = [];
  sentences.forEach((s, i) => {
    const span = { a: norm.map[s.start] ?? 0, b: norm.map[s.end] ?? 0 };
    const y = gold.some((g) => matches(span, g, 'shorter')) ? 1 : 0;
    if (y === 0 && borderline.some((b) => matches(span, b, 'shorter'))) return;
    out.push({ features: claimFeatures(ctx, i), y });
  });
  return out;
}

export function corpusExamples(labels: readonly Label[]): CorpusExamples {
  const claim = labels.flatMap(claimExamples);
  const quotes = labels.flatMap((l) =>
    l.claims.map((c) => ({ ...c, healthcare: postingOf(l.id).healthcare })),
  );
  return {
    claim,
    specificity: quotes.map((c) => ({
      features: specificityFeatures(c.quote),
      y: c.specificity === 'specific' ? 1 : 0,
    })),
    theme: quotes.map((c) => ({
      features: themeFeatures(c.quote, c.healthcare),
      y: Math.max(0, THEMES.indexOf(c.theme as never)),
    })),
  };
}
