// The background service worker: one listener per event, all registered synchronously
// at start so a worker woken by an event still sees it. No state lives in memory.
import { analyzePosting, notAPosting } from '../core/analyze.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { FRAME_PAGE } from '../shared/frame-protocol.ts';
import { type Message, parseMessage } from '../shared/messages.ts';
import { pageViewOf } from '../shared/page-view.ts';
import { THEORY_KEY } from '../shared/theory-schema.ts';
import { analyzeTab } from './analyze-tab.ts';
import { comparisonOf, recompareAllTabs } from './compare-tab.ts';
import { createMenus, SAVE_MENU_ID, saveFromMenu } from './context-menu.ts';
import {
  entryFor,
  importList,
  listHasCompanies,
  listStatuses,
  mergeCompanies,
  movePostings,
  readList,
  removeEntry,
  saveRecent,
  saveTab,
  updateEntry,
} from './list-store.ts';
import { clearRecent, listRecent, recentEnabled, setRecentEnabled } from './recent-store.ts';
import { storeReport } from './store-report.ts';
import { forgetTab, readTabState } from './tab-state.ts';
import { loadTheory, saveTheory } from './theory-store.ts';

async function tabStateReply(tabId: number) {
  const [state, stored] = await Promise.all([readTabState(tabId), loadTheory()]);
  const comparison = state ? comparisonOf(state.analysis, stored.theory) : null;
  return { state, comparison, hasTheory: stored.theory !== null };
}

// The worker's own origin, which its pages share. Not `runtime.getURL`: with the frame's
// `use_dynamic_url`, Chrome may hand out the per-session address, which no sender has.
const OWN_ORIGIN = `${self.location.origin}/`;

/**
 * Sent by one of the extension's own pages (popup, options, the in-page frame), not by a
 * content script: a content script's sender URL is the page it runs in, so a page that
 * took over its content script's world still could not read the theory or another tab.
 */
const fromExtensionPage = (sender: Runtime.MessageSender) => sender.url?.startsWith(OWN_ORIGIN) === true;

/** From the card's frame, in a tab: the tab's id, else undefined. */
const frameTab = (sender: Runtime.MessageSender) =>
  sender.url?.startsWith(`${OWN_ORIGIN}${FRAME_PAGE}`) ? sender.tab?.id : undefined;

/** What each message may come from: a content script reports, extension pages ask. */
const PAGE_ONLY: ReadonlySet<Message['type']> = new Set([
  'get-tab-state',
  'analyze-tab',
  'get-theory',
  'save-theory',
  'list-get',
  'list-save-tab',
  'list-update',
  'list-remove',
  'list-import',
  'list-entry-for',
  'list-merge',
  'list-move',
  'list-marks',
  'recent-get',
  'recent-save',
  'recent-clear',
  'recent-set',
]);

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  if (PAGE_ONLY.has(message.type) && !fromExtensionPage(sender)) return undefined;
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      // Only a content script in a real tab may report a page.
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      // The analysis runs here, in the worker: the page's thread only reads and draws.
      // The theory is read meanwhile: storage answers while the analysis runs.
      const theory = message.posting ? loadTheory() : undefined;
      theory?.catch(() => undefined);
      const started = performance.now();
      const analysis = message.posting ? analyzePosting(message.posting) : notAPosting(message.board);
      // Read by `npm run bench:page`: the worker's own time for the latest posting.
      if (message.posting) {
        performance.clearMeasures('mission-lens:analyze');
        performance.measure('mission-lens:analyze', { start: started });
      }
      // Boards that embed the posting in an iframe run the script in every frame: a frame
      // without a posting (an ad, a login widget) must not erase the one that has it.
      if ((sender.frameId ?? 0) !== 0 && !analysis.isJobPosting) return { ok: true, analysis };
      // The page's highlights need the view alone, so it goes back at once; the comparison,
      // the tab's stored state and the badge follow (the popup and the card's frame watch
      // the stored state, so they show it when it lands).
      void storeReport(tabId, message.url, analysis, theory).catch(() => undefined);
      return { ok: true, view: pageViewOf(analysis) };
    }
    case 'get-tab-state':
      return tabStateReply(message.tabId);
    case 'get-frame-state': {
      // Only the extension's own frame, inside a tab, and only about that tab.
      const tabId = frameTab(sender);
      if (tabId === undefined) return undefined;
      return tabStateReply(tabId);
    }
    case 'open-analysis': {
      const tabId = frameTab(sender);
      if (tabId === undefined) return undefined;
      const popup = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
      await browser.tabs.create({
        url: browser.runtime.getURL(`${popup}?tab=${tabId}`),
        index: (sender.tab?.index ?? 0) + 1,
      });
      return { ok: true };
    }
    case 'list-get':
      return readList();
    case 'list-save-tab':
      return saveTab(message.tabId);
    case 'list-save-here': {
      const tabId = frameTab(sender);
      return tabId === undefined ? undefined : saveTab(tabId);
    }
    case 'recent-get':
      return Promise.all([recentEnabled(), listRecent()]).then(([enabled, items]) => ({ enabled, items }));
    case 'recent-save':
      return saveRecent(message.key);
    case 'recent-clear':
      return clearRecent();
    case 'recent-set':
      return setRecentEnabled(message.on);
    case 'list-update':
      return updateEntry(message.id, message.patch);
    case 'list-remove':
      return removeEntry(message.id);
    case 'list-import':
      return importList(message.text);
    case 'list-entry-for':
      return entryFor(message.name, message.url).then((entry) => ({ entry }));
    case 'list-merge':
      return mergeCompanies(message.keep, message.others);
    case 'list-move':
      return movePostings(message.id, message.urls, message.to);
    case 'list-any':
      // Any content script may ask, and learns one bit (see src/content/marks).
      return sender.tab?.id === undefined ? undefined : listHasCompanies().then((any) => ({ any }));
    case 'list-marks':
      return listStatuses().then((statuses) => ({ statuses }));
    case 'analyze-tab':
      return analyzeTab(message.tabId);
    case 'get-theory':
      return loadTheory();
    case 'save-theory':
      return saveTheory(message.theory);
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

// A new theory (from the options page, or from another browser through sync) changes
// every open posting's comparison.
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'sync' || area === 'local') && THEORY_KEY in changes) void recompareAllTabs();
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined && tab.id >= 0) void saveFromMenu(tab.id);
});
browser.runtime.onStartup.addListener(() => void createMenus().catch(() => undefined));

// First run: the guided wizard for writing a theory of change.
browser.runtime.onInstalled.addListener(({ reason }) => {
  void createMenus().catch(() => undefined);
  if (reason !== 'install') return;
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  void browser.tabs.create({ url: browser.runtime.getURL(`${page}#welcome`) });
});
