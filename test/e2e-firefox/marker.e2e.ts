// The marker beside the posting's title and the card's frame it opens, in Firefox
// (test/e2e/annotate.e2e.ts): the pill opens the marker's panel inside the closed shadow
// root; "How it fits your theory" opens the frame's fit view, which with no theory yet
// offers to write one, keeps its controls inside the window and is axe-clean in light
// and dark; the company is saved from the frame (and the page never sees it); the full
// analysis opens in a tab of its own; the frame's own Close button closes it; and "Hide
// highlights on linkedin.com" takes the highlights off, is remembered across a reload,
// and puts them back. The claim card's Close button, and the hidden-site setting written
// to storage as the button writes it, are tested too. All clicks are real pointer input,
// so the extension's `isTrusted` checks let them through.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeInCardFrame } from './a11y.ts';
import { cardFit } from './card-layout.ts';
import { demo, serveDemos } from './demo-catalog.ts';
import { tabShowing, textOf } from './extension-ui.ts';
import { type Firefox, launchFirefox, store, stored, tabIdOf, waitForState } from './harness.ts';
import { clickInCard, clickInHost } from './host-clicks.ts';
import { pageHighlights, until } from './page-view.ts';
import { cardShown, cardText, part } from './shadow-kit.ts';

const HARBORLINE = demo('Harborline Community Health Plan');

/** How many Mission Lens highlight ranges the page has. */
const ranges = async (page: Page) =>
  Object.values(await pageHighlights(page)).reduce((n, list) => n + list.length, 0);

/** Alt+Shift+M: the keyboard's way to the marker from anywhere in the page. */
async function focusMarker(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyM');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Whether the content script has finished annotating this document (its own measure). */
const annotated = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('mission-lens:annotate').length > 0);

