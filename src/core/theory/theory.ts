// The user's theory of change: what part of healthcare they care about, what they
// believe and why, which ways forward and business models they back, which tradeoffs
// they accept or refuse, and what they won't do for money. Stored in storage.sync, so
// every field is bounded (see src/shared/theory-schema.ts).
import type { Customer, RevenueModel, Theme } from '../types.ts';
import type { RedLineId } from './red-lines.ts';
import type { TradeoffRef } from './tradeoff-refs.ts';

export const THEORY_VERSION = 2;

export interface Theory {
  v: typeof THEORY_VERSION;
  /** The template it was started from, or null for a blank start. */
  template: string | null;
  /** The part of healthcare the user wants to improve. */
  area: string;
  /** "I believe …" */
  belief: string;
  /** "… because …" (and what it costs). */
  because: string;
  /** Claim themes the user sees as the way forward. */
  themes: Theme[];
  /** Who the user thinks should pay. */
  customers: Customer[];
  /** How the user thinks the work should be paid for. */
  revenue: RevenueModel[];
  accepted: TradeoffRef[];
  refused: TradeoffRef[];
  redLines: RedLineId[];
  /** Red lines in the user's own words; not machine-checkable, so they become questions. */
  customRedLines: string[];
  /** How much salary, in percent (0–30), the user would give up for mission. */
  salaryTradePct: number;
  updatedAt: number;
}

export const LIMITS = {
  area: 120,
  belief: 600,
  because: 600,
  refs: 60,
  customRedLines: 8,
  customRedLine: 140,
  salaryMax: 30,
} as const;

export function blankTheory(now = 0): Theory {
  return {
    v: THEORY_VERSION,
    template: null,
    area: '',
    belief: '',
    because: '',
    themes: [],
    customers: [],
    revenue: [],
    accepted: [],
    refused: [],
    redLines: [],
    customRedLines: [],
    salaryTradePct: 0,
    updatedAt: now,
  };
}

/** True when the user has said anything a posting can be compared with. */
export function hasSubstance(t: Theory): boolean {
  return (
    t.themes.length + t.customers.length + t.revenue.length + t.refused.length + t.accepted.length > 0 ||
    t.redLines.length > 0
  );
}
