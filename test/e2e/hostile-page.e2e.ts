// A posting page whose own script attacks the extension. The user's theory is seeded
// with canary strings; whatever the page does, no canary and no verdict drawn from the
// theory may become readable by page script, and dispatched (untrusted) events must do
// nothing. The card itself is checked to show the verdict, so the test can fail.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_SIZE } from '../../src/shared/frame-protocol.ts';
import { CANARY, canaryTheory, VERDICT_WORDS } from '../e2e-shared/canary-theory.ts';
import { mutationStorm, sendForgedMessages } from '../e2e-shared/hostile-page.ts';
import { cardShown, cardText, lensFrame, pageHighlights, part, until } from './annotate-kit.ts';
import {
  DIST,
  type Extension,
  launchExtension,
  ROOT,
  readText,
  servePage,
  tabIdOf,
  waitForState,
} from './harness.ts';

/** Every file of a build, relative to its root. */
const builtFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)));

const POSTING_URL = 'https://www.linkedin.com/jobs/view/4100000001/';
const THEORY = canaryTheory();

/** Everything page script can get at of the text on screen. */
async function pageCanRead(page: Page): Promise<{ found: string[]; text: string }> {
  return page.evaluate((words) => {
    const found: string[] = [];
    for (const w of words) {
      getSelection()?.removeAllRanges();
      // window.find searches what is rendered, shadow roots included (but not other origins' frames).
      if ((window as unknown as { find(s: string): boolean }).find(w)) found.push(`find:${w}`);
    }
    getSelection()?.removeAllRanges();
    const sel = getSelection()!;
    sel.selectAllChildren(document.documentElement);
    for (let i = 0; i < 50; i++) sel.modify('extend', 'forward', 'documentboundary');
    const text = `${sel.toString()}\n${document.documentElement.textContent}\n${document.documentElement.outerHTML}`;
    sel.removeAllRanges();
    let frames = '';
    for (let i = 0; i < window.frames.length; i++) {
      try {
        frames += window.frames[i]!.document.documentElement.textContent;
      } catch {
        // cross-origin: exactly what it should be
      }
    }
    return { found, text: text + frames };
  }, VERDICT_WORDS);
}

