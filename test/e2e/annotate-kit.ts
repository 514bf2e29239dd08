// Helpers for the in-page annotation tests. The extension's card and marker live in a
// closed shadow root that page scripts cannot read; the DevTools protocol can
// (`DOM.getDocument` with `pierce`), so tests read it the way a screen reader would see
// it, and click it at the coordinates the browser lays it out at.

import type { CDPSession, Frame, Page } from 'playwright-core';
import { axeSource, axeViolations } from '../e2e-shared/axe.ts';

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface Part {
  nodeId: number;
  text: string;
  hidden: boolean;
  attributes: Record<string, string>;
}

const kids = (n: CdpNode) => [...(n.shadowRoots ?? []), ...(n.children ?? [])];

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeName === 'STYLE') return '';
  return kids(n)
    .map(textOf)
    .filter(Boolean)
    .join(n.nodeName === 'LI' || n.nodeName === 'P' || n.nodeName === 'H3' ? ' ' : ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function attrs(n: CdpNode): Record<string, string> {
  const out: Record<string, string> = {};
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i]!] = a[i + 1]!;
  return out;
}

/** How many host elements the page has, and the elements inside them, in document order. */
async function hostContents(cdp: CDPSession): Promise<{ hosts: number; elements: CdpNode[] }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const elements: CdpNode[] = [];
  let hosts = 0;
  const walk = (n: CdpNode, inHost: boolean) => {
    const isHost = n.nodeName === 'MISSION-LENS-HOST';
    if (isHost) hosts++;
    if (inHost && n.nodeType === 1) elements.push(n);
    for (const k of kids(n)) walk(k, inHost || isHost);
  };
  walk(root, false);
  return { hosts, elements };
}

/** The extension's host elements and the `data-part` elements inside their shadow roots. */
export async function readHost(cdp: CDPSession): Promise<{ hosts: number; parts: Record<string, Part> }> {
  const { hosts, elements } = await hostContents(cdp);
  const parts: Record<string, Part> = {};
  for (const n of elements) {
    const a = attrs(n);
    if (a['data-part'])
      parts[a['data-part']] = { nodeId: n.nodeId, text: textOf(n), hidden: 'hidden' in a, attributes: a };
  }
  return { hosts, parts };
}

export async function part(cdp: CDPSession, name: string): Promise<Part | null> {
  return (await readHost(cdp)).parts[name] ?? null;
}

/** Clicks an element inside the closed shadow root, by its `data-part` or `data-action`. */
export async function clickInHost(page: Page, cdp: CDPSession, selector: { part?: string; action?: string }) {
  const target = (await hostContents(cdp)).elements.find((n) => {
    const a = attrs(n);
    return selector.part ? a['data-part'] === selector.part : a['data-action'] === selector.action;
  });
  if (!target) throw new Error(`nothing in the host matches ${JSON.stringify(selector)}`);
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Every Mission Lens highlight as the page itself sees it: name and range texts. */
export function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith('mission-lens')) out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

export const squash = (s: string) => s.replace(/[\s\u200b-\u200d]+/g, '');

/** Records the document as parsed, before any content script runs. */
export const RECORD_BEFORE = `document.addEventListener('DOMContentLoaded', () => {
  window.__before = document.documentElement.outerHTML;
}, { once: true });`;

/** The document now, with the extension's one host element taken out, and how many hosts there were. */
export function documentNow(
  page: Page,
): Promise<{ before: string; after: string; hosts: number; last: string }> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('mission-lens-host');
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const h of Array.from(clone.querySelectorAll('mission-lens-host'))) h.remove();
    return {
      before: (window as unknown as { __before: string }).__before,
      after: clone.outerHTML,
      hosts: hosts.length,
      last: document.documentElement.lastElementChild?.localName ?? '',
    };
  });
}

/** Polls `read` until `ok` holds (for hooks, where `expect.poll` is not available). */
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

/** The card's frame (an extension page inside the host), once a card has been opened. */
export function lensFrame(page: Page): Frame | null {
  return page.frames().find((f) => f.url().includes('/src/frame/index.html')) ?? null;
}

/** Whether the card's frame is on screen (false before the first card made it). */
export async function cardShown(cdp: CDPSession): Promise<boolean> {
  const frame = await part(cdp, 'frame');
  return frame !== null && !frame.hidden;
}

/** The text of a `data-part` inside the card's frame, or null while it is not there. */
export async function cardText(page: Page, name: string): Promise<string | null> {
  const frame = lensFrame(page);
  if (!frame) return null;
  const found = frame.locator(`[data-part="${name}"]`);
  if ((await found.count()) === 0) return null;
  return ((await found.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Clicks an element of the card's frame where the browser lays it out, as a user would
 * (Playwright's own click inside a frame in a closed shadow root can miss it).
 */
export async function clickInFrame(page: Page, selector: string): Promise<void> {
  const frame = lensFrame(page);
  // A frame just shown again takes input once it has drawn (two of its animation frames).
  await frame?.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = await frame?.locator(selector).boundingBox();
  if (!box) throw new Error(`nothing in the card's frame matches ${selector}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * axe's violations inside the card's frame, in its light and its dark scheme (set as the
 * content script sets it, by the class on the frame's root).
 */
export async function frameAxe(page: Page): Promise<string[]> {
  const frame = lensFrame(page);
  if (!frame) throw new Error("the card's frame is not there");
  await frame.evaluate(axeSource());
  const found: string[] = [];
  for (const dark of [false, true]) {
    await frame.evaluate((dark) => {
      document.documentElement.classList.toggle('dark', dark);
      document.documentElement.classList.toggle('light', !dark);
    }, dark);
    for (const v of await frame.evaluate(axeViolations)) found.push(`${dark ? 'dark' : 'light'}: ${v}`);
  }
  await frame.evaluate(() => document.documentElement.classList.replace('dark', 'light'));
  return found;
}
