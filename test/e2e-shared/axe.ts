// axe-core (a dev dependency) for the end-to-end suites of both browsers. Its source is
// evaluated through the driver, as the extension pages' CSP rightly blocks an injected
// script tag; then `axeViolations` runs in the page.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const AXE_PATH = join(resolve(import.meta.dirname, '../..'), 'node_modules/axe-core/axe.min.js');

/** axe-core's source, to evaluate in a page before `axeViolations`. */
export const axeSource = () => readFileSync(AXE_PATH, 'utf8');

/** Each of axe's violations in the page's document: the rule, and where it fails. */
export async function axeViolations(): Promise<string[]> {
  const { axe } = window as unknown as {
    axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
  };
  const result = await axe.run(document);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** In the card's frame: its light or dark scheme, set as the content script has the frame set it (a class on its root). */
export function frameScheme(dark: boolean): void {
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.classList.toggle('light', !dark);
}
