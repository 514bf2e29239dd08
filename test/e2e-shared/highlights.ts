// How the claims are tinted in the page, for the highlight tests of both browsers: each
// claim under its theme and specificity, in the plain or the darker (`-alt`) tint, and
// two neighbours of one theme and specificity never in the same tint.

interface TintedClaim {
  text: string;
  theme: string;
  specificity: string;
  start: number;
}

export interface Tints {
  /** Claims no highlight of their theme and specificity holds. */
  untinted: string[];
  /** Neighbouring claims (3 characters apart or less) of one theme and specificity. */
  neighbours: number;
  /** Those neighbours that share a tint, and so read as one. */
  sameTint: string[];
}

/** `highlights` by name, as the page sees them; texts compare with `squash` applied. */
export function tints(
  claims: readonly TintedClaim[],
  highlights: Record<string, string[]>,
  squash: (s: string) => string,
): Tints {
  const tintOf = (claim: TintedClaim) => {
    const name = `mission-lens-${claim.theme}-${claim.specificity}`;
    return [name, `${name}-alt`].find((n) => highlights[n]?.map(squash).includes(squash(claim.text)));
  };
  const inOrder = [...claims].sort((a, b) => a.start - b.start);
  const out: Tints = {
    untinted: claims.filter((c) => !tintOf(c)).map((c) => c.text),
    neighbours: 0,
    sameTint: [],
  };
  for (let i = 1; i < inOrder.length; i++) {
    const [a, b] = [inOrder[i - 1]!, inOrder[i]!];
    if (b.start - (a.start + a.text.length) > 3 || a.theme !== b.theme || a.specificity !== b.specificity)
      continue;
    out.neighbours++;
    if (tintOf(a) === tintOf(b)) out.sameTint.push(`${a.text} / ${b.text}`);
  }
  return out;
}
