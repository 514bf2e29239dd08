// An update (here: the extension reloaded) with a posting open. The old content script
// is left in the page with its extension gone: it must stop quietly (no error, no
// highlight or element left behind) when the page next changes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHighlights, until } from './annotate-kit.ts';
import {
  type Extension,
  launchExtension,
  ROOT,
  readText,
  servePage,
  tabIdOf,
  waitForState,
} from './harness.ts';

const POSTING_URL = 'https://www.linkedin.com/jobs/view/4100000001/';

describe('an update with a posting open', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    await servePage(ext, POSTING_URL, readText(join(ROOT, 'demo/postings/harborline-rn-care-manager.html')));
  });
  afterAll(async () => ext?.close());

  it('stops the old content script quietly when the page next changes: no error, no highlight or element left', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(POSTING_URL);
    await waitForState(ext, await tabIdOf(ext, page), (s) => s.analysis.isJobPosting);
    await until(
      async () => Object.keys(await pageHighlights(page)).length,
      (n) => n > 0,
    );

    const old = ext.worker;
    await old.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The page changes (the board updates a counter, say): the old script notices it is orphaned.
    for (let i = 0; i < 5; i++) {
      await page.evaluate((n) => {
        const p = document.createElement('p');
        p.textContent = `Update ${n}`;
        document.body.append(p);
      }, i);
      await page.waitForTimeout(300);
    }
    await expect
      .poll(async () => Object.keys(await pageHighlights(page)).length, { timeout: 10_000 })
      .toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('mission-lens-host').length)).toBe(0);
    expect(errors).toEqual([]);

    // Not checked here: the new version reading the page after a reload. An extension
    // loaded with --load-extension does not come back from runtime.reload() under
    // Playwright; every other test loads the current build fresh.
  });
});
