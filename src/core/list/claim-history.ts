// How a company's mission language moved between two of its postings: claims that are
// new, claims dropped, and claims kept but judged differently (vague now, specific
// before, or another theme). Claims are matched by their words, not their place.
import type { Claim } from '../types.ts';

export interface ClaimChanges {
  added: Claim[];
  dropped: Claim[];
  changed: { before: Claim; after: Claim }[];
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function claimChanges(before: Claim[], after: Claim[]): ClaimChanges {
  const old = new Map(before.map((c) => [words(c.text), c]));
  const added: Claim[] = [];
  const changed: ClaimChanges['changed'] = [];
  const kept = new Set<string>();
  for (const claim of after) {
    const key = words(claim.text);
    const was = old.get(key);
    if (!was) added.push(claim);
    else {
      kept.add(key);
      if (was.specificity !== claim.specificity || was.theme !== claim.theme)
        changed.push({ before: was, after: claim });
    }
  }
  const dropped = before.filter((c) => !kept.has(words(c.text)));
  return { added, dropped, changed };
}
