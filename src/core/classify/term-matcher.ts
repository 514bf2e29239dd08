// Compiles a list of terms into at most two regular expressions (case-insensitive and
// case-sensitive), so a whole description is scanned in one pass per expression instead of
// once per term.
import type { HealthcareTerm } from '../lexicon/healthcare-term.ts';
import { compiledNow } from '../native-regex.ts';

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
  /** The alternatives in the order the regex tries them, each anchored, to name the one that hit. */
  anchored: { regex: RegExp; term: number }[];
  caseSensitive: boolean;
  /** Matched text -> term, so each distinct phrase is identified once. */
  known: Map<string, number>;
}

// Word edges: `\b` before (ASCII words are what the lexicon holds, and it lets the engine skip
// ahead cheaply), and no letter or digit after, so "510(k)" and "p&c" work too. No `u` flag and
// no capture groups: both make the one big alternation several times slower.
const BEFORE = '\\b';
const AFTER = '(?!\\w)';
const MAX_KNOWN = 2_000;

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
  const flags = caseSensitive ? '' : 'i';
  const body = alternatives.map((a) => a.source).join('|');
  return {
    regex: compiledNow(new RegExp(`${BEFORE}(?:${body})${AFTER}`, `g${flags}`)),
    anchored: alternatives.map((a) => ({ regex: new RegExp(`^(?:${a.source})$`, flags), term: a.term })),
    caseSensitive,
    known: new Map(),
  };
}

/**
 * Which term produced `text`. The first alternative that matches the whole text is the one the
 * big regex chose: any earlier alternative matching it would have matched at that position too.
 */
function identify(pass: CompiledPass, text: string): number | undefined {
  const key = pass.caseSensitive ? text : text.toLowerCase();
  const known = pass.known.get(key);
  if (known !== undefined) return known;
  const term = pass.anchored.find((a) => a.regex.test(text))?.term;
  if (term === undefined) return undefined;
  if (pass.known.size >= MAX_KNOWN) pass.known.clear();
  pass.known.set(key, term);
  return term;
}

/** "non-medical billing", "non-clinical": the term is named to say it is not that. */
function negated(text: string, start: number): boolean {
  return start >= 4 && /non[- ]$/i.test(text.slice(start - 4, start));
}

export function compileTerms(terms: readonly HealthcareTerm[]): TermMatcher {
  const passes = [compilePass(terms, false), compilePass(terms, true)].filter(
    (p): p is CompiledPass => p !== null,
  );
  return {
    terms,
    scan(text: string): TermHit[] {
      const hits: TermHit[] = [];
      for (const pass of passes) {
        const { regex } = pass;
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
          const term = negated(text, m.index) ? undefined : identify(pass, m[0]);
          if (term !== undefined) hits.push({ term, start: m.index, end: m.index + m[0].length, text: m[0] });
          if (m[0].length === 0) regex.lastIndex++;
        }
      }
      return hits;
    },
  };
}

/** Any of `patterns` as whole words, case-insensitively; compiled once by the caller. */
export function anyOf(patterns: readonly string[], flags = ''): RegExp {
  return compiledNow(new RegExp(`${BEFORE}(?:${patterns.join('|')})${AFTER}`, `i${flags}`));
}
