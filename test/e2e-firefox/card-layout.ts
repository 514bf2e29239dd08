// Whether the open card fits where Firefox lays it out: its frame inside the page's
// window, and the frame's controls inside the frame's own. The frame is read in the
// sandbox with the closed shadow root, the controls in the frame; both with the
// measuring function the suites share.
import type { Page } from 'puppeteer-core';
import { outsideWindow } from '../e2e-shared/layout.ts';
import type { Firefox } from './harness.ts';
import { inShadowRoot } from './host-clicks.ts';
import { cardFrame } from './shadow-kit.ts';

export interface CardFit {
  /** How many controls (`data-action`) the frame shows. */
  controls: number;
  /** The frame or those controls where they are not wholly inside their window. */
  outside: string[];
}

export async function cardFit(ff: Firefox, page: Page): Promise<CardFit> {
  const frameOutside = await inShadowRoot<string[]>(
    ff,
    page,
    `(root, selector) => JSON.stringify((${String(outsideWindow)})(selector, root))`,
    '[data-part="frame"]:not([hidden])',
  );
  const frame = await cardFrame(ff, page);
  if (!frameOutside || !frame) throw new Error('no card is open');
  const controls = await frame.evaluate((s) => document.querySelectorAll(s).length, '[data-action]');
  const outside = await frame.evaluate(outsideWindow, '[data-action]');
  return { controls, outside: [...frameOutside, ...outside] };
}
