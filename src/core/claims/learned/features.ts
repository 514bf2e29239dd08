// What the learned models read. The hand-written cues the engine already had (purpose
// and impact phrases, the company as subject, the section, list or prose, the
// specificity lexicon, the theme cues) become features beside the words, so they
// inform the decision instead of being it.

import { NEGATIVE_CUES, PURPOSE_CUES, SUBJECT_CUES } from '../../lexicon/claims-cues.ts';
import {
  ADDRESSES_CANDIDATE,
  BENEFICIARY,
  HELP_VERB,
  PAYMENT_TALK,
} from '../../lexicon/claims-learned-cues.ts';
import {
  MEASURES,
  MECHANISMS,
  type NamedPattern,
  PAYER_MENTIONS,
  POPULATIONS,
} from '../../lexicon/claims-specificity.ts';
import { THEME_CUES, THEME_ORDER } from '../../lexicon/themes.ts';
import { anyOf } from '../any-of.ts';
import { type ClaimScore, isClaim, scoreSentence } from '../score.ts';
import type { Sentence } from '../segment.ts';
import { tokens, wordFeatures } from './tokens.ts';

/**
 * Patterns tested together first: one combined regex per set of flags turns most
 * sentences away at once (they fire none of a set), then the members are tried one by one.
 */
class PatternSet<T extends { pattern: RegExp }> {
  private readonly screens: RegExp[];
  constructor(readonly members: readonly T[]) {
    const byFlags = new Map<string, RegExp[]>();
    for (const m of members)
      byFlags.set(m.pattern.flags, [...(byFlags.get(m.pattern.flags) ?? []), m.pattern]);
    this.screens = [...byFlags.values()].map(
      (group) => anyOf(group) ?? new RegExp(group.map((p) => p.source).join('|'), group[0]!.flags),
    );
  }
  all(text: string): T[] {
    if (!this.screens.some((r) => r.test(text))) return [];
    return this.members.filter((m) => m.pattern.test(text));
  }
  first(text: string): T | null {
    if (!this.screens.some((r) => r.test(text))) return null;
    return this.members.find((m) => m.pattern.test(text)) ?? null;
  }
}

// Purpose cues are not here: the rule score has already tested them (ClaimScore.cues).
const SUBJECTS = new PatternSet(SUBJECT_CUES);
const NEGATIVES = new PatternSet(NEGATIVE_CUES);
const PURPOSE_IDS = new Set(PURPOSE_CUES.map((cue) => cue.id));

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
  'inc llc ltd corp co company group the of and health healthcare care medical services service solutions system systems network center centre international global usa us america plan hospital'.split(
    ' ',
  ),
);

