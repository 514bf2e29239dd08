// What page script can learn of the user's theory in Firefox: nothing. The theory is
// seeded with canary strings, the card is stepped to a claim it shows a verdict on
// (so the test can fail), and then everything page script can search or select must
// hold neither the canary nor a word only a comparison with the theory produces. A
// 10-second storm of mutations and posted messages (forged port handshakes among them)
// causes at most about one re-read a second and stores nothing; the page's own styles
// cannot hide or shrink the marker, and synthetic clicks do not open its panel; 10,000
// forged and malformed messages from an extension page change nothing.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, canaryTheory, VERDICT_WORDS } from '../e2e-shared/canary-theory.ts';
import { mutationStorm, sendForgedMessages } from '../e2e-shared/hostile-page.ts';
import { localStorageDump } from './extension-ui.ts';
import { type Firefox, launchFirefox, readText, store, tabIdOf, waitForState } from './harness.ts';
import { pageHighlights, until } from './page-view.ts';
import { cardShown, cardText, cardUrl, part } from './shadow-kit.ts';

const POSTING_URL = 'https://www.linkedin.com/jobs/view/4100000001/';
const THEORY = canaryTheory();

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;
/** A word the posting does show, so a search that finds nothing is known to work. */
const ON_THE_PAGE = 'Harborline';

/** Everything page script can get at of the text on screen. */
function pageCanRead(page: Page): Promise<{ found: string[]; control: boolean; text: string }> {
  return page.evaluate(
    (words, control) => {
      const find = (s: string) => {
        getSelection()?.removeAllRanges();
        // window.find searches what is rendered, as the user's own find in page does.
        return (window as unknown as { find(s: string): boolean }).find(s);
      };
      const found = words.filter(find);
      // The controls: a word of the posting, and one in a closed shadow root of the
      // page's own, which Firefox's search finds too: so a verdict drawn in the
      // extension's shadow root instead of its frame would be found.
      const shadowHost = document.body.appendChild(document.createElement('div'));
      shadowHost.attachShadow({ mode: 'closed' }).append('zq-shadow-control');
      const controlFound = find(control) && find('zq-shadow-control');
      shadowHost.remove();
      getSelection()?.removeAllRanges();
      const sel = getSelection()!;
      sel.selectAllChildren(document.documentElement);
      for (let i = 0; i < 50; i++) sel.modify('extend', 'forward', 'documentboundary');
      let text = `${sel.toString()}\n${document.documentElement.textContent}\n${document.documentElement.outerHTML}`;
      sel.removeAllRanges();
      for (let i = 0; i < window.frames.length; i++) {
        try {
          text += window.frames[i]!.document.documentElement.textContent;
        } catch {
          // another origin: exactly what it should be
        }
      }
      return { found, control: controlFound, text };
    },
    VERDICT_WORDS,
    ON_THE_PAGE,
  );
}

