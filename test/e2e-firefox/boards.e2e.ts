// Every board fixture at its real address, read by the content script in Gecko's DOM,
// gives what the same core gives in Node: title, company, board, healthcare and the
// claims. A page the release manifest does not cover, or one that is no posting, gets
// nothing stored; the popup then shows its empty state (axe-clean, light and dark). A
// board's search page gets no element, no highlight and no work past the content
// script's boot.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, parseFragment } from '../../scripts/node-dom.ts';
import { analyzeDocument } from '../../src/core/analyze.ts';
import { fixtureUrl, matches } from '../e2e-shared/board-fixtures.ts';
import { axeInBothSchemes } from './a11y.ts';
import {
  DIST,
  type Firefox,
  launchFirefox,
  openPopup,
  ROOT,
  readText,
  tabIdOf,
  tabState,
  waitForState,
} from './harness.ts';
import { documentNow, pageHighlights, RECORD_BEFORE, until } from './page-view.ts';

const FIXTURES = join(ROOT, 'src/sites/fixtures');
const SEARCH = {
  url: 'https://www.linkedin.com/jobs/search/?keywords=nurse',
  file: 'demo/postings/linkedin-search-nurse.html',
};

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
        popup.evaluate(() => document.querySelector('[data-state="not-a-posting"] h1')?.textContent ?? null),
      )
      .toBe('This page is not a job posting');
    // A page of its own: one main heading, and nothing else axe objects to, light or dark.
    expect(await axeInBothSchemes(ff, popup)).toEqual({ light: [], dark: [] });
    expect(await tabState(ff, tabId)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('does nothing on a board page that is not a posting, and tells page script nothing: no element, no highlight, no timing', async () => {
    ff.serve(SEARCH.url, readText(SEARCH.file));
    const page = await ff.openPage();
    await page.evaluateOnNewDocument(RECORD_BEFORE);
    await page.goto(SEARCH.url, { waitUntil: 'load' });
    const measures = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .map((m) => m.name)
          .filter((n) => n.startsWith('mission-lens')),
      );
    await new Promise((r) => setTimeout(r, NOTHING_HAPPENS_MS));
    const doc = await documentNow(page);
    expect(doc.hosts).toBe(0);
    expect(doc.after).toBe(doc.before);
    expect(await pageHighlights(page)).toEqual({});
    // Not even its own timing: the page's performance timeline is page script's to read.
    expect(await measures()).toEqual([]);
    // The content script was there all along: the board moves on to a posting in place.
    const posting = readText('demo/postings/harborline-rn-care-manager.html');
    await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.adoptNode(parsed.body));
      history.pushState({}, '', '/jobs/view/4100000001/');
    }, posting);
    await until(
      async () => Object.keys(await pageHighlights(page)).length,
      (n) => n > 0,
    );
    expect(await measures()).toContain('mission-lens:boot');
    await page.close();
  });
});
