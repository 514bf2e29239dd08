// Per-tab results live in storage.session, never in worker memory: the service worker
// may be stopped between any two events and must answer the popup all the same.

import type { Comparison } from '../core/theory/fit-types.ts';
import type { Analysis } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { STORAGE_SCHEMA_VERSION, type TabState, TabStateSchema, tabKey } from '../shared/storage-schema.ts';

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = TabStateSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export async function writeTabState(
  tabId: number,
  url: string,
  analysis: Analysis,
  comparison: Comparison | null = null,
): Promise<TabState> {
  const state: TabState = { v: STORAGE_SCHEMA_VERSION, url, analysis, updatedAt: Date.now(), comparison };
  await browser.storage.session.set({ [tabKey(tabId)]: state });
  return state;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}
