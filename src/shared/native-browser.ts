// The WebExtension API as both browsers give it natively, for the content script only.
// Firefox has the promise-based `browser`; Chrome's `chrome` returns promises too (MV3)
// for the few calls the content script makes (runtime.sendMessage, storage get/set,
// storage.onChanged). webextension-polyfill (src/shared/browser.ts) wraps every
// namespace on load: about 3 kB gzipped and a few milliseconds that each posting page
// would pay, for no change in behaviour on these calls.
import type { Browser } from 'webextension-polyfill';

type Scope = { browser?: Browser; chrome?: Browser };

export const nativeBrowser = ((globalThis as unknown as Scope).browser ??
  (globalThis as unknown as Scope).chrome) as Browser;
