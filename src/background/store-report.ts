// What follows a page's report once its highlights have their answer: the comparison with
// the theory, the tab's stored state (the popup and the card's frame watch it), the
// recently viewed list and the badge.
import type { Analysis } from '../core/types.ts';
import { showBadge } from './badge.ts';
import { currentComparison } from './compare-tab.ts';
import { rememberViewed } from './recent-store.ts';
import { writeTabState } from './tab-state.ts';
import type { loadTheory } from './theory-store.ts';

/** A posting's comparison with the theory, kept for the tab and among the recently viewed. */
export async function storeReport(
  tabId: number,
  url: string,
  analysis: Analysis,
  theory: ReturnType<typeof loadTheory> | undefined,
): Promise<void> {
  const comparison = await currentComparison(analysis, theory);
  // Kept among the recently viewed (unless the user turned that off), so it can be saved
  // later; asked for first, so a tab closed at once is still remembered.
  if (analysis.isJobPosting) void rememberViewed(url, analysis, comparison).catch(() => undefined);
  const state = await writeTabState(tabId, url, analysis, comparison);
  await showBadge(tabId, state.analysis, comparison);
}
