// A LinkedIn-style search pane swapping jobs without a reload, in Firefox: after every
// switch exactly the shown job's claims are highlighted, after ten quick ones only the
// last job's, with one host element throughout; leaving for the feed leaves nothing,
// and the feed's new posts are not read.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Firefox, launchFirefox, tabIdOf, waitForState } from './harness.ts';
import { pageHighlights, squash, until } from './page-view.ts';
import { job, onPanePage, PANE_URL, paneHtml, showJob, tally } from './pane-switcher.ts';
import { readHost } from './shadow-kit.ts';

describe('a LinkedIn-style pane switching jobs in place', () => {
  let ff: Firefox;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    ff = await launchFirefox();
    ff.serve(onPanePage, paneHtml());
    page = await ff.openPage(PANE_URL);
    tabId = await tabIdOf(ff, page);
    await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
  });
  afterAll(async () => ff?.close());

  it('highlights exactly the shown job’s claims after each of 10 switches', async () => {
    for (let i = 0; i < 10; i++) {
      const next = job(i);
      await showJob(page, next);
      const state = await waitForState(ff, tabId, (s) => s.analysis.title === next.title);
      expect(state.url).toContain(`currentJobId=${next.id}`);
      const claims = state.analysis.claims;
      expect(claims.length).toBeGreaterThan(0);
      const now = await until(
        () => tally(page),
        // A range of the view before collapses when the pane's nodes are replaced: wait
        // for the new view's ranges, which hold text.
        (t) => t.ranges === claims.length && t.allInPane && t.texts.every((x) => x.trim() !== ''),
      );
      expect(now.texts.map(squash).sort()).toEqual(claims.map((c) => squash(c.text)).sort());
      // The previous job's first claim (its number differs) must be gone.
      const stale = squash(job(i === 0 ? 1 : i - 1).paragraphs[0]!);
      expect(now.texts.map(squash)).not.toContain(stale);
    }
    expect((await readHost(ff, page)).hosts).toBe(1);
  });

  it('after 10 quick switches highlights the last job’s claims and nothing of the others', async () => {
    for (let i = 20; i < 30; i++) await showJob(page, job(i));
    const last = job(29);
    const state = await waitForState(ff, tabId, (s) => s.analysis.title === last.title);
    const claims = state.analysis.claims;
    expect(claims.length).toBeGreaterThan(0);
    const now = await until(
      () => tally(page),
      (t) => t.ranges === claims.length && t.allInPane,
    );
    expect(now.texts.map(squash).sort()).toEqual(claims.map((c) => squash(c.text)).sort());
    // Jobs 20 to 28 said "region 2x" (kidney) or "(team 2x)"; the last one says "(team 29)".
    expect(now.texts.filter((t) => /region 2\d|\(team 2[0-8]\)/.test(t))).toEqual([]);
    expect(now.texts.some((t) => t.includes('(team 29)'))).toBe(true);
    expect((await readHost(ff, page)).hosts).toBe(1);
  });

  it('leaves nothing behind and does no more work when the user leaves for the feed in-app', async () => {
    await page.evaluate(() => (window as unknown as { goFeed: () => void }).goFeed());
    await until(
      async () => (await readHost(ff, page)).hosts,
      (n) => n === 0,
    );
    expect(await pageHighlights(page)).toEqual({});
    const work = () =>
      page.evaluate(
        () =>
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name === 'mission-lens:read' || m.name === 'mission-lens:annotate').length,
      );
    const before = await work();
    // The feed keeps adding posts for a second and a half: a script still at work would read them.
    await page.evaluate(async () => {
      for (let i = 0; i < 15; i++) {
        document.body.append(Object.assign(document.createElement('p'), { textContent: `New post ${i}` }));
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    expect(await work()).toBe(before);
  });
});
