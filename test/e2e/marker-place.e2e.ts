// The marker never covers the page: on every demo posting at a board address, in windows
// 1280, 900 and 400 pixels wide, its box intersects no text box and no control of the
// page. (Measured at load, where the user first meets it.)
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardPostings, catalogHtml } from '../e2e-shared/demo-catalog.ts';
import { type Box, coveredBy } from '../e2e-shared/page-boxes.ts';
import { part } from './annotate-kit.ts';
import { type Extension, launchExtension, screenshot, servePage } from './harness.ts';

async function markerBox(cdp: CDPSession): Promise<Box | null> {
  const marker = await part(cdp, 'marker');
  if (!marker) return null;
  const { model } = (await cdp
    .send('DOM.getBoxModel', { nodeId: marker.nodeId })
    .catch(() => ({ model: null }))) as {
    model: { border: number[] } | null;
  };
  if (!model) return null;
  const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
  return { left: x1, top: y1, right: x3, bottom: y3 };
}

describe('the marker covers nothing of the page', () => {
  let ext: Extension;
  const postings = boardPostings();

  beforeAll(async () => {
    ext = await launchExtension();
    for (const entry of postings) await servePage(ext, entry.url, catalogHtml(entry));
  });
  afterAll(async () => ext?.close());

  for (const width of [1280, 900, 400]) {
    it(`on every demo posting, ${width} pixels wide`, async () => {
      const covered: string[] = [];
      for (const entry of postings) {
        const page = await ext.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(entry.url);
        const cdp = await ext.context.newCDPSession(page);
        await expect.poll(() => markerBox(cdp), { timeout: 10_000 }).not.toBeNull();
        // Placed in the frame after the marker's content: let it settle.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const box = (await markerBox(cdp))!;
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        for (const text of await page.evaluate(coveredBy, box)) covered.push(`${entry.company}: ${text}`);
        if (width === 400 && entry === postings[0]) await screenshot(page, `marker-${width}`);
        await cdp.detach();
        await page.close();
      }
      expect(covered).toEqual([]);
    });
  }
});
