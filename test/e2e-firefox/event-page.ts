// Firefox runs the extension's background as an event page, not a service worker: it is
// suspended when idle and woken by the next event. Where the Chromium tests stop the
// worker through CDP, these suspend the event page the way about:debugging's
// "Terminate background script" does, from Firefox's parent process (reachable over
// BiDi with --remote-allow-system-access, in the browser window's chrome context).
import type { Firefox } from './harness.ts';
import { EXTENSION, inParentProcess } from './parent-process.ts';

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;

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
