// Real clicks (WebDriver BiDi pointer input, which the page sees as trusted) on what the
// extension draws: an element of the closed shadow root, by its `data-part` or
// `data-action`, and an element of the card's frame, clicked where the browser lays it
// out in the page, as a user's pointer would. Positions are read in a sandbox, away from
// page script, as shadow-kit.ts reads the parts.
import type { Page } from 'puppeteer-core';
import { contextOf, type Firefox } from './harness.ts';
import { cardFrame } from './shadow-kit.ts';

const SANDBOX = 'mission-lens-e2e';

interface EvaluateResult<T> {
  type: 'success' | 'exception';
  result?: { type: string; value?: T; sharedId?: string };
  exceptionDetails?: { text: string };
}

interface Point {
  x: number;
  y: number;
}

// Runs in the sandbox with the host element and a selector: the viewport centre of the
// element inside the host's shadow root (scrolled into view first), or null.
const CENTRE_IN_ROOT = `(root, selector) => {
  const el = root.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  if (!r.width || !r.height) return null;
  return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}`;

// The card's iframe: where its content box starts in the viewport.
const FRAME_ORIGIN = `(root) => {
  const f = root.querySelector('[data-part="frame"]');
  if (!f || f.hidden) return null;
  const r = f.getBoundingClientRect();
  return JSON.stringify({ x: r.left + f.clientLeft, y: r.top + f.clientTop });
}`;

/** Runs `fn` (source text) in the sandbox with the host's shadow root and `args`; its JSON result, parsed. */
export async function inShadowRoot<T>(
  ff: Firefox,
  page: Page,
  fn: string,
  ...args: string[]
): Promise<T | null> {
  const target = { context: contextOf(page), sandbox: SANDBOX };
  const hosts = await ff.bidi<EvaluateResult<{ value: { shadowRoot?: { sharedId: string } | null } }[]>>(
    'script.evaluate',
    {
      expression: `Array.from(document.querySelectorAll('mission-lens-host'))`,
      target,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    },
  );
  if (hosts.type === 'exception') throw new Error(`evaluation failed: ${hosts.exceptionDetails?.text}`);
  const root = hosts.result?.value?.[0]?.value.shadowRoot;
  if (!root) return null;
  const result = await ff.bidi<EvaluateResult<string | null>>('script.callFunction', {
    functionDeclaration: fn,
    target,
    arguments: [{ sharedId: root.sharedId }, ...args.map((value) => ({ type: 'string', value }))],
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`evaluation failed: ${result.exceptionDetails?.text}`);
  const json = result.result?.value;
  return typeof json === 'string' ? (JSON.parse(json) as T) : null;
}

/** Clicks the element of the closed shadow root with this `data-part` (or `data-action`). */
export async function clickInHost(
  ff: Firefox,
  page: Page,
  selector: { part: string } | { action: string },
): Promise<void> {
  const css = 'part' in selector ? `[data-part="${selector.part}"]` : `[data-action="${selector.action}"]`;
  const at = await inShadowRoot<Point>(ff, page, CENTRE_IN_ROOT, css);
  if (!at) throw new Error(`nothing shown in the host matches ${css}`);
  await page.mouse.click(at.x, at.y);
}

/** Clicks the element of the card's frame that `selector` matches, where it is on screen. */
export async function clickInCard(ff: Firefox, page: Page, selector: string): Promise<void> {
  const frame = await cardFrame(ff, page);
  if (!frame) throw new Error('the card has no frame yet');
  // A frame just shown again takes input once it has drawn (two of its animation frames).
  const inner = await frame.evaluate(async (s) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const el = document.querySelector(s);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, selector);
  if (!inner) throw new Error(`nothing shown in the card's frame matches ${selector}`);
  const origin = await inShadowRoot<Point>(ff, page, FRAME_ORIGIN);
  if (!origin) throw new Error('the card’s frame is not on screen');
  await page.mouse.click(origin.x + inner.x, origin.y + inner.y);
}
