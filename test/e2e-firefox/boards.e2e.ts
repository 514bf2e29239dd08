// Every board fixture at its real address, read by the content script in Gecko's DOM,
// gives what the same core gives in Node: title, company, board, healthcare and the
// claims. A page the release manifest does not cover, or one that is no posting, gets
// nothing stored; the popup then shows its empty state.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, parseFragment } from '../../scripts/node-dom.ts';
import { analyzeDocument } from '../../src/core/analyze.ts';
import { fixtureUrl, matches } from '../e2e-shared/board-fixtures.ts';
import {
  DIST,
  type Firefox,
  launchFirefox,
  openPopup,
  ROOT,
  tabIdOf,
  tabState,
  waitForState,
} from './harness.ts';

const FIXTURES = join(ROOT, 'src/sites/fixtures');

/**
 * For a page that must get nothing there is no event to wait for: the content script
 * either never runs or runs and stays quiet. Half a second after load is far longer
 * than a read takes (postings here are stored within a few hundred milliseconds).
 */
const NOTHING_HAPPENS_MS = 500;

describe('board fixtures at their real addresses, in Firefox', () => {
  let ff: Firefox;
  let patterns: string[];
  beforeAll(async () => {
    ff = await launchFirefox();
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    patterns = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  });
  afterAll(async () => ff?.close());

  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it.each(files)('%s reads the same in Firefox as in Node', async (file) => {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const url = fixtureUrl(html);
    expect(url, 'fixture names its address').toBeTruthy();
    const node = analyzeDocument(parseDocument(html), url, {
      generic: false,
      parseHtml: parseFragment,
    }).analysis;
    ff.serve(url!, html);
    const page = await ff.openPage(url!);
    const tabId = await tabIdOf(ff, page);
    if (!patterns.some((p) => matches(p, url!)) || !node.isJobPosting) {
      await new Promise((r) => setTimeout(r, NOTHING_HAPPENS_MS));
      const state = await tabState(ff, tabId);
      expect(state?.analysis.isJobPosting ?? false).toBe(false);
    } else {
      const state = await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
      expect(state.analysis.title).toBe(node.title);
      expect(state.analysis.company).toBe(node.company);
      expect(state.analysis.board).toBe(node.board);
      expect(state.analysis.healthcare.is).toBe(node.healthcare.is);
      expect(state.analysis.claims.map((c) => c.text)).toEqual(node.claims.map((c) => c.text));
    }
    await page.close();
  });

  it('shows the empty state in the popup for a board page that is not a posting', async () => {
    ff.serve('https://www.linkedin.com/feed/', '<!doctype html><title>Feed</title><h1>Your feed</h1>');
    const page = await ff.openPage('https://www.linkedin.com/feed/');
    const tabId = await tabIdOf(ff, page);
    const popup = await openPopup(ff, tabId);
    await expect
      .poll(() =>
        popup.evaluate(() => document.querySelector('[data-state="not-a-posting"] h2')?.textContent ?? null),
      )
      .toBe('This page is not a job posting');
    expect(await tabState(ff, tabId)).toBeNull();
    await popup.close();
    await page.close();
  });
});
