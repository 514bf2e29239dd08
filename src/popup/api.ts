// The popup's only way to the background: typed requests, validated replies.
import { browser } from '../shared/browser.ts';
import {
  type AnalyzeTabReply,
  AnalyzeTabReply as AnalyzeTabReplySchema,
  TabStateReply,
  type TabStateReply as TabStateReplyType,
} from '../shared/messages.ts';

export interface TargetTab {
  id: number;
  url: string | null;
}

/**
 * The tab the popup describes: the active tab, or the one named by `?tab=` when the
 * popup is opened as a page of its own (a detached window, or a test).
 */
export async function targetTab(search: string): Promise<TargetTab | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/** The tab's stored analysis and its comparison with the user's theory. */
export async function getTabState(tabId: number): Promise<TabStateReplyType> {
  const reply = TabStateReply.safeParse(await browser.runtime.sendMessage({ type: 'get-tab-state', tabId }));
  if (!reply.success) throw new Error('The background worker sent an unexpected reply.');
  return reply.data;
}

/** Call `onChange` when this tab's result or the theory changes; returns the unsubscribe. */
export function watchChanges(tabId: number, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (`tab:${tabId}` in changes || 'theory' in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function analyzeTab(tabId: number): Promise<AnalyzeTabReply> {
  const reply = AnalyzeTabReplySchema.safeParse(
    await browser.runtime.sendMessage({ type: 'analyze-tab', tabId }),
  );
  if (!reply.success) throw new Error('The background worker sent an unexpected reply.');
  return reply.data;
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
