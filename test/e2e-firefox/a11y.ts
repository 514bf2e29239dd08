// axe-core on a page of the extension in Firefox, in the light colour scheme and in the
// dark one (which the extension's pages follow from the system), as test/e2e does with
// Chromium's media emulation; BiDi has none, so Firefox's own setting is switched.
import type { Page } from 'puppeteer-core';
import { axeSource, axeViolations } from '../e2e-shared/axe.ts';
import type { Firefox } from './harness.ts';
import { until } from './page-view.ts';
import { colourScheme } from './parent-process.ts';

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
