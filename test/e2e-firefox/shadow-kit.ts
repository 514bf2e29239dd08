// Reads what only the extension (and the user) can see: the elements inside the host's
// closed shadow root and the card's frame, an extension page inside it. Page script
// gets null from `host.shadowRoot`; WebDriver BiDi serializes closed shadow roots when
// asked (`includeShadowTree: 'all'`), and the root's handle can then be passed to a
// function that runs in a sandbox of the page, away from page script.
import type { Frame, Page } from 'puppeteer-core';
import { contextOf, type Firefox } from './harness.ts';

const SANDBOX = 'mission-lens-e2e';

interface RemoteNode {
  type: 'node';
  sharedId: string;
  value: { localName?: string; mode?: 'open' | 'closed'; shadowRoot?: RemoteNode | null };
}

interface EvaluateResult<T> {
  type: 'success' | 'exception';
  result?: { type: string; value?: T };
  exceptionDetails?: { text: string };
}

export interface Part {
  text: string;
  hidden: boolean;
  attributes: Record<string, string>;
  rect: { x: number; y: number; width: number; height: number };
}

export interface Host {
  /** How many `<mission-lens-host>` elements the page has. */
  hosts: number;
  /** The first host's shadow root mode, or null when it has none. */
  mode: 'open' | 'closed' | null;
  /** The `data-part` elements inside that shadow root. */
  parts: Record<string, Part>;
}

function value<T>(result: EvaluateResult<T>): T | undefined {
  if (result.type === 'exception') throw new Error(`evaluation failed: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

// Runs in the sandbox with the shadow root as its argument; returns JSON.
const READ_PARTS = `(root) => {
  const parts = {};
  for (const el of root.querySelectorAll('[data-part]')) {
    const r = el.getBoundingClientRect();
    parts[el.getAttribute('data-part')] = {
      text: (el.textContent || '').replace(/\\s+/g, ' ').trim(),
      hidden: el.hasAttribute('hidden'),
      attributes: Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])),
      rect: { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height },
    };
  }
  return JSON.stringify(parts);
}`;

/** The extension's host elements and the `data-part` elements in the first one's closed shadow root. */
export async function readHost(ff: Firefox, page: Page): Promise<Host> {
  const target = { context: contextOf(page), sandbox: SANDBOX };
  const hosts = value(
    await ff.bidi<EvaluateResult<RemoteNode[]>>('script.evaluate', {
      expression: `Array.from(document.querySelectorAll('mission-lens-host'))`,
      target,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    }),
  );
  const root = hosts?.[0]?.value.shadowRoot ?? null;
  if (!hosts?.length || !root) return { hosts: hosts?.length ?? 0, mode: null, parts: {} };
  const json = value(
    await ff.bidi<EvaluateResult<string>>('script.callFunction', {
      functionDeclaration: READ_PARTS,
      target,
      arguments: [{ sharedId: root.sharedId }],
      awaitPromise: false,
    }),
  );
  return { hosts: hosts.length, mode: root.value.mode ?? null, parts: JSON.parse(json ?? '{}') };
}

export async function part(ff: Firefox, page: Page, name: string): Promise<Part | null> {
  return (await readHost(ff, page)).parts[name] ?? null;
}

/** Whether the card's iframe is on screen (false before the first card created it). */
export async function cardShown(ff: Firefox, page: Page): Promise<boolean> {
  const frame = await part(ff, page, 'frame');
  return frame !== null && !frame.hidden;
}

interface TreeNode {
  context: string;
  url: string;
  children?: TreeNode[] | null;
}

/**
 * The frame of the page showing the extension page at `path` (the card's, the marks'),
 * among `page.frames()`. Puppeteer reports such a frame's URL as about:blank (it does
 * not follow navigations to moz-extension://), so the frame is picked by the URL
 * Firefox's own tree of browsing contexts gives for it.
 */
export async function extensionFrame(ff: Firefox, page: Page, path: string): Promise<Frame | null> {
  const { contexts } = await ff.bidi<{ contexts: TreeNode[] }>('browsingContext.getTree', {
    root: contextOf(page),
  });
  const find = (nodes: TreeNode[]): TreeNode | undefined => {
    for (const n of nodes) {
      if (n.url.includes(path)) return n;
      const inner = find(n.children ?? []);
      if (inner) return inner;
    }
    return undefined;
  };
  const node = find(contexts);
  if (!node) return null;
  return page.frames().find((f) => contextOf(f) === node.context) ?? null;
}

/** The card's frame, or null before the first card created it. */
export const cardFrame = (ff: Firefox, page: Page) => extensionFrame(ff, page, '/src/frame/index.html');

/** The URL Firefox gives the card's frame, or null while there is none. */
export async function cardUrl(ff: Firefox, page: Page): Promise<string | null> {
  const frame = await cardFrame(ff, page);
  return frame ? frame.evaluate(() => location.href) : null;
}

/** The text of a `data-part` inside the card's frame, or null while it is not there. */
export async function cardText(ff: Firefox, page: Page, name: string): Promise<string | null> {
  const frame = await cardFrame(ff, page);
  if (!frame) return null;
  return frame.evaluate((n) => {
    const el = document.querySelector(`[data-part="${n}"]`);
    return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, name);
}

/** All the text the card's frame shows (its body's rendered text). */
export async function cardBody(ff: Firefox, page: Page): Promise<string | null> {
  const frame = await cardFrame(ff, page);
  if (!frame) return null;
  // biome-ignore lint/performance/useDomNodeTextContent: what the frame renders is the point, not its markup
  return frame.evaluate(() => document.body?.innerText.replace(/\s+/g, ' ').trim() ?? '');
}