describe('a hostile posting page', () => {
  let ext: Extension;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.worker.evaluate(async (theory) => chrome.storage.sync.set({ theory }), THEORY);
    await servePage(ext, POSTING_URL, readText(join(ROOT, 'demo/postings/harborline-rn-care-manager.html')));
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    cdp = await ext.context.newCDPSession(page);
    await page.goto(POSTING_URL);
    const tabId = await tabIdOf(ext, page);
    const state = await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
    expect(state.analysis.claims.length).toBeGreaterThan(2);
    await until(
      async () => Object.keys(await pageHighlights(page)).length,
      (n) => n > 0,
    );
  });
  afterAll(async () => ext?.close());

  it('ignores keys and pointer moves that page script dispatches', async () => {
    await page.evaluate(() => {
      for (const key of [']', '[', ']'])
        document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      const r = document.querySelector('p')!.getBoundingClientRect();
      document.dispatchEvent(
        new MouseEvent('mousemove', { clientX: r.left + 5, clientY: r.top + 5, bubbles: true }),
      );
    });
    await page.waitForTimeout(400);
    expect(await cardShown(cdp)).toBe(false);
    expect((await pageHighlights(page))['mission-lens-current']).toBeUndefined();
  });

  it('shows the verdict in the card, where page script cannot read it', async () => {
    await page.keyboard.press(']');
    await expect.poll(() => cardShown(cdp)).toBe(true);
    // Step to a claim whose theme the theory speaks to, so the card carries a verdict.
    let verdict: string | null = null;
    for (let i = 0; i < 10 && !verdict?.includes('your theory'); i++) {
      await page.waitForTimeout(150);
      verdict = await cardText(page, 'tradeoff');
      if (!verdict?.includes('your theory')) await page.keyboard.press(']');
    }
    expect(verdict).toContain('Against your theory of change');
    const seen = await pageCanRead(page);
    expect(seen.found).toEqual([]);
    for (const w of VERDICT_WORDS) expect(seen.text, w).not.toContain(w);
    // The frame is another origin, inside the closed shadow root: Chromium does not even
    // list it in the page's `window.frames`.
    expect(lensFrame(page)?.url()).toMatch(/^chrome-extension:\/\//);
    expect(await page.evaluate(() => window.frames.length)).toBe(0);
  });

  it('keeps the card the same size whatever it says, so its size tells nothing', async () => {
    const sizes = new Set<string>();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press(']');
      await page.waitForTimeout(120);
      const frame = await part(cdp, 'frame');
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: frame!.nodeId })) as {
        model: { width: number; height: number };
      };
      sizes.add(`${model.width}x${model.height}`);
    }
    expect([...sizes]).toEqual([`${FRAME_SIZE.width}x${FRAME_SIZE.height}`]);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(cdp)).toBe(false);
  });

  it('keeps its marker laid out and its panel shut against the page’s own styles and synthetic clicks', async () => {
    await page.addStyleTag({
      content:
        'mission-lens-host{display:none!important;opacity:0!important;transform:scale(0)!important;visibility:hidden!important}',
    });
    const marker = await part(cdp, 'marker');
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: marker!.nodeId })) as {
      model: { width: number; height: number };
    };
    // Laid out still (compact: the claims the test moved through scrolled the title away).
    expect(model.width).toBeGreaterThan(30);
    expect(model.height).toBeGreaterThan(10);
    await page.evaluate(() => {
      const host = document.querySelector('mission-lens-host')!;
      for (let i = 0; i < 20; i++)
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    expect((await part(cdp, 'panel'))?.hidden).toBe(true);
  });

  it('holds through a 10-second mutation storm and 10,000 posted messages: few re-reads, nothing stored, still working', async () => {
    const stored = () =>
      ext.worker.evaluate(async () =>
        JSON.stringify([await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]),
      );
    const before = await stored();
    const reads = () =>
      page.evaluate(() => performance.getEntriesByName('mission-lens:read').map((m) => m.duration));
    const readsBefore = (await reads()).length;
    await page.evaluate(mutationStorm);
    const during = (await reads()).slice(readsBefore);
    // The page is re-read at most about once a second however often it changes, each read short.
    expect(during.length).toBeLessThanOrEqual(12);
    expect(await stored()).toBe(before);
    // And the extension still works: the card opens on the next key.
    await page.keyboard.press(']');
    await expect.poll(() => cardShown(cdp)).toBe(true);
    await expect.poll(() => cardText(page, 'position')).toMatch(/^Claim \d+ of \d+$/);
    await page.keyboard.press('Escape');
  });

  it('tells page script nothing through the marker or the page', async () => {
    const summary = await part(cdp, 'summary');
    expect(summary?.text).toMatch(/^Healthcare · \d+ vague of \d+ claims$/);
    const seen = await pageCanRead(page);
    expect(seen.found).toEqual([]);
    for (const w of VERDICT_WORDS) expect(seen.text, w).not.toContain(w);
    // The content script imported its page layer from the extension: the page's own
    // resource timeline does not show that load (nor its per-session address).
    const extensionLoads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => !n.startsWith('https://')),
    );
    expect(extensionLoads).toEqual([]);
  });

  // Not run in Firefox: it evaluates in the content script's own world, which WebDriver
  // BiDi does not reach (its sandboxes are its own, not the extension's).
  it('gives a content script that page script took over neither the theory nor another tab', async () => {
    // The content script's own world, as code that had taken it over would use it.
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
      contexts.push(e.context),
    );
    await cdp.send('Runtime.enable');
    const world = await until(
      async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Mission Lens'),
      (c) => c !== undefined,
    );
    const before = await ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: world!.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const ask = (m) => chrome.runtime.sendMessage(m).then((r) => JSON.stringify(r ?? null), (e) => 'error');
        return {
          theory: await ask({ type: 'get-theory' }),
          save: await ask({ type: 'save-theory', theory: { v: 2 } }),
          otherTab: await ask({ type: 'get-tab-state', tabId: 1 }),
          frame: await ask({ type: 'get-frame-state' }),
          analyse: await ask({ type: 'analyze-tab', tabId: 1 }),
        };
      })()`,
    })) as { result: { value: Record<string, string> } };
    for (const [question, answer] of Object.entries(result.value)) {
      expect(answer, question).not.toContain(CANARY);
      expect(['null', 'error'], question).toContain(answer);
    }
    const after = await ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));
    expect(after).toBe(before);
    expect(after).toContain(CANARY);
  });

  it('cannot tell the extension is installed by loading any of its files at their fixed address', async () => {
    // Chrome's extension ids are public (the store's), so a file a page may load at
    // chrome-extension://<id>/… gives the extension away. The frames are served only at a
    // per-session address; nothing else may be loadable at all.
    const files = builtFiles(DIST).map((f) => `chrome-extension://${ext.id}/${f}`);
    const loaded = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map((url) =>
            fetch(url).then(
              () => url,
              () => null,
            ),
          ),
        ).then((all) => all.filter((u) => u !== null)),
      files,
    );
    expect(files.length).toBeGreaterThan(20);
    expect(loaded).toEqual([]);
  });

  it('drops 10,000 forged and malformed messages from an extension page and changes nothing', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/${ext.manifest.action.default_popup}?tab=1`);
    const snapshot = () =>
      ext.worker.evaluate(async () =>
        JSON.stringify([await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]),
      );
    const before = await snapshot();
    const outcome = await popup.evaluate(sendForgedMessages);
    // A few of the shapes are real questions with wrong arguments; none may change anything.
    expect(outcome.answered).toBeLessThan(10_000);
    expect(await snapshot()).toBe(before);
    // And the extension still works: the theory is there, and so is the posting's state.
    const theory = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'get-theory' }));
    expect(JSON.stringify(theory)).toContain(CANARY);
    await popup.close();
  });
});
