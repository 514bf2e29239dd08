// The background service worker: one listener per event, all registered synchronously
// at start so a worker woken by an event still sees it. No state lives in memory.
import { browser, type Runtime } from '../shared/browser.ts';
import { type Message, parseMessage } from '../shared/messages.ts';
import { analyzeTab } from './analyze-tab.ts';
import { showBadge } from './badge.ts';
import { forgetTab, readTabState, writeTabState } from './tab-state.ts';

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      // Only a content script in a real tab may report a page.
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      const state = await writeTabState(tabId, message.url, message.analysis);
      await showBadge(tabId, state.analysis);
      return { ok: true };
    }
    case 'get-tab-state':
      return { state: await readTabState(message.tabId) };
    case 'analyze-tab':
      return analyzeTab(message.tabId);
    case 'analyze-page':
      return undefined; // meant for content scripts
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message || message.type === 'analyze-page') return undefined;
  return handle(message, sender);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
