// A search-results page in Firefox as a user with a list meets it (test/e2e/list-marks.e2e.ts):
// the job cards of a saved company carry its status beside the company's name, drawn in
// the marks frame (a moz-extension:// page over the viewport); the page's own nodes are
// untouched but for the extension's one element, and page script can neither find the
// status text nor hit-test the mark. The mark follows a scroll of the results list and a
// status change, and goes when the company leaves the list. Then "Save this company to
// Mission Lens" from the page's real context menu: on a posting it saves and says so on
// the toolbar button; off one it says why not, with the event page suspended first.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { demo, serveDemos } from './demo-catalog.ts';
import { backgroundState, suspendBackground } from './event-page.ts';
import { saveFromPopup } from './extension-ui.ts';
import {
  type Firefox,
  launchFirefox,
  openPopup,
  stored,
  tabIdOf,
  toolbarButton,
  waitForState,
} from './harness.ts';
import { until } from './page-view.ts';
import { answeredMessages, chooseInContextMenu, countAnsweredMessages } from './parent-process.ts';
import { extensionFrame } from './shadow-kit.ts';

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;

const HARBORLINE = demo('Harborline Community Health Plan');
const KEY = 'list:c:harborline-community-health-plan';
const SAVE_ITEM = 'Save this company to Mission Lens';

describe('marks on a search-results page', () => {
  let ff: Firefox;
  let results: Page;

  const marksFrame = (page: Page): Promise<Frame | null> => extensionFrame(ff, page, '/src/marks/index.html');

  async function marksOn(page: Page): Promise<Mark[] | null> {
    const frame = await marksFrame(page);
    return frame ? frame.evaluate(drawnMarks).catch(() => null) : null;
  }

  async function openPosting(): Promise<{ page: Page; tabId: number }> {
    const page = await ff.openPage(HARBORLINE.url);
    const tabId = await tabIdOf(ff, page);
    await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
    return { page, tabId };
  }

  beforeAll(async () => {
    ff = await launchFirefox();
    serveDemos(ff, [HARBORLINE]);
    ff.serve(isSearchUrl, searchPage());
  });
  afterAll(async () => ff?.close());

  it('marks nothing, and adds no frame, while the list is empty', async () => {
    await countAnsweredMessages(ff);
    results = await ff.openPage(SEARCH_URL);
    // The content script asks whether the list has any company once the page is idle;
    // once it has its answer (an empty list), and the page is idle again, it is done.
    await until(
      () => answeredMessages(ff, SEARCH_URL),
      (n) => n > 0,
      15_000,
    );
    await results.evaluate(
      () => new Promise((r) => requestIdleCallback(() => requestAnimationFrame(r), { timeout: 2_000 })),
    );
    expect(await marksFrame(results)).toBeNull();
    expect(await results.evaluate(() => document.querySelectorAll('mission-lens-host').length)).toBe(0);
    await results.close();
  });

  it("marks the saved company's cards with its status, beside the name, covering no text", async () => {
    const posting = await openPosting();
    const popup = await openPopup(ff, posting.tabId);
    await saveFromPopup(popup);
    await popup.select('[data-testid="save-status"]', 'applied');
    await expect
      .poll(
        async () =>
          ((await stored(ff, 'local', KEY)) as { entry?: { status: string } } | null)?.entry?.status,
      )
      .toBe('applied');
    await popup.close();
    await posting.page.close();

    results = await ff.openPage();
    await results.setViewport({ width: 1280, height: 720 });
    await results.goto(SEARCH_URL, { waitUntil: 'load' });
    const elementsBefore = await results.evaluate(ownElements);
    await expect
      .poll(() => marksOn(results), { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({ text: 'Applied', company: 'Harborline Community Health Plan, Inc.' }),
      ]);
    const mark = (await marksOn(results))![0]!;
    // On the name's line, just after it, covering no text.
    expectBesideName(mark, await results.evaluate(textBoxes, 'Harborline Community Health Plan, Inc.'));

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
    const list = await ff.openExtensionPage('src/list/index.html');
    const open = 'tr[data-id="harborline-community-health-plan"] [data-testid="open-entry"]';
    await list.waitForSelector(open, { timeout: 10_000 });
    await list.click(open);
    await list.waitForSelector('[data-testid="detail-status"]', { timeout: 10_000 });
    await list.select('[data-testid="detail-status"]', 'interviewing');
    await expect.poll(async () => (await marksOn(results))?.map((m) => m.text)).toEqual(['Interviewing']);
    await list.evaluate((key) => browser.storage.local.remove(key), KEY);
    await expect.poll(async () => (await marksOn(results))?.length).toBe(0);
    await list.close();
  });

  it('saves a company from the context menu on a posting, and says so on the toolbar button', async () => {
    const resultsTab = await tabIdOf(ff, results); // before another tab opens
    const posting = await openPosting();
    // The page's own context menu, right-clicked on the posting's title.
    await chooseInContextMenu(ff, posting.page, 'h1', SAVE_ITEM);
    expect(
      await until(
        () => toolbarButton(ff, posting.tabId),
        (b) => b.title.includes('on your list'),
      ),
    ).toEqual({
      title: 'Mission Lens: Harborline Community Health Plan is on your list (1 saved)',
      badge: '✓',
    });
    expect(await stored(ff, 'local', KEY)).toMatchObject({ entry: { name: HARBORLINE.company } });

    // Off a posting it says why nothing was saved; the click wakes a suspended event page.
    await suspendBackground(ff);
    await chooseInContextMenu(ff, results, 'header', SAVE_ITEM);
    const other = await until(
      () => toolbarButton(ff, resultsTab),
      (b) => b.title.includes('not saved'),
    );
    expect(other.title).toBe('Mission Lens: not saved. This tab shows no job posting.');
    expect(await backgroundState(ff)).toBe('running');
    await posting.page.close();
  });
});
