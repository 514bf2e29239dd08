// Nothing may live only in the background's memory: Firefox suspends the event page when
// it is idle, and the next event starts it afresh. Each test suspends it (as
// about:debugging does, see event-page.ts) and checks that what the user does next still
// works: a posting opened meanwhile, the popup, a pane switching jobs across the
// suspension, a theory arriving through sync, a tab closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankTheory } from '../../src/core/theory/theory.ts';
import { backgroundContexts, backgroundState, suspendBackground } from './event-page.ts';
import {
  type Firefox,
  launchFirefox,
  openPopup,
  readText,
  type StoredState,
  store,
  stored,
  tabIdOf,
  waitForState,
} from './harness.ts';
import { pageHighlights, squash, until } from './page-view.ts';
import { job, onPanePage, PANE_URL, paneHtml, showJob, tally } from './pane-switcher.ts';

const HARBORLINE_URL = 'https://www.linkedin.com/jobs/view/4100000001/';
const JUNIPER_URL = 'https://boards.greenhouse.io/juniperoakprimarycare/jobs/7100001';

describe('the event page, suspended between what the user does', () => {
  let ff: Firefox;
  beforeAll(async () => {
    ff = await launchFirefox();
    ff.serve(HARBORLINE_URL, readText('demo/postings/harborline-rn-care-manager.html'));
    ff.serve(JUNIPER_URL, readText('demo/postings/juniper-oak-nurse-practitioner.html'));
    ff.serve(onPanePage, paneHtml());
  });
  afterAll(async () => ff?.close());

  it('is suspended: Firefox and the extension’s own runtime both say no background runs', async () => {
    await suspendBackground(ff);
    expect(await backgroundState(ff)).toBe('stopped');
    expect(await backgroundContexts(ff)).toBe(0);
  });

  it('wakes for a posting opened while it is suspended, which is stored and highlighted', async () => {
    await suspendBackground(ff);
    const page = await ff.openPage(HARBORLINE_URL);
    const state = await waitForState(ff, await tabIdOf(ff, page), (s) => s.analysis.isJobPosting);
    expect(state.analysis.company).toBe('Harborline Community Health Plan');
    await expect
      .poll(async () => Object.keys(await pageHighlights(page)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await backgroundState(ff)).toBe('running');
    await page.close();
  });

  it('wakes for the popup, which shows the posting from storage alone', async () => {
    const page = await ff.openPage(JUNIPER_URL);
    const tabId = await tabIdOf(ff, page);
    await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
    await suspendBackground(ff);
    const popup = await openPopup(ff, tabId);
    await expect
      .poll(
        () => popup.evaluate(() => document.querySelector('[data-testid="title"]')?.textContent?.trim()),
        {
          timeout: 10_000,
        },
      )
      .toBe('Nurse Practitioner, Senior Primary Care');
    await popup.close();
    await page.close();
  });

  it('leaves exactly the last job’s highlights after quick pane switches with the event page suspended midway', async () => {
    const page = await ff.openPage(PANE_URL);
    const tabId = await tabIdOf(ff, page);
    await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
    for (let i = 100; i < 110; i++) {
      await showJob(page, job(i));
      if (i === 105) await suspendBackground(ff);
    }
    const last = job(109);
    const state = await waitForState(ff, tabId, (s) => s.analysis.title === last.title);
    const claims = state.analysis.claims;
    expect(claims.length).toBeGreaterThan(0);
    const now = await until(
      () => tally(page),
      (t) => t.ranges === claims.length && t.allInPane,
    );
    expect(now.texts.map(squash).sort()).toEqual(claims.map((c) => squash(c.text)).sort());
    await page.close();
  });

  it('re-compares an open posting when a theory arrives through sync while it is suspended', async () => {
    const page = await ff.openPage(JUNIPER_URL);
    const tabId = await tabIdOf(ff, page);
    const before = await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
    await suspendBackground(ff);
    // Written straight to storage.sync, as the browser's sync does: no message wakes the page.
    const theory = { ...blankTheory(Date.now()), area: 'Primary care for seniors', themes: ['access'] };
    await store(ff, 'sync', { theory: { ...theory, updatedAt: Date.now() } });
    await expect
      .poll(async () => ((await stored(ff, 'session', `tab:${tabId}`)) as StoredState).comparison ?? null, {
        timeout: 10_000,
      })
      .not.toEqual(before.comparison ?? null);
    await page.close();
  });

  it('forgets a tab closed while it is suspended', async () => {
    const page = await ff.openPage(HARBORLINE_URL);
    const tabId = await tabIdOf(ff, page);
    await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
    await suspendBackground(ff);
    await page.close();
    await expect.poll(() => stored(ff, 'session', `tab:${tabId}`), { timeout: 10_000 }).toBeNull();
  });
});
