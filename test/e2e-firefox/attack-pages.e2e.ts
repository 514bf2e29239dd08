// Pages that attack the reader through JSON-LD, in Firefox (test/e2e/attack-pages.e2e.ts),
// served at a Greenhouse job address: many postings across scripts, huge descriptions, a
// 10 MB script, deep nesting, malformed and `__proto__` data, decoys. On each the page
// still loads, the reader still finds the page's own posting and highlights it, nothing
// is polluted or stored beyond the tab's result, and a normal posting opened next still
// works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACK_PAGES, ATTACK_TITLE } from '../../scripts/attack-pages.mjs';
import { storedApartFromTabs } from '../e2e-shared/storage.ts';
import { demo, serveDemos } from './demo-catalog.ts';
import { type Firefox, launchFirefox, tabIdOf, waitForState } from './harness.ts';
import { pageHighlights } from './page-view.ts';

const NORMAL = demo('Kinfolk Bridge Health');

describe('attack pages through JSON-LD', () => {
  let ff: Firefox;
  let stored: string;

  const storedNow = async () => (await ff.extensionPage()).evaluate(storedApartFromTabs);

  beforeAll(async () => {
    ff = await launchFirefox();
    for (const page of ATTACK_PAGES) ff.serve(page.url, page.html);
    serveDemos(ff, [NORMAL]);
    stored = await storedNow();
  });
  afterAll(async () => ff?.close());

  for (const attack of ATTACK_PAGES) {
    it(`${attack.name}: loads, reads the page's own posting, then the next page works`, async () => {
      const page = await ff.openPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push((e as Error).message));
      await page.goto(attack.url, { waitUntil: 'load', timeout: 60_000 });
      const tabId = await tabIdOf(ff, page);
      const state = await waitForState(ff, tabId, (s) => s.analysis.isJobPosting, 30_000);
      expect(state.analysis.title).toBe(ATTACK_TITLE);
      expect(state.analysis.company).toBe('Harborline Community Health Plan');
      await expect
        .poll(async () => Object.values(await pageHighlights(page)).flat().length, { timeout: 15_000 })
        .toBeGreaterThan(0);
      // Nothing leaked into the page's prototypes, nothing stored beyond the tab's result.
      expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
      expect(await storedNow()).toBe(stored);
      expect(errors).toEqual([]);
      await page.close();

      const next = await ff.openPage(NORMAL.url);
      const nextState = await waitForState(ff, await tabIdOf(ff, next), (s) => s.analysis.isJobPosting);
      expect(nextState.analysis.company).toBe(NORMAL.company);
      await next.close();
    });
  }
});
