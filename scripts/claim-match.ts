// How a found claim is matched to a labelled one (the rule of ../shared/analysis-contract.md):
// texts are lower-cased and every run of white space and punctuation is collapsed to one
// space; two spans match when the text they share covers at least half of the SHORTER of
// the two (or, for the stricter figure, of the LONGER). Shared by the eval and training.

export interface Span {
  a: number;
  b: number;
}

export interface Normalized {
  text: string;
  /** For each raw index, the index in `text` where it lands. */
  map: number[];
}

/** Lower-cases and collapses runs of anything but letters and digits to one space. */
export function normalizeWithMap(raw: string): Normalized {
  let text = '';
  const map: number[] = new Array(raw.length + 1);
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (pendingSpace && text.length > 0) text += ' ';
      pendingSpace = false;
      map[i] = text.length;
      text += ch.toLowerCase();
    } else {
      map[i] = text.length;
      pendingSpace = true;
    }
  }
  map[raw.length] = text.length;
  return { text, map };
}

export const normalize = (s: string) => normalizeWithMap(s).text;

export function occurrences(hay: string, needle: string): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
    out.push({ a: i, b: i + needle.length });
  return out;
}

export const overlap = (x: Span, y: Span) => Math.max(0, Math.min(x.b, y.b) - Math.max(x.a, y.a));
const len = (x: Span) => Math.max(1, x.b - x.a);

export type Rule = 'shorter' | 'longer';
export function matches(x: Span, y: Span, rule: Rule): boolean {
  const o = overlap(x, y);
  const base = rule === 'shorter' ? Math.min(len(x), len(y)) : Math.max(len(x), len(y));
  return o >= 0.5 * base;
}
