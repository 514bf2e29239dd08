// An update (here: the extension reloaded) with a posting open, in Firefox
// (test/e2e/upgrade.e2e.ts). Unlike Chromium, Firefox puts the new version's content
// script into the open page at once, and takes the old one's API and its observers
// away. What the user should see: no error, the claims highlighted once, and one
// marker: the new version's.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, serveDemos } from './demo-catalog.ts';
import { type Firefox, launchFirefox, tabIdOf, waitForState } from './harness.ts';
import { pageHighlights, squash, until } from './page-view.ts';

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;

const HARBORLINE = demo('Harborline Community Health Plan');

/** How many times a content script has finished annotating this document (its own measure). */
const annotations = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('mission-lens:annotate').length);

describe('an update with a posting open', () => {
  let ff: Firefox;
  let page: Page;
  let claims: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ff = await launchFirefox();
    serveDemos(ff, [HARBORLINE]);
    page = await ff.openPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(HARBORLINE.url, { waitUntil: 'load' });
    const state = await waitForState(ff, await tabIdOf(ff, page), (s) => s.analysis.isJobPosting);
    claims = state.analysis.claims.map((c) => squash(c.text)).sort();
    await until(
      () => annotations(page),
      (n) => n === 1,
    );
    const ext = await ff.extensionPage();
    // The extension page goes with the old version: its call never answers.
    void ext.evaluate(() => browser.runtime.reload()).catch(() => undefined);
    await until(
      () => annotations(page),
      (n) => n === 2,
      20_000,
    );
    // The page changes (the board updates a counter, say): the old script would notice now.
    for (let i = 0; i < 3; i++)
      await page.evaluate((n) => {
        const p = document.createElement('p');
        p.textContent = `Update ${n}`;
        document.body.append(p);
        return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }, i);
  });
  afterAll(async () => ff?.close());

  it('reads the open posting again with the new version, highlights each claim once, and logs no error', async () => {
    const highlighted = Object.values(await pageHighlights(page))
      .flat()
      .map(squash)
      .sort();
    expect(highlighted).toEqual(claims);
    expect(errors).toEqual([]);
  });

  it('leaves one host element in the page: the new version’s', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('mission-lens-host').length)).toBe(1);
  });
});
