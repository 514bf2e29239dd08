// Pages that attack the reader through JSON-LD, served at a Greenhouse job address: many
// postings across scripts, huge descriptions, a 10 MB script, deep nesting, malformed and
// `__proto__` data, decoys. On each the page still loads, the reader still finds the
// page's own posting and highlights it, nothing is polluted or stored beyond the tab's
// result, and a normal posting opened next still works. (How long each one's longest
// main-thread task is, with and without the extension: `npm run bench:attack`.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACK_PAGES, ATTACK_TITLE } from '../../scripts/attack-pages.mjs';
import { catalogEntry, catalogHtml } from '../e2e-shared/demo-catalog.ts';
import { storedApartFromTabs as storedApart } from '../e2e-shared/storage.ts';
import { pageHighlights } from './annotate-kit.ts';
import { type Extension, launchExtension, servePage, tabIdOf, waitForState } from './harness.ts';

const NORMAL = catalogEntry('Kinfolk Bridge Health');

const storedApartFromTabs = (ext: Extension) => ext.worker.evaluate(storedApart);

describe('attack pages through JSON-LD', () => {
  let ext: Extension;
  let stored: string;

  beforeAll(async () => {
    ext = await launchExtension();
    for (const page of ATTACK_PAGES) await servePage(ext, page.url, page.html);
    await servePage(ext, NORMAL.url, catalogHtml(NORMAL));
    stored = await storedApartFromTabs(ext);
  });
  afterAll(async () => ext?.close());

  for (const attack of ATTACK_PAGES) {
    it(`${attack.name}: loads, reads the page's own posting, then the next page works`, async () => {
      const page = await ext.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(attack.url, { timeout: 60_000 });
      const tabId = await tabIdOf(ext, page);
      const state = await waitForState(ext, tabId, (s) => s.analysis.isJobPosting, 30_000);
      expect(state.analysis.title).toBe(ATTACK_TITLE);
      expect(state.analysis.company).toBe('Harborline Community Health Plan');
      await expect
        .poll(async () => Object.values(await pageHighlights(page)).flat().length, { timeout: 15_000 })
        .toBeGreaterThan(0);
      // Nothing leaked into the page's prototypes, nothing stored beyond the tab's result.
      expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
      expect(await storedApartFromTabs(ext)).toBe(stored);
      expect(errors).toEqual([]);
      await page.close();

      const next = await ext.context.newPage();
      await next.goto(NORMAL.url);
      const nextState = await waitForState(ext, await tabIdOf(ext, next), (s) => s.analysis.isJobPosting);
      expect(nextState.analysis.company).toBe(NORMAL.company);
      await next.close();
    });
  }
});
