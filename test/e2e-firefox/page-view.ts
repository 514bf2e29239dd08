// What page script itself can see of the extension: the highlights it registered in the
// document's `CSS.highlights`, the document's own markup, and a poll for hooks.
import type { Page } from 'puppeteer-core';

/** Every Mission Lens highlight as the page sees it: name and range texts. */
export function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith('mission-lens')) out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Claim texts and range texts compare without whitespace: the page wraps lines as it likes. */
export const squash = (s: string) => s.replace(/[\s\u200b-\u200d]+/g, '');

/** Records the document as parsed, before the content script (document_idle) runs. */
export const RECORD_BEFORE = `document.addEventListener('DOMContentLoaded', () => {
  window.__before = document.documentElement.outerHTML;
}, { once: true });`;

/** The document now with the extension's host elements taken out, how many there were, and the page's own reach into one. */
export function documentNow(page: Page): Promise<{
  before: string;
  after: string;
  hosts: number;
  last: string;
  shadowRootSeen: boolean;
}> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('mission-lens-host');
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const h of Array.from(clone.querySelectorAll('mission-lens-host'))) h.remove();
    return {
      before: (window as unknown as { __before: string }).__before,
      after: clone.outerHTML,
      hosts: hosts.length,
      last: document.documentElement.lastElementChild?.localName ?? '',
      shadowRootSeen: hosts[0]?.shadowRoot != null,
    };
  });
}

/** Polls `read` until `ok` holds (for hooks and loops, where `expect.poll` does not fit). */
export async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
