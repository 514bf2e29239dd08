// Each tab's posting held against the stored theory. Computed from storage every time
// (stored analysis + stored theory), so a worker that was stopped answers the same.
import { compareWithTheory } from '../core/theory/compare.ts';
import type { Comparison } from '../core/theory/fit-types.ts';
import type { Theory } from '../core/theory/theory.ts';
import type { Analysis } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { TabStateSchema } from '../shared/storage-schema.ts';
import { showBadge } from './badge.ts';
import { loadTheory } from './theory-store.ts';

export function comparisonOf(analysis: Analysis, theory: Theory | null): Comparison | null {
  return analysis.isJobPosting ? compareWithTheory(analysis, theory) : null;
}

/** `stored`: the theory's read, when the caller started it already. */
export async function currentComparison(
  analysis: Analysis,
  stored?: ReturnType<typeof loadTheory>,
): Promise<Comparison | null> {
  if (!analysis.isJobPosting) return null;
  return comparisonOf(analysis, (await (stored ?? loadTheory())).theory);
}

/** The theory changed: compare every stored tab again, store it, and badge it. */
export async function recompareAllTabs(): Promise<void> {
  const { theory } = await loadTheory();
  const all = await browser.storage.session.get(null);
  for (const [key, value] of Object.entries(all)) {
    const tabId = Number(key.match(/^tab:(\d+)$/)?.[1]);
    if (!Number.isInteger(tabId)) continue;
    const parsed = TabStateSchema.safeParse(value);
    if (!parsed.success) continue;
    const state = parsed.data;
    const comparison = comparisonOf(state.analysis, theory);
    if (JSON.stringify(comparison) === JSON.stringify(state.comparison ?? null)) continue;
    await browser.storage.session.set({ [key]: { ...state, comparison } });
    await showBadge(tabId, state.analysis, comparison).catch(() => undefined);
    // The card's frame and the popup watch the stored state; the page's script is never told.
  }
}
