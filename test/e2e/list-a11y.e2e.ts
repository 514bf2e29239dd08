// The saved list's screens under axe, light and dark: the empty list, the table, a
// company's page, a comparison of two, and the merge dialog.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSource, axeViolations } from '../e2e-shared/axe.ts';
import { catalogEntry, catalogHtml } from '../e2e-shared/demo-catalog.ts';
import {
  type Extension,
  launchExtension,
  openPopup,
  saveFromPopup,
  servePage,
  tabIdOf,
  waitForState,
} from './harness.ts';

const COMPANIES = [catalogEntry('Harborline Community Health Plan'), catalogEntry('Kinfolk Bridge Health')];

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource());
  return page.evaluate(axeViolations);
}

describe('the saved list is accessible, light and dark', () => {
  let ext: Extension;
  let list: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    for (const entry of COMPANIES) await servePage(ext, entry.url, catalogHtml(entry));
    list = await ext.context.newPage();
  });
  afterAll(async () => ext?.close());

  const screens: [string, (page: Page) => Promise<void>][] = [
    ['the empty list', async () => undefined],
    [
      'the table',
      async () => {
        for (const entry of COMPANIES) {
          const page = await ext.context.newPage();
          await page.goto(entry.url);
          const tabId = await tabIdOf(ext, page);
          await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
          const popup = await openPopup(ext, tabId);
          await saveFromPopup(popup);
          await popup.close();
          await page.close();
        }
        await list.reload();
        await expect.poll(() => list.locator('[data-testid="list-table"] tbody tr').count()).toBe(2);
      },
    ],
    [
      "a company's page",
      async () => {
        await list
          .locator('tr[data-id="harborline-community-health-plan"] [data-testid="open-entry"]')
          .click();
        await list.getByTestId('entry-detail').waitFor();
      },
    ],
    [
      'a comparison of two',
      async () => {
        await list.getByRole('button', { name: 'Back to the list' }).click();
        await list.getByLabel('Compare Harborline Community Health Plan').check();
        await list.getByLabel('Compare Kinfolk Bridge Health').check();
        await list.getByTestId('compare-picked').click();
        await list.getByTestId('compare').waitFor();
      },
    ],
    [
      'the merge dialog',
      async () => {
        await list.getByRole('button', { name: 'Back to the list' }).click();
        await list.getByTestId('merge-picked').click();
        await list.getByTestId('merge-dialog').waitFor();
      },
    ],
  ];

  it('opens', async () => {
    await list.goto(`chrome-extension://${ext.id}/src/list/index.html`);
    await expect.poll(() => list.getByTestId('list-empty').isVisible()).toBe(true);
  });

  for (const [name, reach] of screens) {
    it(`${name}: no axe violation in light or dark`, async () => {
      await reach(list);
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await list.emulateMedia({ colorScheme });
        for (const v of await violations(list)) found.push(`${colorScheme}: ${v}`);
      }
      await list.emulateMedia({ colorScheme: 'light' });
      expect(found).toEqual([]);
    });
  }
});
