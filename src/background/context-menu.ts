// "Save this company to Mission Lens" in the page's context menu, on the pages where the
// content script runs (a posting, or a search page showing one in its pane). The save
// is the popup's (saveTab); the answer shows on the toolbar button for a few seconds,
// and on the in-page marker, which watches the list.
import { browser } from '../shared/browser.ts';
import { showBadge } from './badge.ts';
import { saveTab } from './list-store.ts';
import { readTabState } from './tab-state.ts';

export const SAVE_MENU_ID = 'mission-lens-save-company';
const CONFIRM_MS = 4_000;

/** Made at install and update (Chrome keeps menus across worker restarts) and at browser start. */
export async function createMenus(): Promise<void> {
  const patterns = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SAVE_MENU_ID,
    title: 'Save this company to Mission Lens',
    contexts: ['page', 'selection', 'link'],
    documentUrlPatterns: [...new Set(patterns)],
  });
}

export async function saveFromMenu(tabId: number): Promise<void> {
  const result = await saveTab(tabId);
  const action = browser.action;
  await action.setBadgeBackgroundColor({ tabId, color: result.ok ? '#2b8a3e' : '#b91c1c' });
  await action.setBadgeText({ tabId, text: result.ok ? '✓' : '!' });
  await action.setTitle({
    tabId,
    title: result.ok
      ? `Mission Lens: ${result.entry.name} is on your list (${result.entry.postings.length} saved)`
      : `Mission Lens: not saved. ${result.reason}`,
  });
  // Then back to what the badge says about the page.
  setTimeout(() => {
    void readTabState(tabId)
      .then((state) => showBadge(tabId, state?.analysis ?? null, state?.comparison ?? null))
      .catch(() => undefined); // the tab was closed meanwhile
  }, CONFIRM_MS);
}
