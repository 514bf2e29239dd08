// What the learned models read. The hand-written cues the engine already had (purpose
// and impact phrases, the company as subject, the section, list or prose, the
// specificity lexicon, the theme cues) become features beside the words, so they
// inform the decision instead of being it.
import { MEASURES, MECHANISMS, type NamedPattern, PAYER_MENTIONS, POPULATIONS } from '../../lexicon/claims-specificity.ts';
import { THEME_CUES, THEME_ORDER } from '../../lexicon/themes.ts';
import { type ClaimScore, isClaim, scoreSentence } from '../score.ts';
import type { Sentence } from '../segment.ts';
import { tokens, wordFeatures } from './tokens.ts';

const bucket = (n: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
};

const LENGTH_EDGES = [5, 9, 15, 25, 40, 60];
const SCORE_EDGES = [0.5, 1.5, 2.75, 4, 5.5];

export interface ClaimContext {
  sentences: readonly Sentence[];
  scores: readonly ClaimScore[];
  /** The distinctive words of the employer's name ("Meritage", "Komodo"), stemmed. */
  company: ReadonlySet<string>;
}

// Words of a company name that say nothing about which company it is.
const GENERIC_NAME_WORDS = new Set(
  'inc llc ltd corp co company group the of and health healthcare care medical services service solutions system systems network center centre international global usa us america plan hospital'.split(' '),
);

export function claimContext(sentences: readonly Sentence[], company: string | null = null): ClaimContext {
  const name = new Set(tokens(company ?? '').filter((w) => w.length > 2 && !GENERIC_NAME_WORDS.has(w) && w !== '#num'));
  return { sentences, scores: sentences.map((s) => scoreSentence(s)), company: name };
}

/** Features of sentence `i` of a posting, for the claim finder. */
export function claimFeatures(ctx: ClaimContext, i: number): string[] {
  const sentence = ctx.sentences[i]!;
  const score = ctx.scores[i]!;
  const words = tokens(sentence.text);
  const out: string[] = [];
  wordFeatures(words, out);
  if (words[0]) out.push(`first:${words[0]}`);
  if (ctx.company.size > 0) {
    const at = words.findIndex((w) => ctx.company.has(w));
    if (at >= 0) out.push(at < 2 ? 'company:subject' : 'company:named');
  }
  if (words[0] && words[1]) out.push(`first2:${words[0]}_${words[1]}`);
  out.push(`sec:${sentence.section}`, `len:${bucket(words.length, LENGTH_EDGES)}`);
  out.push(sentence.bullet ? 'list' : sentence.lineSentences > 1 ? 'prose' : 'line');
  for (const cue of score.cues) out.push(`cue:${cue}`);
  out.push(`rule:${bucket(score.score, SCORE_EDGES)}`);
  if (isClaim(score)) out.push('rule:claim');
  const n = ctx.sentences.length;
  out.push(`pos:${Math.min(4, Math.floor((5 * i) / Math.max(1, n)))}`);
  if (i < 3) out.push('pos:opening');
  if (n - i <= 3) out.push('pos:closing');
  // Mission language comes in paragraphs: a neighbour that reads as one is a hint.
  const prev = ctx.scores[i - 1];
  const next = ctx.scores[i + 1];
  if (prev && isClaim(prev)) out.push('near:prev');
  if (next && isClaim(next)) out.push('near:next');
  if (prev && ctx.sentences[i - 1]!.line === sentence.line) out.push('near:same-line');
  return out;
}

export interface Named {
  who: NamedPattern | null;
  how: NamedPattern | null;
  howMuch: NamedPattern | null;
  payer: NamedPattern | null;
}

const firstMatch = (patterns: readonly NamedPattern[], text: string) =>
  patterns.find((p) => p.pattern.test(text)) ?? null;

/** What a claim names, by the specificity lexicon: the reasons are built from this. */
export function namedIn(text: string): Named {
  return {
    who: firstMatch(POPULATIONS, text),
    how: firstMatch(MECHANISMS, text),
    howMuch: firstMatch(MEASURES, text),
    payer: firstMatch(PAYER_MENTIONS, text),
  };
}

/** Features of a claim, for the specificity judge. */
export function specificityFeatures(text: string, named: Named = namedIn(text)): string[] {
  const words = tokens(text);
  const out: string[] = [];
  wordFeatures(words, out);
  out.push(`len:${bucket(words.length, LENGTH_EDGES)}`);
  if (named.who) out.push('named:who', `who:${named.who.label}`);
  if (named.how) out.push('named:how', `how:${named.how.label}`);
  if (named.howMuch) out.push('named:much', `much:${named.howMuch.label}`);
  if (named.payer) out.push('named:payer');
  if (named.who && named.how) out.push('named:who+how');
  if (/\d/.test(text)) out.push('digit');
  if (/\d\s?(?:%|percent)/i.test(text)) out.push('percent');
  return out;
}

const GLOBAL_THEME_CUES = THEME_ORDER.map((theme) => ({
  theme,
  cues: THEME_CUES[theme].map((cue) => ({
    weight: cue.weight,
    pattern: new RegExp(cue.pattern.source, `${cue.pattern.flags.replace('g', '')}g`),
  })),
}));

/** Features of a claim, for the theme model: its words, which theme cues it hits and how
 * often, which theme the hand-weighted cues alone would pick, and whether the employer is
 * in healthcare. */
export function themeFeatures(text: string, healthcare: boolean): string[] {
  const out: string[] = [healthcare ? 'healthcare' : 'not-healthcare'];
  wordFeatures(tokens(text), out);
  let best = 'other';
  let bestScore = 0;
  for (const { theme, cues } of GLOBAL_THEME_CUES) {
    let hits = 0;
    let score = 0;
    for (const cue of cues) {
      const n = Math.min(2, text.match(cue.pattern)?.length ?? 0);
      hits += n;
      score += n * cue.weight;
    }
    if (hits > 0) out.push(`theme:${theme}`);
    if (hits > 1) out.push(`theme:${theme}:2`);
    if (score > bestScore) {
      best = theme;
      bestScore = score;
    }
  }
  // Outside healthcare the labels file most claims under `other`: the cue means less there.
  out.push(`theme-rule:${best}`, `theme-rule:${best}:${healthcare ? 'hc' : 'not-hc'}`);
  return out;
}
