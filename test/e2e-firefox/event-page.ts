// Firefox runs the extension's background as an event page, not a service worker: it is
// suspended when idle and woken by the next event. Where the Chromium tests stop the
// worker through CDP, these suspend the event page the way about:debugging's
// "Terminate background script" does, from Firefox's parent process (reachable over
// BiDi with --remote-allow-system-access, in the browser window's chrome context).
import { type Firefox, GECKO_ID } from './harness.ts';

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;

const EXTENSION = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
  .ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})`;

async function inParentProcess(ff: Firefox, expression: string): Promise<unknown> {
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

/** The event page's state as Firefox keeps it: 'running', 'suspending', 'stopped', … */
export async function backgroundState(ff: Firefox): Promise<string> {
  return String(await inParentProcess(ff, `${EXTENSION}.backgroundState`));
}

/** Suspends the event page and resolves once Firefox says it has stopped. */
export async function suspendBackground(ff: Firefox): Promise<void> {
  const state = await inParentProcess(
    ff,
    `(async () => {
      const extension = ${EXTENSION};
      await extension.terminateBackground({ disableResetIdleForTest: true });
      return extension.backgroundState;
    })()`,
  );
  if (state !== 'stopped') throw new Error(`the event page is ${String(state)} after suspending it`);
}

/** How many background contexts the extension's own runtime.getContexts lists. */
export async function backgroundContexts(ff: Firefox): Promise<number> {
  const ext = await ff.extensionPage();
  return ext.evaluate(
    async () =>
      (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND' as chrome.runtime.ContextType] }))
        .length,
  );
}
