// A tradeoff the user accepts or refuses is stored as a short reference into the
// lexicon ("theme:access:0", "trait:payer:0") rather than its text: sync storage is
// small, and a reworded prompt should not orphan the user's choice.
import {
  BUSINESS_TRAITS,
  type BusinessTrait,
  THEME_TRADEOFFS,
  TRAIT_TRADEOFFS,
} from '../lexicon/tradeoffs.ts';
import { THEMES, type Theme } from '../types.ts';

export type TradeoffRef = `theme:${Theme}:${number}` | `trait:${BusinessTrait}:${number}`;

export interface TradeoffEntry {
  ref: TradeoffRef;
  kind: 'theme' | 'trait';
  key: Theme | BusinessTrait;
  text: string;
}

export const ALL_TRADEOFFS: readonly TradeoffEntry[] = [
  ...THEMES.flatMap((theme) =>
    THEME_TRADEOFFS[theme].map(
      (text, i): TradeoffEntry => ({ ref: `theme:${theme}:${i}`, kind: 'theme', key: theme, text }),
    ),
  ),
  ...BUSINESS_TRAITS.flatMap((trait) =>
    TRAIT_TRADEOFFS[trait].map(
      (text, i): TradeoffEntry => ({ ref: `trait:${trait}:${i}`, kind: 'trait', key: trait, text }),
    ),
  ),
];

const BY_REF = new Map(ALL_TRADEOFFS.map((t) => [t.ref as string, t]));

export const TRADEOFF_REF_PATTERN = /^(?:theme|trait):[a-z-]+:\d{1,2}$/;

export function tradeoffByRef(ref: string): TradeoffEntry | undefined {
  return BY_REF.get(ref);
}

/** The tradeoffs for one theme or trait, in lexicon order. */
export function tradeoffsFor(kind: 'theme' | 'trait', key: string): TradeoffEntry[] {
  return ALL_TRADEOFFS.filter((t) => t.kind === kind && t.key === key);
}
