// A search-results page as a user with a list meets it: the job cards of a saved company
// carry its status beside the company's name, the rest carry nothing; the page's own
// nodes are untouched but for the extension's one element, and page script can neither
// find the status text nor hit-test the mark. The mark follows a status change, a
// scroll of the results list, and goes when the company leaves the list.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogEntry, catalogHtml } from '../e2e-shared/demo-catalog.ts';
import { textBoxes } from '../e2e-shared/page-boxes.ts';
import {
  drawnMarks,
  expectBesideName,
  isSearchUrl,
  type Mark,
  ownElements,
  pageSees,
  SEARCH_URL,
  scrollToSecondHarborline,
  searchPage,
  seenNothing,
} from '../e2e-shared/search-results.ts';
import {
  type Extension,
  launchExtension,
  openPopup,
  saveFromPopup,
  screenshot,
  servePage,
  tabIdOf,
  waitForState,
} from './harness.ts';

const HARBORLINE = catalogEntry('Harborline Community Health Plan');
/** Another posting of the same company, at another job address. */
const SECOND_POSTING = 'https://www.linkedin.com/jobs/view/4100000099/';

const marksFrame = (page: Page): Frame | null =>
  page.frames().find((f) => f.url().includes('/src/marks/index.html')) ?? null;

async function marksOn(page: Page): Promise<Mark[] | null> {
  const frame = marksFrame(page);
  if (!frame) return null;
  return frame.evaluate(drawnMarks).catch(() => null);
}

describe('marks on a search-results page', () => {
  let ext: Extension;
  let results: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    await servePage(ext, HARBORLINE.url, catalogHtml(HARBORLINE));
    await servePage(ext, SECOND_POSTING, catalogHtml(HARBORLINE));
    await servePage(ext, isSearchUrl, searchPage());
  });
  afterAll(async () => ext?.close());

  it('marks nothing, and adds no frame, while the list is empty', async () => {
    results = await ext.context.newPage();
    await results.goto(SEARCH_URL);
    // The content script asks once the page is idle; give it time to have asked.
    await results.waitForTimeout(1_500);
    expect(marksFrame(results)).toBeNull();
    expect(await results.evaluate(() => document.querySelectorAll('mission-lens-host').length)).toBe(0);
    await results.close();
  });

  it("marks the saved company's cards with its status, beside the name, covering no text", async () => {
    const posting = await ext.context.newPage();
    await posting.goto(HARBORLINE.url);
    const tabId = await tabIdOf(ext, posting);
    await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
    const popup = await openPopup(ext, tabId);
    await saveFromPopup(popup);
    await popup.getByTestId('save-status').selectOption('applied');
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => {
          const all = await chrome.storage.local.get('list:c:harborline-community-health-plan');
          return (Object.values(all)[0] as { entry?: { status: string } } | undefined)?.entry?.status;
        }),
      )
      .toBe('applied');
    await popup.close();
    await posting.close();

    results = await ext.context.newPage();
    await results.setViewportSize({ width: 1280, height: 720 });
    await results.goto(SEARCH_URL);
    const elementsBefore = await results.evaluate(ownElements);
    await expect
      .poll(() => marksOn(results), { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({ text: 'Applied', company: 'Harborline Community Health Plan, Inc.' }),
      ]);
    const mark = (await marksOn(results))![0]!;
    // On the name's line, just after it, covering no text.
    expectBesideName(mark, await results.evaluate(textBoxes, 'Harborline Community Health Plan, Inc.'));
    await screenshot(results, 'list-marks-search-results');

    // The page's own nodes as they were, plus the one extension element; nothing readable.
    expect(await results.evaluate(pageSees, mark)).toEqual(seenNothing(elementsBefore));
  });

  it('follows the results list as it scrolls', async () => {
    await results.evaluate(scrollToSecondHarborline);
    await expect
      .poll(() => marksOn(results))
      .toEqual([expect.objectContaining({ text: 'Applied', company: 'HARBORLINE COMMUNITY HEALTH PLAN' })]);
    const mark = (await marksOn(results))![0]!;
    const { named: company } = await results.evaluate(textBoxes, 'HARBORLINE COMMUNITY HEALTH PLAN');
    expect(mark.left).toBeGreaterThanOrEqual(company!.right);
    expect(Math.abs(mark.top - company!.top)).toBeLessThan(6);
  });

  it('shows a new status, and no mark once the company is removed', async () => {
    const list = await ext.context.newPage();
    await list.goto(`chrome-extension://${ext.id}/src/list/index.html`);
    await list.locator('tr[data-id="harborline-community-health-plan"] [data-testid="open-entry"]').click();
    await list.getByTestId('detail-status').selectOption('interviewing');
    await expect.poll(async () => (await marksOn(results))?.map((m) => m.text)).toEqual(['Interviewing']);
    await ext.worker.evaluate(() => chrome.storage.local.remove('list:c:harborline-community-health-plan'));
    await expect.poll(async () => (await marksOn(results))?.length).toBe(0);
    await list.close();
  });

  it('saves a company from the context menu on a posting, and says so on the toolbar button', async () => {
    const resultsTab = await tabIdOf(ext, results); // the newest page tab, before another opens
    const posting = await ext.context.newPage();
    await posting.goto(HARBORLINE.url);
    const tabId = await tabIdOf(ext, posting);
    await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
    // The menu exists (update rejects for an unknown id); the browser's own menu cannot
    // be opened headless, so the click is dispatched to the worker's listener as the
    // browser would dispatch it.
    const saved = await ext.worker.evaluate(async (tabId) => {
      await chrome.contextMenus.update('mission-lens-save-company', {});
      const tab = await chrome.tabs.get(tabId);
      const click = {
        menuItemId: 'mission-lens-save-company',
        editable: false,
        pageUrl: tab.url,
      } as chrome.contextMenus.OnClickData;
      (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(click, tab);
      for (let i = 0; i < 100; i++) {
        const title = await chrome.action.getTitle({ tabId });
        if (title.includes('on your list')) {
          const stored = await chrome.storage.local.get('list:c:harborline-community-health-plan');
          return {
            title,
            badge: await chrome.action.getBadgeText({ tabId }),
            stored: Object.keys(stored).length,
          };
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }, tabId);
    expect(saved).toEqual({
      title: 'Mission Lens: Harborline Community Health Plan is on your list (1 saved)',
      badge: '✓',
      stored: 1,
    });
    // Off a posting it says why nothing was saved.
    const other = await ext.worker.evaluate(async (tabId) => {
      const tab = await chrome.tabs.get(tabId);
      if (!tab.id) return null;
      (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(
        { menuItemId: 'mission-lens-save-company', editable: false },
        tab,
      );
      for (let i = 0; i < 100; i++) {
        const title = await chrome.action.getTitle({ tabId: tab.id });
        if (title.includes('not saved')) return title;
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }, resultsTab);
    expect(other).toBe('Mission Lens: not saved. This tab shows no job posting.');
    await posting.close();
  });

  it('shows the company as saved on another of its postings, which it adds when saved', async () => {
    const second = await ext.context.newPage();
    await second.goto(SECOND_POSTING);
    const tabId = await tabIdOf(ext, second);
    await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
    const popup = await openPopup(ext, tabId);
    await expect.poll(() => popup.getByTestId('saved-note').textContent()).toContain('Saved, with 1 posting');
    expect(await popup.getByTestId('save-status').inputValue()).toBe('interested');
    await popup.getByTestId('save-again').click();
    await expect
      .poll(() => popup.getByTestId('saved-note').textContent())
      .toContain('Saved, with 2 postings');
    await popup.close();
    await second.close();
  });
});
