// The background service worker: one listener per event, all registered synchronously
// at start so a worker woken by an event still sees it. No state lives in memory.
import { analyzePosting, notAPosting } from '../core/analyze.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { type Message, parseMessage } from '../shared/messages.ts';
import { THEORY_KEY } from '../shared/theory-schema.ts';
import { analyzeTab } from './analyze-tab.ts';
import { showBadge } from './badge.ts';
import { comparisonOf, currentComparison, recompareAllTabs } from './compare-tab.ts';
import { forgetTab, readTabState, writeTabState } from './tab-state.ts';
import { loadTheory, saveTheory } from './theory-store.ts';

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      // Only a content script in a real tab may report a page.
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      // The analysis runs here, in the worker: the page's thread only reads and draws.
      const analysis = message.posting ? analyzePosting(message.posting) : notAPosting(message.board);
      // Boards that embed the posting in an iframe run the script in every frame: a frame
      // without a posting (an ad, a login widget) must not erase the one that has it.
      if ((sender.frameId ?? 0) !== 0 && !analysis.isJobPosting)
        return { ok: true, analysis, comparison: null };
      const comparison = await currentComparison(analysis);
      const state = await writeTabState(tabId, message.url, analysis, comparison);
      await showBadge(tabId, state.analysis, comparison);
      return { ok: true, analysis, comparison };
    }
    case 'get-tab-state': {
      const [state, stored] = await Promise.all([readTabState(message.tabId), loadTheory()]);
      const comparison = state ? comparisonOf(state.analysis, stored.theory) : null;
      return { state, comparison, hasTheory: stored.theory !== null };
    }
    case 'analyze-tab':
      return analyzeTab(message.tabId);
    case 'get-theory':
      return loadTheory();
    case 'save-theory':
      return saveTheory(message.theory);
    case 'analyze-page':
    case 'comparison-changed':
      return undefined; // meant for content scripts
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message || message.type === 'analyze-page' || message.type === 'comparison-changed') return undefined;
  return handle(message, sender);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A new theory (from the options page, or from another browser through sync) changes
// every open posting's comparison.
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'sync' || area === 'local') && THEORY_KEY in changes) void recompareAllTabs();
});

// First run: the guided wizard for writing a theory of change.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  void browser.tabs.create({ url: browser.runtime.getURL(`${page}#welcome`) });
});
