// What a test does from Firefox's parent process, where the browser keeps what no page
// can reach: the extension's own object (its event page, its grants per tab), the
// preferences, the context menu, and the messages between processes. Reached over BiDi
// with --remote-allow-system-access, in the browser window's chrome context.
import type { Page } from 'puppeteer-core';
import { type Firefox, GECKO_ID } from './harness.ts';
import { until } from './page-view.ts';

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** An expression for the extension as Firefox's parent process holds it. */
export const EXTENSION = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
  .ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})`;

/** Evaluates `expression` (awaited if it is a promise) in the browser window's chrome context. */
export async function inParentProcess(ff: Firefox, expression: string): Promise<unknown> {
  const { contexts } = await ff.bidi<{ contexts: { context: string }[] }>('browsingContext.getTree', {
    'moz:scope': 'chrome',
  });
  const context = contexts[0]?.context;
  if (!context) throw new Error('no chrome browsing context: is --remote-allow-system-access set?');
  const result = await ff.bidi<EvaluateResult>('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`parent process: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

/**
 * Grants the extension what a click on its toolbar button grants on the tab it is
 * clicked in (ExtensionActions' triggerClickOrPopup): activeTab, for the page the tab
 * shows now. A test cannot click the toolbar; this is the same call the click makes.
 */
export async function clickToolbarButtonOn(ff: Firefox, tabId: number): Promise<void> {
  const granted = await inParentProcess(
    ff,
    `(() => {
      const { tabManager } = ${EXTENSION};
      const tab = tabManager.get(${tabId});
      tabManager.addActiveTabPermission(tab.nativeTab);
      tabManager.activateScripts(tab.nativeTab);
      return tab.hasActiveTabPermission;
    })()`,
  );
  if (granted !== true) throw new Error(`tab ${tabId} has no activeTab grant after the click`);
}

/**
 * Shows every page in the light or the dark colour scheme, as the system's setting
 * would (Firefox's "website appearance"); `null` goes back to following the browser.
 */
export async function colourScheme(ff: Firefox, scheme: 'light' | 'dark' | null): Promise<void> {
  const pref = 'layout.css.prefers-color-scheme.content-override';
  await inParentProcess(
    ff,
    scheme === null
      ? `Services.prefs.clearUserPref(${JSON.stringify(pref)})`
      : `Services.prefs.setIntPref(${JSON.stringify(pref)}, ${scheme === 'dark' ? 0 : 1})`,
  );
}

/**
 * Right-clicks the page's element `selector` (real pointer input, at its centre) and
 * chooses the item labelled `label` in the context menu Firefox opens, as the user does
 * (the menu's `activateItem`, which a click on the item calls). Fails if the menu does
 * not open or holds no such item.
 */
export async function chooseInContextMenu(
  ff: Firefox,
  page: Page,
  selector: string,
  label: string,
): Promise<void> {
  await page.bringToFront();
  const at = await page.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const menu = `[...Services.wm.getEnumerator('navigator:browser')]
    .map((w) => w.document.getElementById('contentAreaContextMenu'))
    .find((m) => m?.state === 'open')`;
  const items = await until(
    async () =>
      JSON.parse(
        String(
          await inParentProcess(
            ff,
            `JSON.stringify([...(${menu})?.querySelectorAll('menuitem:not([hidden])') ?? []].map((item) => item.label))`,
          ),
        ),
      ) as string[],
    (labels) => labels.length > 0,
  );
  if (!items.includes(label)) throw new Error(`the context menu has no "${label}": ${items.join(', ')}`);
  await inParentProcess(
    ff,
    `(() => {
      const menu = ${menu};
      menu.activateItem([...menu.querySelectorAll('menuitem')].find((i) => i.label === ${JSON.stringify(label)}));
    })()`,
  );
}

/**
 * Starts counting, in Firefox's parent process, the runtime messages content scripts
 * send and the extension has answered, by the page they were sent from. Messages
 * between processes all pass the parent's conduits (ConduitsParent.sys.mjs), where a
 * message is counted once its answer is on its way. Counting starts now, once.
 */
export async function countAnsweredMessages(ff: Firefox): Promise<void> {
  await inParentProcess(
    ff,
    `(() => {
      const { BroadcastConduit } = ChromeUtils.importESModule('resource://gre/modules/ConduitsParent.sys.mjs');
      const proto = BroadcastConduit.prototype;
      if (proto.missionLensAnswered) return;
      const answered = (proto.missionLensAnswered = new Map());
      const recv = proto._recv;
      proto._recv = async function (name, arg, meta) {
        try {
          return await recv.call(this, name, arg, meta);
        } finally {
          const { envType, url } = meta.sender ?? {};
          if (name === 'RuntimeMessage' && envType === 'content_child') answered.set(url, (answered.get(url) ?? 0) + 1);
        }
      };
    })()`,
  );
}

/** How many runtime messages from content scripts in the page at `url` have been answered (see countAnsweredMessages). */
export async function answeredMessages(ff: Firefox, url: string): Promise<number> {
  const n = await inParentProcess(
    ff,
    `ChromeUtils.importESModule('resource://gre/modules/ConduitsParent.sys.mjs')
      .BroadcastConduit.prototype.missionLensAnswered?.get(${JSON.stringify(url)}) ?? 0`,
  );
  return Number(n);
}