export function claimContext(sentences: readonly Sentence[], company: string | null = null): ClaimContext {
  const name = new Set(
    tokens(company ?? '').filter((w) => w.length > 2 && !GENERIC_NAME_WORDS.has(w) && w !== '#num'),
  );
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
  // Every cue, not only those the rule score reached: the rule stops early on sentences
  // with no purpose words, and those are exactly where the learner has most to add.
  let voice = /\byou(?:'|’)?(?:r|ll|re)?\b/i.test(sentence.text) ? 'you' : 'none';
  for (const id of score.cues) if (PURPOSE_IDS.has(id)) out.push(`cue:${id}`);
  for (const cue of SUBJECTS.all(sentence.text)) {
    out.push(`cue:${cue.id}`);
    voice = 'employer';
  }
  for (const cue of NEGATIVES.all(sentence.text)) out.push(`cue:${cue.id}`);
  if (out.includes('company:subject')) voice = 'employer';
  const helps = HELP_VERB.test(sentence.text);
  const beneficiary = BENEFICIARY.test(sentence.text);
  if (ADDRESSES_CANDIDATE.test(sentence.text)) out.push('to-candidate');
  if (PAYMENT_TALK.test(sentence.text)) out.push('payment-talk');
  // A measured result or a named population is what makes impact concrete: they are
  // claim evidence too, not only specificity evidence.
  const named = namedIn(sentence.text);
  // A sum of money in a posting is mostly pay, funding or revenue: not a result for anyone.
  if (named.howMuch && named.howMuch.label !== 'a sum of money')
    out.push('claim-much', `claim-much:${voice}`);
  if (named.who) out.push('claim-who');
  if (named.how) out.push('claim-how');
  if (helps) out.push('helps');
  if (beneficiary) out.push('beneficiary');
  if (helps && beneficiary) out.push(`helps-beneficiary:${voice}`);
  out.push(
    `voice:${voice}`,
    `sec:${sentence.section}:${voice}`,
    `sec:${sentence.section}:${sentence.bullet ? 'list' : 'prose'}`,
  );
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

const NAMED = {
  who: new PatternSet(POPULATIONS),
  how: new PatternSet(MECHANISMS),
  howMuch: new PatternSet(MEASURES),
  payer: new PatternSet(PAYER_MENTIONS),
};
// Every measure holds a figure, in digits or in words.
const ANY_FIGURE = /\d|\b(?:million|billion|thousand|hundreds|half|twice|double|third|quarter)/i;

/** What a claim names, by the specificity lexicon: the reasons are built from this. */
export function namedIn(text: string): Named {
  return {
    who: NAMED.who.first(text),
    how: NAMED.how.first(text),
    howMuch: ANY_FIGURE.test(text) ? NAMED.howMuch.first(text) : null,
    payer: NAMED.payer.first(text),
  };
}

// Capitalised names after the first word ("Orange County", "Medi-Cal", "Brooklyn"): a
// specific claim tends to name the place, programme or group it reaches. Sentence starts
// inside a quote are left out. Cross-validated over four fold seeds: +0.00 to +0.02.
const PROPER_NAME = /(?<![.!?:]\s)\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*/g;

/** Features of a claim, for the specificity judge. */
export function specificityFeatures(text: string, named: Named = namedIn(text)): string[] {
  const words = tokens(text);
  const out: string[] = [];
  // Word pairs help here ("per member", "fewer admissions") and not in the other two models
  // (cross-validated: they cost claims recall and theme agreement).
  wordFeatures(words, out, true);
  out.push(`len:${bucket(words.length, LENGTH_EDGES)}`);
  if (named.who) out.push('named:who', `who:${named.who.label}`);
  if (named.how) out.push('named:how', `how:${named.how.label}`);
  if (named.howMuch) out.push('named:much', `much:${named.howMuch.label}`);
  if (named.payer) out.push('named:payer');
  if (named.who && named.how) out.push('named:who+how');
  if (/\d/.test(text)) out.push('digit');
  const names = text.slice(1).match(PROPER_NAME)?.length ?? 0;
  if (names > 0) out.push('proper');
  if (names > 1) out.push('proper:2');
  if (names > 3) out.push('proper:4');
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

/** Sections where the employer describes itself, as opposed to the job, the perks or the law. */
const SELF_DESCRIPTION = new Set(['sec:about', 'sec:mission', 'sec:none', 'sec:why-join', 'sec:values']);
const NEGATIVE_IDS = new Set(NEGATIVE_CUES.map((cue) => `cue:${cue.id}`));

/**
 * A measured result the employer reports about itself ("we cared for 9,800 patients",
 * "readmissions fell 22%") is a claim of impact by the corpus's own definition, whatever
 * its wording: the claim finder takes these on this rule, beside the learned model.
 */
export function reportsMeasuredImpact(features: readonly string[]): boolean {
  if (
    !features.includes('claim-much') ||
    features.includes('to-candidate') ||
    features.includes('voice:you') ||
    features.includes('payment-talk')
  )
    return false;
  let self = false;
  for (const f of features) {
    if (NEGATIVE_IDS.has(f)) return false;
    if (SELF_DESCRIPTION.has(f)) self = true;
  }
  return self;
}
