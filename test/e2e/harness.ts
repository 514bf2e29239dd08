// Loads the built release extension into Debian Chromium and serves saved pages at
// their real board addresses by request routing, so the real manifest's match patterns
// decide where the content script runs. Nothing here touches the network.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { settleWithin } from '../../src/shared/settle-within.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist/chrome');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CORPUS = resolve(ROOT, '../shared/corpus');

export interface Extension {
  context: BrowserContext;
  /** The extension's service worker; its `evaluate` first starts it again if it was stopped. */
  worker: Pick<Worker, 'evaluate' | 'url'>;
  id: string;
  manifest: { action: { default_popup: string }; options_ui: { page: string } };
  close(): Promise<void>;
}

export async function launchExtension(dist = DIST): Promise<Extension> {
  const { context, dispose } = await launchChromium(dist);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  await welcomeOpened(context, `chrome-extension://${id}/${manifest.options_ui.page}#welcome`);
  const ext: Extension = { context, worker, id, manifest, close: dispose };
  ext.worker = { url: () => worker.url(), evaluate: wakingEvaluate(ext, worker) };
  return ext;
}

/** How long a call into the worker may take once it runs: far longer than any of them needs. */
const WORKER_ANSWER_MS = 30_000;

/**
 * Playwright's `evaluate` on a stopped service worker waits, unanswered, until something
 * starts the worker again: after `stopWorker`, or once Chrome stops it for being idle, a
 * test reading storage through it would hang until its own timeout (as the five-tabs test
 * of the saved list did, whenever the worker's last stop came after the list pages' last
 * request). So a call not answered at once starts the worker, which then runs it.
 */
function wakingEvaluate(ext: Extension, worker: Worker): Worker['evaluate'] {
  return (async (fn: never, arg?: unknown) => {
    const answer = worker.evaluate(fn, arg);
    const quick = await Promise.race([
      answer.then(
        () => true,
        () => true,
      ),
      upTo(500).then(() => false),
    ]);
    if (!quick) await startWorker(ext);
    return settleWithin(answer, WORKER_ANSWER_MS);
  }) as Worker['evaluate'];
}

const upTo = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `use` with a CDP session on `page` (or any open page). Every CDP call is bounded:
 * one made while the worker is starting can go unanswered, and a test must not wait on
 * it for ever.
 */
async function withCdp(
  ext: Extension,
  page: Page | undefined,
  use: (cdp: CDPSession) => Promise<void>,
): Promise<void> {
  const opened = page ?? ext.context.pages()[0] ?? null;
  const on = opened ?? (await ext.context.newPage());
  const cdp = await settleWithin(ext.context.newCDPSession(on), 5_000);
  try {
    await use(cdp);
  } finally {
    await Promise.race([cdp.detach().catch(() => undefined), upTo(2_000)]);
    if (!opened) await on.close();
  }
}

const enableServiceWorkers = (cdp: CDPSession) =>
  Promise.race([cdp.send('ServiceWorker.enable'), upTo(5_000)]);

/** Start the extension's service worker if it is not running (CDP, as DevTools does). */
async function startWorker(ext: Extension): Promise<void> {
  await withCdp(ext, undefined, async (cdp) => {
    const scopeURL = `chrome-extension://${ext.id}/`;
    await enableServiceWorkers(cdp);
    await Promise.race([
      cdp.send('ServiceWorker.startWorker', { scopeURL }).catch(() => undefined),
      upTo(5_000),
    ]);
  });
}

/**
 * The install opens the welcome wizard in a tab of its own. Until it has, a tab a test
 * opens may be older than it, and `tabIdOf` (the newest page tab) would pick the wizard.
 */
async function welcomeOpened(context: BrowserContext, url: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (!context.pages().some((p) => p.url() === url) && Date.now() < until)
    await new Promise((r) => setTimeout(r, 50));
}

/** Serve `html` at every URL matching `pattern` (registered after the catch-all, so it wins). */
export async function servePage(
  ext: Extension,
  pattern: string | RegExp | ((url: URL) => boolean),
  html: string,
): Promise<void> {
  await ext.context.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * The id of the tab showing `page`. Without the "tabs" permission the worker cannot see
 * other tabs' URLs, so the page is tagged with a unique title... which it also cannot
 * see; instead the newest tab that is not an extension page is the one just opened.
 */
export async function tabIdOf(ext: Extension, _page?: Page): Promise<number> {
  const id = await ext.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const own = chrome.runtime.getURL('');
    const ids = tabs.filter((t) => !t.url?.startsWith(own) && t.id !== undefined).map((t) => t.id!);
    return ids.length ? Math.max(...ids) : null;
  });
  if (id === null) throw new Error('no page tab is open');
  return id;
}

/** The stored per-tab state, read from storage.session by the worker itself. */
export async function tabState(ext: Extension, tabId: number): Promise<StoredState | null> {
  return ext.worker.evaluate(async (key: string) => {
    const got = await chrome.storage.session.get(key);
    return (got[key] as never) ?? null;
  }, `tab:${tabId}`);
}

export interface StoredState {
  url: string;
  analysis: {
    isJobPosting: boolean;
    title: string | null;
    company: string | null;
    board: string;
    healthcare: { is: boolean; segment: string };
    claims: { text: string; specificity: string }[];
  };
}

export async function waitForState(
  ext: Extension,
  tabId: number,
  ready: (s: StoredState) => boolean,
  timeoutMs = 20_000,
): Promise<StoredState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await tabState(ext, tabId);
    if (state && ready(state)) return state;
    if (Date.now() > until)
      throw new Error(`tab ${tabId}: state never became ready; last: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openPopup(ext: Extension, tabId: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/${ext.manifest.action.default_popup}?tab=${tabId}`);
  return page;
}

/** Presses the popup's save button and waits for it to say the company was saved. */
export async function saveFromPopup(popup: Page): Promise<void> {
  await popup.getByTestId('save-company').click();
  await expect.poll(() => popup.getByTestId('saved-note').textContent()).toContain('Saved');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const readText = (path: string) => readFileSync(path, 'utf8');

/** Stop every service worker of the extension through CDP and wait until it has stopped. */
export async function stopWorker(ext: Extension, page: Page): Promise<void> {
  await withCdp(ext, page, async (cdp) => {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        const ours = e.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${ext.id}/`));
        if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await enableServiceWorkers(cdp);
    await Promise.race([cdp.send('ServiceWorker.stopAllWorkers'), upTo(5_000)]);
    // A worker that was not running reports nothing: after a while it counts as stopped.
    await Promise.race([stopped, upTo(3_000)]);
  });
}
