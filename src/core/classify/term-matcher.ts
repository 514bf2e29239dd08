// Compiles a list of terms into at most two regular expressions (case-insensitive and
// case-sensitive), so a whole description is scanned in one pass per expression instead of
// once per term. Each pattern is one capture group; the group that matched says which term hit.
import type { HealthcareTerm } from '../lexicon/healthcare-term.ts';

export interface TermHit {
  term: number;
  start: number;
  end: number;
  text: string;
}

export interface TermMatcher {
  readonly terms: readonly HealthcareTerm[];
  scan(text: string): TermHit[];
}

interface CompiledPass {
  regex: RegExp;
  /** Capture group number (1-based) -> index into `terms`. */
  groupTerm: number[];
}

// Word edges that also work next to punctuation-led patterns such as "p&c" or "510(k)".
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Roughly how many characters a pattern must match: its text without optional parts, so
 * "clinical data" (13) is tried before "clinical(?:ly)?" (8).
 */
function literalLength(source: string): number {
  return source
    .replace(/\(\?:[^()]*\)\?/g, '')
    .replace(/\\?.\?/g, (m) => (m.endsWith('?') ? '' : m))
    .replace(/[^\p{L}\p{N} &'-]/gu, '').length;
}

function compilePass(terms: readonly HealthcareTerm[], caseSensitive: boolean): CompiledPass | null {
  const alternatives: { source: string; term: number }[] = [];
  terms.forEach((term, index) => {
    if (Boolean(term.caseSensitive) !== caseSensitive) return;
    for (const source of term.patterns) alternatives.push({ source, term: index });
  });
  if (alternatives.length === 0) return null;
  // Longest first, so "medicare advantage" wins over "medicare" and "animal hospital" over
  // "animal" at the same position, whichever term lists them.
  alternatives.sort((a, b) => literalLength(b.source) - literalLength(a.source));
  const flags = caseSensitive ? 'gu' : 'giu';
  const body = alternatives.map((a) => `(${a.source})`).join('|');
  return {
    regex: new RegExp(`${BEFORE}(?:${body})${AFTER}`, flags),
    groupTerm: alternatives.map((a) => a.term),
  };
}

export function compileTerms(terms: readonly HealthcareTerm[]): TermMatcher {
  const passes = [compilePass(terms, false), compilePass(terms, true)].filter(
    (p): p is CompiledPass => p !== null,
  );
  return {
    terms,
    scan(text: string): TermHit[] {
      const hits: TermHit[] = [];
      for (const { regex, groupTerm } of passes) {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
          for (let g = 1; g < m.length; g++) {
            if (m[g] === undefined) continue;
            const term = groupTerm[g - 1];
            if (term !== undefined)
              hits.push({ term, start: m.index, end: m.index + m[0].length, text: m[0] });
            break;
          }
          if (m[0].length === 0) regex.lastIndex++;
        }
      }
      return hits;
    },
  };
}

/** Whether any of `patterns` occurs as whole words in the text; compiled once by the caller. */
export function anyOf(patterns: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`${BEFORE}(?:${patterns.join('|')})${AFTER}`, flags);
}
