import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tints } from '../e2e-shared/highlights.ts';
import { demo } from './demo-catalog.ts';
import {
  badgeText,
  type Firefox,
  launchFirefox,
  openPopup,
  readText,
  type StoredState,
  tabIdOf,
  waitForState,
} from './harness.ts';
import { documentNow, pageHighlights, RECORD_BEFORE, squash, until } from './page-view.ts';
import { readHost } from './shadow-kit.ts';

const POSTINGS = [
  {
    ...demo('Harborline Community Health Plan'),
    board: 'linkedin',
    claimStarts: [] as string[],
    neighbours: true,
  },
  {
    file: 'test/e2e-firefox/fixtures/northwind-healthcare-data-analyst.html',
    url: 'https://boards.greenhouse.io/northwindvalleyhealthplan/jobs/4012345',
    title: 'Healthcare Data Analyst',
    company: 'Northwind Valley Health Plan',
    board: 'greenhouse',
    claimStarts: [] as string[],
    neighbours: false,
  },
  {
    ...demo('Juniper Oak Primary Care'),
    board: 'greenhouse',
    claimStarts: ['In 2025 our patients had 31% fewer'],
    neighbours: false,
  },
];

describe('postings read in Firefox', () => {
  let ff: Firefox;
  beforeAll(async () => {
    ff = await launchFirefox();
    for (const p of POSTINGS) ff.serve(p.url, readText(p.file));
  });
  afterAll(async () => ff?.close());

  describe.each(POSTINGS)('$company, on $board', (posting) => {
    let page: Page;
    let tabId: number;
    let state: StoredState;

    beforeAll(async () => {
      page = await ff.openPage();
      await page.evaluateOnNewDocument(RECORD_BEFORE);
      await page.goto(posting.url, { waitUntil: 'load' });
      tabId = await tabIdOf(ff, page);
      state = await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
      await until(
        async () => Object.keys(await pageHighlights(page)).length,
        (n) => n > 0,
      );
    });
    afterAll(async () => page?.close());

    it('is stored by the background as a healthcare job posting, with its title and company, and badged', async () => {
      expect(state.url).toBe(posting.url);
      expect(state.analysis.title).toBe(posting.title);
      expect(state.analysis.company).toBe(posting.company);
      expect(state.analysis.board).toBe(posting.board);
      expect(state.analysis.healthcare.is).toBe(true);
      expect(state.analysis.claims.length).toBeGreaterThan(0);
      expect(await badgeText(ff, tabId)).not.toBe('');
    });

    it('highlights every claim where the page shows it, by theme and specificity', async () => {
      const { claims } = state.analysis;
      for (const start of posting.claimStarts)
        expect(
          claims.map((c) => c.text).some((t) => t.startsWith(start)),
          start,
        ).toBe(true);
      const highlights = await pageHighlights(page);
      // A range one character off ("n 2025 our patients…") has another text than its claim.
      const { untinted, neighbours, sameTint } = tints(claims, highlights, squash);
      expect(untinted).toEqual([]);
      expect(sameTint).toEqual([]);
      expect(neighbours > 0, 'neighbours of one theme and specificity').toBe(posting.neighbours);
      const total = Object.values(highlights).reduce((n, list) => n + list.length, 0);
      expect(total).toBe(claims.length);
    });

    it('paints the highlights: the page looks different where a claim is', async () => {
      // Without the manifest's `::highlight()` rules a registered range paints nothing,
      // so the same clip must differ with the highlights and without them.
      const clip = await page.evaluate(() => {
        const [, h] = [...CSS.highlights].find(([name]) => name.startsWith('mission-lens-'))!;
        const range = [...h][0] as Range;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + scrollX, y: r.top + scrollY, width: Math.max(1, r.width), height: r.height };
      });
      const shown = await page.screenshot({ clip });
      const cleared = await page.evaluate(() => {
        const saved = [...CSS.highlights];
        (window as unknown as { savedHighlights: unknown }).savedHighlights = saved;
        CSS.highlights.clear();
        return saved.length;
      });
      expect(cleared).toBeGreaterThan(0);
      const without = await page.screenshot({ clip });
      await page.evaluate(() => {
        const saved = (window as unknown as { savedHighlights: [string, Highlight][] }).savedHighlights;
        for (const [name, h] of saved) CSS.highlights.set(name, h);
      });
      expect(Buffer.from(shown).equals(Buffer.from(without))).toBe(false);
    });

    it('adds one host element with a closed shadow root, and leaves the page as the board made it', async () => {
      const doc = await documentNow(page);
      expect(doc.hosts).toBe(1);
      expect(doc.last).toBe('mission-lens-host');
      expect(doc.after).toBe(doc.before);
      expect(doc.shadowRootSeen).toBe(false);
      // Read with privileged eyes: the root is closed and holds the marker.
      const host = await readHost(ff, page);
      expect(host.hosts).toBe(1);
      expect(host.mode).toBe('closed');
      const vague = state.analysis.claims.filter((c) => c.specificity === 'vague').length;
      expect(host.parts.summary?.text).toBe(
        `Healthcare · ${vague} vague of ${state.analysis.claims.length} claims`,
      );
    });

    it('shows the posting in the popup', async () => {
      const popup = await openPopup(ff, tabId);
      const shown = () =>
        popup.evaluate(() => {
          const t = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
          return { title: t('title'), company: t('company'), verdict: t('verdict') };
        });
      await expect.poll(async () => (await shown()).title, { timeout: 10_000 }).toBe(posting.title);
      const { company, verdict } = await shown();
      expect(company).toContain(posting.company);
      expect(verdict).toMatch(/^Healthcare/);
      await popup.close();
    });
  });

  it('asked the network for nothing but the postings themselves and their favicons', () => {
    // Every other request from these tabs (the extension's included) was aborted and noted.
    expect(ff.blocked.filter((url) => new URL(url).pathname !== '/favicon.ico')).toEqual([]);
  });
});
