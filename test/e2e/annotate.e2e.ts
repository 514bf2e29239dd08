// The posting annotated in the page itself, at its real board address: each claim
// highlighted where the page shows it (CSS Custom Highlight API, read back from the
// page's own world), the card on hover and from the keyboard, the marker and its
// "hide highlights on this site", and a page DOM left exactly as the board made it
// apart from the one host element.
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outsideWindow } from '../e2e-shared/layout.ts';
import {
  cardShown,
  cardText,
  clickInFrame,
  clickInHost,
  documentNow,
  frameAxe,
  lensFrame,
  pageHighlights,
  part,
  RECORD_BEFORE,
  squash,
  until,
} from './annotate-kit.ts';
import {
  type Extension,
  launchExtension,
  ROOT,
  readText,
  screenshot,
  servePage,
  tabIdOf,
  waitForState,
} from './harness.ts';

const POSTING_URL = 'https://www.linkedin.com/jobs/view/4100000001/';
const SEARCH_URL = 'https://www.linkedin.com/jobs/search/?keywords=nurse';

interface Claim {
  text: string;
  theme: string;
  specificity: 'vague' | 'specific';
  start: number;
}

describe('a posting annotated in the page', () => {
  let ext: Extension;
  let page: Page;
  let cdp: CDPSession;
  let claims: Claim[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    await servePage(ext, POSTING_URL, readText(join(ROOT, 'demo/postings/harborline-rn-care-manager.html')));
    await servePage(ext, SEARCH_URL, readText(join(ROOT, 'demo/postings/linkedin-search-nurse.html')));
    page = await ext.context.newPage();
    await page.addInitScript(RECORD_BEFORE);
    await page.setViewportSize({ width: 1280, height: 900 });
    cdp = await ext.context.newCDPSession(page);
    await page.goto(POSTING_URL);
    const state = await waitForState(ext, await tabIdOf(ext, page), (s) => s.analysis.isJobPosting);
    claims = state.analysis.claims as unknown as Claim[];
    await until(
      async () => Object.keys(await pageHighlights(page)).length,
      (n) => n > 0,
    );
  });
  afterAll(async () => ext?.close());

  it('highlights every claim where the page shows it, by theme and specificity', async () => {
    expect(claims.length).toBeGreaterThan(2);
    const highlights = await pageHighlights(page);
    // Each claim under its theme and specificity, in the plain or the darker tint.
    const tintOf = (claim: (typeof claims)[number]) => {
      const name = `mission-lens-${claim.theme}-${claim.specificity}`;
      return [name, `${name}-alt`].find((n) => highlights[n]?.map(squash).includes(squash(claim.text)));
    };
    for (const claim of claims) expect(tintOf(claim), claim.text).toBeDefined();
    // Two neighbours of one theme and specificity never share a tint: they would read as one.
    const inOrder = [...claims].sort((a, b) => a.start - b.start);
    let neighbours = 0;
    for (let i = 1; i < inOrder.length; i++) {
      const [a, b] = [inOrder[i - 1]!, inOrder[i]!];
      if (b.start - (a.start + a.text.length) > 3 || a.theme !== b.theme || a.specificity !== b.specificity)
        continue;
      neighbours++;
      expect(tintOf(a)).not.toBe(tintOf(b));
    }
    expect(neighbours).toBeGreaterThan(0);
    const total = Object.values(highlights).reduce((n, list) => n + list.length, 0);
    expect(total).toBe(claims.length);
    expect(claims.some((c) => c.specificity === 'vague')).toBe(true);
    expect(claims.some((c) => c.specificity === 'specific')).toBe(true);
  });

  it('leaves the page DOM as the board made it, apart from one host element', async () => {
    const doc = await documentNow(page);
    expect(doc.hosts).toBe(1);
    expect(doc.last).toBe('mission-lens-host');
    expect(doc.after).toBe(doc.before);
    // The closed shadow root is the extension's own: the page cannot reach into it.
    expect(
      await page.evaluate(() => document.querySelector('mission-lens-host')?.shadowRoot ?? null),
    ).toBeNull();
  });

  it('sums the posting up in a marker beside its title', async () => {
    const summary = await part(cdp, 'summary');
    const vague = claims.filter((c) => c.specificity === 'vague').length;
    expect(summary?.text).toBe(`Healthcare · ${vague} vague of ${claims.length} claims`);
  });

  it('opens the card on hover with the claim’s theme, specificity, what is missing and questions', async () => {
    const vague = claims.find((c) => c.specificity === 'vague')!;
    const point = await page.evaluate((text) => {
      const squashed = text.replace(/\s+/g, '');
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('mission-lens')) continue;
        for (const r of h) {
          if ((r as Range).toString().replace(/\s+/g, '') !== squashed) continue;
          (r as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = (r as Range).getClientRects()[0]!;
          return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    }, vague.text);
    expect(point).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => cardShown(cdp)).toBe(true);
    // The card is drawn in the extension's frame, from the worker's analysis.
    await expect.poll(() => cardText(page, 'specificity'), { timeout: 10_000 }).toBe('Vague');
    expect(await cardText(page, 'theme')).toBeTruthy();
    expect(await cardText(page, 'names')).toMatch(/(It says|It does not say) /);
    expect(await cardText(page, 'names')).toContain('who pays');
    expect((await cardText(page, 'questions'))?.length).toBeGreaterThan(10);
    expect((await cardText(page, 'tradeoff'))?.length).toBeGreaterThan(10);
    // axe finds nothing in the card, light or dark.
    expect(await frameAxe(page)).toEqual([]);
    // Its size is fixed, whatever it says.
    const frame = await part(cdp, 'frame');
    expect(frame?.attributes.src).toMatch(
      /^chrome-extension:\/\/[a-z0-9-]+\/src\/frame\/index\.html#[0-9a-f-]{36}$/,
    );

    // Moving away closes it.
    await page.mouse.move(5, 5);
    await expect.poll(() => cardShown(cdp)).toBe(false);
  });

  it('moves through the claims from the keyboard, marks the current one, and closes on Escape', async () => {
    await page.mouse.move(5, 5);
    const ordered = [...claims].sort((a, b) => a.start - b.start);
    await page.keyboard.press(']');
    await expect
      .poll(async () => (await pageHighlights(page))['mission-lens-current']?.map(squash))
      .toEqual([squash(ordered[0]!.text)]);
    await expect.poll(() => cardText(page, 'position')).toBe(`Claim 1 of ${claims.length}`);
    expect((await part(cdp, 'live'))?.text).toContain(`Claim 1 of ${claims.length}`);

    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(() => cardText(page, 'position')).toBe(`Claim 2 of ${claims.length}`);
    expect((await pageHighlights(page))['mission-lens-current']?.map(squash)).toEqual([
      squash(ordered[1]!.text),
    ]);
    const specificity = await cardText(page, 'specificity');
    expect(specificity).toBe(ordered[1]!.specificity === 'vague' ? 'Vague' : 'Specific');
    await page.waitForTimeout(400); // smooth scrolling settles before the screenshot
    await screenshot(page, 'annotated-card').catch(() => undefined);
    await page.screenshot({ path: join(ROOT, 'test-artifacts/annotated-card.png') });

    await page.keyboard.press('[');
    await expect.poll(() => cardText(page, 'position')).toBe(`Claim 1 of ${claims.length}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(cdp)).toBe(false);
    expect((await pageHighlights(page))['mission-lens-current']).toBeUndefined();
  });

  it('keeps the card and its controls inside the 1280 × 900 window at every claim', async () => {
    await page.mouse.move(5, 5);
    const outside: string[] = [];
    for (let i = 1; i <= claims.length; i++) {
      await page.keyboard.press(']');
      await expect.poll(() => cardText(page, 'position')).toBe(`Claim ${i} of ${claims.length}`);
      const frame = await part(cdp, 'frame');
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: frame!.nodeId })) as {
        model: { border: number[] };
      };
      const [left, top, , , right, bottom] = model.border as [number, number, number, number, number, number];
      if (left < 0 || top < 0 || right > 1280 || bottom > 900)
        outside.push(`claim ${i}: the frame at ${top}–${bottom}`);
      const inFrame = await lensFrame(page)!.evaluate(outsideWindow, 'button');
      for (const b of inFrame) outside.push(`claim ${i}: ${b}`);
    }
    expect(outside).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(cdp)).toBe(false);
  });

  it('does not take `]` from someone typing in the page', async () => {
    await page.evaluate(() => {
      const input = document.querySelector('input');
      input?.focus();
    });
    const hasInput = await page.evaluate(() => document.activeElement?.localName === 'input');
    if (!hasInput) return;
    await page.keyboard.press(']');
    await page.waitForTimeout(150);
    expect(await cardShown(cdp)).toBe(false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('paints the highlights: the page looks different where a claim is', async () => {
    // The colours come from the manifest's stylesheet; without a `::highlight()` rule a
    // registered range paints nothing, so the same clip with and without it must differ.
    const clip = await page.evaluate(() => {
      const [, h] = [...CSS.highlights].find(([name]) => name.startsWith('mission-lens-'))!;
      const range = [...h][0] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left, y: r.top, width: Math.max(1, r.width), height: Math.max(1, r.height) };
    });
    const shown = await page.screenshot({ clip });
    await page.evaluate(() => {
      const saved = [...CSS.highlights];
      (window as unknown as { savedHighlights: unknown }).savedHighlights = saved;
      CSS.highlights.clear();
    });
    const bare = await page.screenshot({ clip });
    await page.evaluate(() => {
      const saved = (window as unknown as { savedHighlights: [string, Highlight][] }).savedHighlights;
      for (const [name, h] of saved) CSS.highlights.set(name, h);
    });
    expect(shown.equals(bare)).toBe(false);
  });

  it('opens the fit with the theory from the marker, and the full analysis from there', async () => {
    const openFit = async () => {
      await clickInHost(page, cdp, { part: 'show-fit' });
      await expect.poll(() => cardShown(cdp)).toBe(true);
    };
    await clickInHost(page, cdp, { part: 'pill' });
    await expect.poll(async () => (await part(cdp, 'panel'))?.hidden).toBe(false);
    await openFit();
    // No theory yet: the frame invites the user to write one, and says what comes meanwhile.
    await expect
      .poll(() => cardText(page, 'fit-view'), { timeout: 10_000 })
      .toContain('Write my theory of change');
    expect(await frameAxe(page)).toEqual([]);
    // The company can be saved from here; the page never learns that it was.
    await clickInFrame(page, '[data-action="save"]');
    await expect
      .poll(() => cardText(page, 'list-status'))
      .toMatch(/^On your list: Interested, 1 posting saved/);
    expect(await page.evaluate(() => document.documentElement.textContent?.includes('On your list'))).toBe(
      false,
    );
    // Closed from inside the frame, over its private port.
    await clickInFrame(page, '[data-action="close"]');
    await expect.poll(() => cardShown(cdp)).toBe(false);

    // The posting's tab, before another tab opens (the newest page tab is the test's).
    const tabId = await tabIdOf(ext, page);
    await openFit();
    const opened = ext.context.waitForEvent('page');
    await clickInFrame(page, '[data-action="open-analysis"]');
    const analysis = await opened;
    expect(analysis.url()).toMatch(new RegExp(`/src/popup/index\\.html\\?tab=${tabId}$`));
    await analysis.getByTestId('title').waitFor();
    expect(await analysis.getByTestId('title').textContent()).toContain('RN Care Manager');
    await analysis.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(cdp)).toBe(false);
    await clickInHost(page, cdp, { part: 'pill' });
    await expect.poll(async () => (await part(cdp, 'panel'))?.hidden).toBe(true);
  });

  it('keeps the keyboard on the button that hides the highlights, so Enter again shows them, and Esc closes the panel', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Alt+Shift+KeyM');
    if ((await part(cdp, 'panel'))?.hidden) await page.keyboard.press('Enter');
    await expect.poll(async () => (await part(cdp, 'panel'))?.hidden).toBe(false);
    // The pill, then "How it fits your theory", "Previous claim", "Next claim", the site's button.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBe(0);
    await expect
      .poll(async () => (await part(cdp, 'toggle-site'))?.text)
      .toBe('Show highlights on linkedin.com');
    await page.keyboard.press('Enter');
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await part(cdp, 'toggle-site'))?.text)
      .toBe('Hide highlights on linkedin.com');
    // Esc closes the panel and puts the keyboard back on the pill: Enter opens it again.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await part(cdp, 'panel'))?.hidden).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await part(cdp, 'panel'))?.hidden).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await part(cdp, 'panel'))?.hidden).toBe(true);
  });

  it('hides the highlights on this site from the marker, remembers it, and shows them again', async () => {
    await clickInHost(page, cdp, { part: 'pill' });
    await expect.poll(async () => (await part(cdp, 'panel'))?.hidden).toBe(false);
    expect((await part(cdp, 'toggle-site'))?.text).toBe('Hide highlights on linkedin.com');
    await clickInHost(page, cdp, { part: 'toggle-site' });
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBe(0);
    // The marker says so, and stays reachable from the keyboard from anywhere in the page.
    await expect.poll(async () => (await part(cdp, 'summary'))?.text).toMatch(/· highlights off$/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Alt+Shift+KeyM');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('mission-lens-host');
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => (await chrome.storage.local.get('hiddenSites')).hiddenSites),
      )
      .toEqual(['linkedin.com']);

    await page.reload();
    await expect.poll(async () => (await part(cdp, 'summary'))?.text ?? '').toContain('claims');
    await page.waitForTimeout(300);
    expect(Object.keys(await pageHighlights(page))).toEqual([]);
    await clickInHost(page, cdp, { part: 'pill' });
    expect((await part(cdp, 'toggle-site'))?.text).toBe('Show highlights on linkedin.com');
    await clickInHost(page, cdp, { part: 'toggle-site' });
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => (await chrome.storage.local.get('hiddenSites')).hiddenSites),
      )
      .toEqual([]);
  });

  it('does nothing on a board page that is not a posting, while nothing is saved, and tells page script nothing', async () => {
    // A saved company would be marked on this search page (see list-marks.e2e.ts).
    await ext.worker.evaluate(async () => {
      const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('list:c:'));
      await chrome.storage.local.remove(keys);
    });
    const search = await ext.context.newPage();
    await search.addInitScript(RECORD_BEFORE);
    await search.goto(SEARCH_URL);
    await search.waitForTimeout(600);
    const doc = await documentNow(search);
    expect(doc.hosts).toBe(0);
    expect(doc.after).toBe(doc.before);
    expect(await pageHighlights(search)).toEqual({});
    const measures = await search.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .map((m) => m.name)
        .filter((n) => n.startsWith('mission-lens')),
    );
    // Not even its own timing: the page's performance timeline is page script's to read.
    expect(measures).toEqual([]);
    // It was there all along: the board moves on to a posting in place, and it is read.
    const posting = readText(join(ROOT, 'demo/postings/harborline-rn-care-manager.html'));
    await search.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.adoptNode(parsed.body));
      history.pushState({}, '', '/jobs/view/4100000001/');
    }, posting);
    await expect.poll(async () => Object.keys(await pageHighlights(search)).length).toBeGreaterThan(0);
    expect(await search.evaluate(() => performance.getEntriesByName('mission-lens:boot').length)).toBe(1);
    await search.close();
  });
});
