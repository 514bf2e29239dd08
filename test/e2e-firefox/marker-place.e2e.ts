// The marker never covers the page, in Firefox (test/e2e/marker-place.e2e.ts): on every
// demo posting at a board address, in windows 1280, 900 and 400 pixels wide, its box
// intersects no text box and no control of the page. (Measured at load, where the user
// first meets it; the marker is read in the closed shadow root, the page's boxes by the
// measure both suites share.)
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Box, coveredBy } from '../e2e-shared/page-boxes.ts';
import { boardDemos, type DemoEntry, serveDemos } from './demo-catalog.ts';
import { type Firefox, launchFirefox } from './harness.ts';
import { until } from './page-view.ts';
import { part } from './shadow-kit.ts';

/** The marker's box in the viewport, once it is laid out (null before). */
async function markerBox(ff: Firefox, page: Page): Promise<Box | null> {
  const marker = await part(ff, page, 'marker');
  if (!marker || marker.hidden || !marker.rect.width || !marker.rect.height) return null;
  // shadow-kit gives the box in the document; the page's boxes are in the viewport.
  const [x, y] = await page.evaluate(() => [scrollX, scrollY]);
  const { rect } = marker;
  return {
    left: rect.x - x!,
    top: rect.y - y!,
    right: rect.x - x! + rect.width,
    bottom: rect.y - y! + rect.height,
  };
}

describe('the marker covers nothing of the page', () => {
  let ff: Firefox;
  const postings = boardDemos();

  beforeAll(async () => {
    ff = await launchFirefox();
    serveDemos(ff, postings);
  });
  afterAll(async () => ff?.close());

  /** The page's text and controls the marker covers on each posting, loaded `width` pixels wide. */
  async function coveredAt(width: number, entries: DemoEntry[]): Promise<string[]> {
    const covered: string[] = [];
    // One tab, loading each posting in turn: each load is a new document, met anew.
    const page = await ff.openPage();
    await page.setViewport({ width, height: 900 });
    for (const entry of entries) {
      await page.goto(entry.url, { waitUntil: 'load' });
      await until(
        () => markerBox(ff, page),
        (box) => box !== null,
      );
      // Placed in the frame after the marker's content: let it settle.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const box = (await markerBox(ff, page))!;
      expect(box.left, entry.company).toBeGreaterThanOrEqual(0);
      expect(box.right, entry.company).toBeLessThanOrEqual(width);
      for (const text of await page.evaluate(coveredBy, box)) covered.push(`${entry.company}: ${text}`);
    }
    await page.close();
    return covered;
  }

  for (const width of [1280, 900, 400])
    it(`on every demo posting, ${width} pixels wide`, async () => {
      expect(await coveredAt(width, postings)).toEqual([]);
    });
});