describe('a posting page reading what it can of the user’s theory', () => {
  let ff: Firefox;
  let page: Page;

  /** All the extension keeps in storage.sync and storage.local, as JSON. */
  const storage = async () =>
    JSON.stringify([
      await (await ff.extensionPage()).evaluate(() => browser.storage.sync.get(null)),
      await localStorageDump(ff),
    ]);

  beforeAll(async () => {
    ff = await launchFirefox();
    await store(ff, 'sync', { theory: THEORY });
    ff.serve(POSTING_URL, readText('demo/postings/harborline-rn-care-manager.html'));
    page = await ff.openPage(POSTING_URL);
    const state = await waitForState(
      ff,
      await tabIdOf(ff, page),
      (s) => s.analysis.isJobPosting && s.comparison !== undefined,
    );
    expect(state.analysis.claims.length).toBeGreaterThan(2);
    await until(
      async () => Object.keys(await pageHighlights(page)).length,
      (n) => n > 0,
    );
    await page.bringToFront();
  });
  afterAll(async () => ff?.close());

  it('shows the verdict in the card, where page script cannot find or select it', async () => {
    await page.keyboard.press(']');
    await expect.poll(() => cardShown(ff, page)).toBe(true);
    await expect.poll(() => cardText(ff, page, 'position'), { timeout: 10_000 }).toMatch(/^Claim 1 of/);
    // Step to a claim whose theme the theory speaks to, so the card carries a verdict.
    let verdict: string | null = null;
    for (let i = 2; i <= 10; i++) {
      verdict = await cardText(ff, page, 'tradeoff');
      if (verdict?.includes('Against your theory of change')) break;
      await page.keyboard.press(']');
      await expect.poll(() => cardText(ff, page, 'position')).toMatch(new RegExp(`^Claim ${i} of`));
    }
    expect(verdict).toContain('Against your theory of change');
    expect(await cardUrl(ff, page)).toMatch(/^moz-extension:\/\//);

    const seen = await pageCanRead(page);
    expect(seen.control, 'window.find finds the control words').toBe(true);
    expect(seen.found).toEqual([]);
    for (const w of VERDICT_WORDS) expect(seen.text, w).not.toContain(w);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(ff, page)).toBe(false);
  });

  it('tells page script nothing through the marker or the page once the card is closed', async () => {
    expect((await part(ff, page, 'summary'))?.text).toMatch(/^Healthcare · \d+ vague of \d+ claims$/);
    const seen = await pageCanRead(page);
    expect(seen.control).toBe(true);
    expect(seen.found).toEqual([]);
    for (const w of VERDICT_WORDS) expect(seen.text, w).not.toContain(w);
  });

  it('holds through a 10-second mutation storm and 10,000 posted messages: few re-reads, nothing stored, still working', async () => {
    const before = await storage();
    const reads = () =>
      page.evaluate(() => performance.getEntriesByName('mission-lens:read').map((m) => m.duration));
    const readsBefore = (await reads()).length;
    expect(readsBefore, 'the content script measures its reads').toBeGreaterThan(0);
    await page.evaluate(mutationStorm);
    // The page is re-read at most about once a second however often it changes.
    expect((await reads()).slice(readsBefore).length).toBeLessThanOrEqual(12);
    expect(await storage()).toBe(before);
    // And the extension still works: the card opens on the next key.
    await page.keyboard.press(']');
    await expect.poll(() => cardShown(ff, page)).toBe(true);
    await expect
      .poll(() => cardText(ff, page, 'position'), { timeout: 10_000 })
      .toMatch(/^Claim \d+ of \d+$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(ff, page)).toBe(false);
  }, 120_000);

  it('keeps its marker laid out and its panel shut against the page’s own styles and synthetic clicks', async () => {
    const style = await page.addStyleTag({
      content:
        'mission-lens-host{display:none!important;opacity:0!important;transform:scale(0)!important;visibility:hidden!important}',
    });
    const marker = await part(ff, page, 'marker');
    // Laid out still (perhaps compact: the claims the card moved through scrolled the title away).
    expect(marker?.rect.width).toBeGreaterThan(30);
    expect(marker?.rect.height).toBeGreaterThan(10);
    await page.evaluate(() => {
      const host = document.querySelector('mission-lens-host')!;
      for (let i = 0; i < 20; i++)
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // Two animation frames: by then a click that counted would have opened the panel.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect((await part(ff, page, 'panel'))?.hidden).toBe(true);
    await style.evaluate((el) => el.remove());
  });

  it('drops 10,000 forged and malformed messages from an extension page and changes nothing', async () => {
    const popup = await ff.openExtensionPage(`${ff.manifest.action.default_popup}?tab=1`);
    const before = await storage();
    const outcome = await popup.evaluate(sendForgedMessages);
    // A few of the shapes are real questions with wrong arguments; none may change anything.
    expect(outcome.answered).toBeLessThan(10_000);
    expect(await storage()).toBe(before);
    // And the extension still works: the theory is there.
    const theory = await popup.evaluate(() => browser.runtime.sendMessage({ type: 'get-theory' }));
    expect(JSON.stringify(theory)).toContain(CANARY);
    await popup.close();
  }, 120_000);
});
