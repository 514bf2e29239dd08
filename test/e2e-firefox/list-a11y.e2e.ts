// The saved list's screens under axe in Firefox, light and dark (test/e2e/list-a11y.e2e.ts):
// the empty list, the table, a company's page, a comparison of two, and the merge dialog.
// The dark run switches Firefox's own colour scheme from its parent process (a11y.ts).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeInBothSchemes } from './a11y.ts';
import { demo, serveDemos } from './demo-catalog.ts';
import { count, saveFromPopup } from './extension-ui.ts';
import { type Firefox, launchFirefox, openPopup, tabIdOf, waitForState } from './harness.ts';

const COMPANIES = [demo('Harborline Community Health Plan'), demo('Kinfolk Bridge Health')];
const BACK = 'button::-p-text(Back to the list)';

describe('the saved list is accessible, light and dark', () => {
  let ff: Firefox;
  let list: Page;

  beforeAll(async () => {
    ff = await launchFirefox();
    serveDemos(ff, COMPANIES);
  });
  afterAll(async () => ff?.close());

  /** Clicks `selector` once it is there, and waits for `shown` to be. */
  async function go(selector: string, shown: string): Promise<void> {
    await list.waitForSelector(selector, { timeout: 10_000 });
    await list.click(selector);
    await list.waitForSelector(shown, { timeout: 10_000 });
  }

  const screens: [string, () => Promise<void>][] = [
    ['the empty list', async () => undefined],
    [
      'the table',
      async () => {
        for (const entry of COMPANIES) {
          const page = await ff.openPage(entry.url);
          const tabId = await tabIdOf(ff, page);
          await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
          const popup = await openPopup(ff, tabId);
          await saveFromPopup(popup);
          await popup.close();
          await page.close();
        }
        await list.bringToFront();
        // The list page follows storage by itself (watchList): no reload is needed.
        await expect
          .poll(() => count(list, '[data-testid="list-table"] tbody tr'), { timeout: 10_000 })
          .toBe(2);
      },
    ],
    [
      "a company's page",
      () =>
        go(
          'tr[data-id="harborline-community-health-plan"] [data-testid="open-entry"]',
          '[data-testid="entry-detail"]',
        ),
    ],
    [
      'a comparison of two',
      async () => {
        await go(BACK, '[aria-label="Compare Harborline Community Health Plan"]');
        await list.click('[aria-label="Compare Harborline Community Health Plan"]');
        await list.click('[aria-label="Compare Kinfolk Bridge Health"]');
        await go('[data-testid="compare-picked"]', '[data-testid="compare"]');
      },
    ],
    [
      'the merge dialog',
      async () => {
        await go(BACK, '[data-testid="merge-picked"]');
        await go('[data-testid="merge-picked"]', '[data-testid="merge-dialog"]');
      },
    ],
  ];

  it('opens', async () => {
    list = await ff.openExtensionPage('src/list/index.html');
    await list.waitForSelector('[data-testid="list-empty"]', { visible: true, timeout: 10_000 });
  });

  for (const [name, reach] of screens) {
    it(`${name}: no axe violation in light or dark`, async () => {
      await reach();
      expect(await axeInBothSchemes(ff, list)).toEqual({ light: [], dark: [] });
    });
  }
});
