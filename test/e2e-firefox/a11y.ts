// axe-core on a page of the extension in Firefox, in the light colour scheme and in the
// dark one (which the extension's pages follow from the system), as test/e2e does with
// Chromium's media emulation; BiDi has none, so Firefox's own setting is switched. The
// card's frame takes its scheme from the page instead, by a class on its root.
import type { Page } from 'puppeteer-core';
import { axeSource, axeViolations, frameScheme } from '../e2e-shared/axe.ts';
import type { Firefox } from './harness.ts';
import { until } from './page-view.ts';
import { colourScheme } from './parent-process.ts';
import { cardFrame } from './shadow-kit.ts';

export type Schemes = Record<'light' | 'dark', string[]>;

/** axe's violations on `page` in each colour scheme; the browser follows its theme again afterwards. */
export async function axeInBothSchemes(ff: Firefox, page: Page): Promise<Schemes> {
  const found: Schemes = { light: [], dark: [] };
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await colourScheme(ff, scheme);
      await until(
        () => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
        (dark) => dark === (scheme === 'dark'),
      );
      await page.evaluate(axeSource());
      found[scheme] = await page.evaluate(axeViolations);
    }
  } finally {
    await colourScheme(ff, null);
  }
  return found;
}

/** axe's violations in the card's frame, in its light and its dark scheme; in the one it had afterwards. */
export async function axeInCardFrame(ff: Firefox, page: Page): Promise<Schemes> {
  const frame = await cardFrame(ff, page);
  if (!frame) throw new Error("the card's frame is not there");
  await frame.evaluate(axeSource());
  const found: Schemes = { light: [], dark: [] };
  const light = await frame.evaluate(() => !document.documentElement.classList.contains('dark'));
  for (const scheme of ['light', 'dark'] as const) {
    await frame.evaluate(frameScheme, scheme === 'dark');
    found[scheme] = await frame.evaluate(axeViolations);
  }
  await frame.evaluate(frameScheme, !light);
  return found;
}
