// What a test does from Firefox's parent process, where the browser keeps what no page
// can reach: the extension's own object (its event page, its grants per tab) and the
// preferences. Reached over BiDi with --remote-allow-system-access, in the browser
// window's chrome context.
import { type Firefox, GECKO_ID } from './harness.ts';

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
