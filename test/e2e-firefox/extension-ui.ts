// Working the extension's own pages (popup, saved list, options) as a user does: their
// text by selector, files handed to an <input type="file"> (WebDriver BiDi's
// input.setFiles, as a file chooser would), and real downloads, which Firefox saves into
// a folder of the test's own once BiDi's browser.setDownloadBehavior allows them.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { contextOf, EXTENSION_ORIGIN, type Firefox } from './harness.ts';
import { until } from './page-view.ts';

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;

/** The whitespace-squashed text of the first element `selector` matches, or null. */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, selector);
}

/** How many elements `selector` matches. */
export function count(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => document.querySelectorAll(s).length, selector);
}

/** Replaces what a field holds by typing (real key events), then leaves it, as a user does. */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  // Typing replaces the selection: whatever the field held (a template's text) goes.
  await page.$eval(selector, (el) => (el as HTMLInputElement).select());
  await page.type(selector, text);
  await page.$eval(selector, (el) => (el as HTMLElement).blur());
}

/** Hands `text` as a file named `name` to the file input `selector`. */
export async function chooseFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mission-lens-upload-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  const input = await page.waitForSelector(selector);
  if (!input) throw new Error(`no ${selector}`);
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
}

/** The whole of storage.local, as JSON, read from an extension page. */
export async function localStorageDump(ff: Firefox): Promise<string> {
  const ext = await ff.extensionPage();
  return ext.evaluate(async () => JSON.stringify(await browser.storage.local.get(null)));
}

export interface Downloads {
  dir: string;
  /** Runs `act` and returns the text of the one file it downloaded. */
  take(act: () => Promise<void>, timeoutMs?: number): Promise<{ name: string; text: string }>;
}

/** Lets the browser download into a fresh folder, and reads back what each action saves there. */
export async function allowDownloads(ff: Firefox): Promise<Downloads> {
  const dir = mkdtempSync(join(tmpdir(), 'mission-lens-downloads-'));
  mkdirSync(dir, { recursive: true });
  await ff.bidi('browser.setDownloadBehavior', {
    downloadBehavior: { type: 'allowed', destinationFolder: dir },
  });
  const seen = new Set<string>();
  return {
    dir,
    async take(act, timeoutMs = 10_000) {
      for (const f of readdirSync(dir)) seen.add(f);
      await act();
      const until = Date.now() + timeoutMs;
      for (;;) {
        // Firefox writes to `name.part` and renames it when the download is complete.
        const fresh = readdirSync(dir).filter((f) => !seen.has(f) && !f.endsWith('.part'));
        const partial = readdirSync(dir).some((f) => f.endsWith('.part'));
        if (fresh.length === 1 && !partial && existsSync(join(dir, fresh[0]!))) {
          seen.add(fresh[0]!);
          return { name: fresh[0]!, text: readFileSync(join(dir, fresh[0]!), 'utf8') };
        }
        if (fresh.length > 1) throw new Error(`one action downloaded ${fresh.join(', ')}`);
        if (Date.now() > until) throw new Error(`nothing was downloaded into ${dir}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/**
 * The tab showing the extension page at `path` (under its origin) that the extension
 * opened itself, as the install opens the welcome wizard. Puppeteer keeps such a tab's
 * URL as about:blank, so it is picked by the URL in Firefox's tree of browsing contexts.
 */
export async function tabShowing(ff: Firefox, path: string): Promise<Page | null> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const { contexts } = await ff.bidi<{ contexts: { context: string; url: string }[] }>(
    'browsingContext.getTree',
    { maxDepth: 0 },
  );
  const ids = contexts.filter((c) => c.url === url).map((c) => c.context);
  return (await ff.browser.pages()).find((p) => ids.includes(contextOf(p))) ?? null;
}

const PASTE_URL = 'https://paste.mission-lens.test/';
const pasteTabs = new WeakMap<Firefox, Page>();

/**
 * What the clipboard holds, as pasting it (Ctrl+V, a trusted key press) into a plain
 * page's text box shows it. The paste tab comes to the front: bring the page under test
 * back before clicking in it again.
 */
export async function pastedText(ff: Firefox): Promise<string> {
  let tab = pasteTabs.get(ff);
  if (!tab) {
    ff.serve(PASTE_URL, '<!doctype html><title>Paste here</title><textarea></textarea>');
    tab = await ff.openPage(PASTE_URL);
    pasteTabs.set(ff, tab);
  }
  await tab.bringToFront();
  await tab.$eval('textarea', (el) => {
    (el as HTMLTextAreaElement).value = '';
  });
  await tab.focus('textarea');
  await tab.keyboard.down('Control');
  await tab.keyboard.press('v');
  await tab.keyboard.up('Control');
  return tab.$eval('textarea', (el) => (el as HTMLTextAreaElement).value);
}

/** Saves the popup's posting's company with its Save button, and waits until the popup says it is saved. */
export async function saveFromPopup(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid="save-company"]', { timeout: 10_000 });
  await popup.click('[data-testid="save-company"]');
  await until(
    () => textOf(popup, '[data-testid="saved-note"]'),
    (note) => note?.includes('Saved') === true,
  );
}