describe('the marker and the card’s frame', () => {
  let ff: Firefox;
  let page: Page;
  let claims = 0;

  const panelHidden = async () => (await part(ff, page, 'panel'))?.hidden;

  beforeAll(async () => {
    ff = await launchFirefox();
    serveDemos(ff, [HARBORLINE]);
    page = await ff.openPage(HARBORLINE.url);
    const state = await waitForState(ff, await tabIdOf(ff, page), (s) => s.analysis.isJobPosting);
    claims = state.analysis.claims.length;
    await until(
      () => ranges(page),
      (n) => n === claims,
    );
    await page.bringToFront();
  });
  afterAll(async () => ff?.close());

  it('opens the marker’s panel from the pill', async () => {
    expect(claims).toBeGreaterThan(2);
    expect(await panelHidden()).toBe(true);
    await clickInHost(ff, page, { part: 'pill' });
    await expect.poll(panelHidden).toBe(false);
    expect((await part(ff, page, 'pill'))?.attributes['aria-expanded']).toBe('true');
  });

  it('shows what it can do on this site in the panel', async () => {
    expect((await part(ff, page, 'show-fit'))?.text).toBe('How it fits your theory');
    expect((await part(ff, page, 'toggle-site'))?.text).toBe('Hide highlights on linkedin.com');
  });

  it('opens the fit view in the frame from "How it fits your theory"; with no theory it offers to write one', async () => {
    expect(await cardShown(ff, page)).toBe(false);
    await clickInHost(ff, page, { part: 'show-fit' });
    await expect.poll(() => cardShown(ff, page)).toBe(true);
    await expect
      .poll(() => cardText(ff, page, 'fit-view'), { timeout: 10_000 })
      .toContain('Write my theory of change');
    expect(await axeInCardFrame(ff, page)).toEqual({ light: [], dark: [] });
    // Its controls (write a theory, save, full analysis, close) are all inside a 1280 × 900 window.
    expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([1280, 900]);
    const fit = await cardFit(ff, page);
    expect(fit.controls).toBeGreaterThanOrEqual(3);
    expect(fit.outside).toEqual([]);
  });

  it('saves the company from the frame, and the page never learns that it was', async () => {
    await expect.poll(() => cardText(ff, page, 'list-status'), { timeout: 10_000 }).toMatch(/^Save /);
    await clickInCard(ff, page, '[data-action="save"]');
    await expect
      .poll(() => cardText(ff, page, 'list-status'), { timeout: 10_000 })
      .toMatch(/^On your list: Interested, 1 posting saved/);
    expect(await stored(ff, 'local', 'list:c:harborline-community-health-plan')).toMatchObject({
      entry: { name: HARBORLINE.company, status: 'interested' },
    });
    expect(await page.evaluate(() => document.documentElement.textContent?.includes('On your list'))).toBe(
      false,
    );
  });

  it('opens the full analysis for this tab from the fit view', async () => {
    // The posting's tab, read before another tab opens (tabIdOf may pick the newest).
    const tabId = await tabIdOf(ff, page);
    const analysis = `src/popup/index.html?tab=${tabId}`;
    expect(await tabShowing(ff, analysis)).toBeNull();
    await clickInCard(ff, page, '[data-action="open-analysis"]');
    const popup = (await until(
      () => tabShowing(ff, analysis),
      (p) => p !== null,
    )) as Page;
    await expect
      .poll(() => textOf(popup, '[data-testid="title"]'), { timeout: 10_000 })
      .toBe(HARBORLINE.title);
    await popup.close();
    await page.bringToFront();
    expect(await cardShown(ff, page)).toBe(true);
  });

  it('closes the fit view from the frame’s own Close button', async () => {
    await clickInCard(ff, page, '[data-part="fit-view"] [data-action="close"]');
    await expect.poll(() => cardShown(ff, page)).toBe(false);
    expect((await part(ff, page, 'frame'))?.hidden).toBe(true);
    // The marker's panel is the marker's own: the frame closing leaves it as it was.
    await clickInHost(ff, page, { part: 'pill' });
    await expect.poll(panelHidden).toBe(true);
  });

  it('hides the highlights on linkedin.com from the marker, remembers it after a reload, and shows them again', async () => {
    await clickInHost(ff, page, { part: 'pill' });
    await expect.poll(panelHidden).toBe(false);
    await clickInHost(ff, page, { part: 'toggle-site' });
    await expect.poll(() => ranges(page)).toBe(0);
    await expect.poll(() => stored(ff, 'local', 'hiddenSites')).toEqual(['linkedin.com']);
    // The marker says so, and stays reachable from the keyboard from anywhere in the page.
    await expect.poll(async () => (await part(ff, page, 'summary'))?.text).toMatch(/· highlights off$/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await focusMarker(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('mission-lens-host');

    await page.reload({ waitUntil: 'load' });
    // Once the content script has annotated the new document, the setting has been applied.
    await expect.poll(() => annotated(page), { timeout: 10_000 }).toBe(true);
    expect((await part(ff, page, 'summary'))?.text).toContain('claims');
    expect(await ranges(page)).toBe(0);
    await clickInHost(ff, page, { part: 'pill' });
    await expect.poll(panelHidden).toBe(false);
    expect((await part(ff, page, 'toggle-site'))?.text).toBe('Show highlights on linkedin.com');
    await clickInHost(ff, page, { part: 'toggle-site' });
    await expect.poll(() => ranges(page)).toBe(claims);
    await expect.poll(() => stored(ff, 'local', 'hiddenSites')).toEqual([]);
    expect((await part(ff, page, 'toggle-site'))?.text).toBe('Hide highlights on linkedin.com');
  });

  it('keeps the keyboard on the button that hides the highlights, so Enter again shows them, and Esc closes the panel', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await focusMarker(page);
    if (await panelHidden()) await page.keyboard.press('Enter');
    await expect.poll(panelHidden).toBe(false);
    // The pill, then "How it fits your theory", "Previous claim", "Next claim", the site's button.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => ranges(page)).toBe(0);
    await expect
      .poll(async () => (await part(ff, page, 'toggle-site'))?.text)
      .toBe('Show highlights on linkedin.com');
    await page.keyboard.press('Enter');
    await expect.poll(() => ranges(page)).toBe(claims);
    await expect.poll(() => stored(ff, 'local', 'hiddenSites')).toEqual([]);
    // Esc closes the panel and puts the keyboard back on the pill: Enter opens it again.
    await page.keyboard.press('Escape');
    await expect.poll(panelHidden).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(panelHidden).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(panelHidden).toBe(true);
  });

  it('closes the claim card from the frame’s own Close button, a real click in the frame', async () => {
    if (!(await panelHidden())) await clickInHost(ff, page, { part: 'pill' });
    await expect.poll(panelHidden).toBe(true);
    await page.keyboard.press(']');
    await expect.poll(() => cardShown(ff, page)).toBe(true);
    await expect.poll(() => cardText(ff, page, 'position'), { timeout: 10_000 }).toBe(`Claim 1 of ${claims}`);
    expect(Object.keys(await pageHighlights(page))).toContain('mission-lens-current');
    await clickInCard(ff, page, '[data-part="card"] [data-action="close"]');
    await expect.poll(() => cardShown(ff, page)).toBe(false);
    expect((await pageHighlights(page))['mission-lens-current']).toBeUndefined();
  });

  it('keeps linkedin.com without highlights while storage.local hiddenSites names it, across a reload', async () => {
    // Written as the marker's "Hide highlights on linkedin.com" writes it (src/content/lens.ts).
    await store(ff, 'local', { hiddenSites: ['linkedin.com'] });
    await expect.poll(() => ranges(page), { timeout: 10_000 }).toBe(0);
    await page.reload({ waitUntil: 'load' });
    // Once the content script has annotated the new document, the setting has been applied.
    await expect.poll(() => annotated(page), { timeout: 10_000 }).toBe(true);
    expect((await part(ff, page, 'summary'))?.text).toContain('claims');
    expect(await ranges(page)).toBe(0);
    await store(ff, 'local', { hiddenSites: [] });
    await expect.poll(() => ranges(page), { timeout: 10_000 }).toBe(claims);
  });
});
