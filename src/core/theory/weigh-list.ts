// Which tradeoffs the wizard asks about: only those that bear on what the user backs
// (each chosen theme's, each chosen payer's and way of being paid), and any already
// decided (a template's), so a refusal is never hidden. The others wait in the
// editor. And what a theory still lacks before it is worth saving.

import type { Customer, RevenueModel, Theme } from '../types.ts';
import { CUSTOMER_NAMES, capitalise, REVENUE_NAMES, THEME_NAMES } from './labels.ts';
import { hasSubstance, type Theory } from './theory.ts';
import { ALL_TRADEOFFS, type TradeoffEntry } from './tradeoff-refs.ts';

/**
 * The themes offered as a way forward, the common ones first. "Mission-driven culture"
 * and "other mission claims" are what postings say, not a change anyone backs; a theory
 * that has them (imported, or from the editor) still shows them.
 */
export const WAY_FORWARD_THEMES: readonly Theme[] = [
  'access',
  'equity',
  'affordability',
  'value-based-care',
  'outcomes',
  'prevention',
  'patient-experience',
  'care-at-home',
  'sdoh',
  'tech-ai',
  'transform',
];

const OTHER_TRAITS: Readonly<Record<string, string>> = {
  'software-middleman': 'A software middleman',
  'payer-unknown': 'Not saying who pays',
};

/** What a tradeoff is about, as a short title: "Access to care", "Paid by employers". */
export function tradeoffTopic(entry: TradeoffEntry): string {
  if (entry.kind === 'theme') return THEME_NAMES[entry.key as Theme];
  if (entry.key in CUSTOMER_NAMES) return `Paid by ${CUSTOMER_NAMES[entry.key as Customer]}`;
  if (entry.key in REVENUE_NAMES) return capitalise(REVENUE_NAMES[entry.key as RevenueModel]);
  return OTHER_TRAITS[entry.key] ?? entry.key;
}

function bearsOn(theory: Theory, entry: TradeoffEntry): boolean {
  if (entry.kind === 'theme') return theory.themes.includes(entry.key as Theme);
  return (
    theory.customers.includes(entry.key as Customer) || theory.revenue.includes(entry.key as RevenueModel)
  );
}

/** The tradeoffs to weigh one at a time, in the lexicon's order. */
export function tradeoffsToWeigh(theory: Theory): TradeoffEntry[] {
  const decided = new Set<string>([...theory.accepted, ...theory.refused]);
  return ALL_TRADEOFFS.filter((e) => bearsOn(theory, e) || decided.has(e.ref));
}

export type Stance = 'accept' | 'refuse' | 'undecided';

export function stanceOf(theory: Theory, entry: TradeoffEntry): Stance {
  if (theory.accepted.includes(entry.ref)) return 'accept';
  if (theory.refused.includes(entry.ref)) return 'refuse';
  return 'undecided';
}

/** The patch that gives `entry` the stance `next`. */
export function withStance(
  theory: Theory,
  entry: TradeoffEntry,
  next: Stance,
): Pick<Theory, 'accepted' | 'refused'> {
  const without = (list: Theory['accepted']) => list.filter((r) => r !== entry.ref);
  return {
    accepted: next === 'accept' ? [...without(theory.accepted), entry.ref] : without(theory.accepted),
    refused: next === 'refuse' ? [...without(theory.refused), entry.ref] : without(theory.refused),
  };
}

export type TheoryPart = 'belief' | 'choices' | 'tradeoffs' | 'red-lines';

export interface TheoryGaps {
  /** Nothing a posting can be held against: no theme, payer, way of being paid, tradeoff or red line. */
  empty: boolean;
  /** The parts left empty, in the wizard's order. */
  missing: TheoryPart[];
}

export function theoryGaps(theory: Theory): TheoryGaps {
  const missing: TheoryPart[] = [];
  if (!theory.belief.trim()) missing.push('belief');
  if (theory.themes.length + theory.customers.length + theory.revenue.length === 0) missing.push('choices');
  if (theory.accepted.length + theory.refused.length === 0) missing.push('tradeoffs');
  if (theory.redLines.length + theory.customRedLines.length === 0) missing.push('red-lines');
  // A red line in the user's own words cannot be checked, but it becomes a question to ask.
  return { empty: !hasSubstance(theory) && theory.customRedLines.length === 0, missing };
}
