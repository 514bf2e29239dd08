// The content script's one use of the WebExtension API at boot, on the namespace both
// browsers give content scripts (`chrome.runtime.onMessage`, callback form) rather than
// through src/shared/browser.ts: the script is one IIFE, so importing that module means
// evaluating webextension-polyfill and copying every namespace of the API object, about
// 2 ms on every board page, most of which show no posting. Everything after boot uses
// `browser` from src/shared/browser.ts as usual.
type Respond = (reply: unknown) => void;

interface BootRuntime {
  runtime?: {
    onMessage?: { addListener(listener: (raw: unknown, sender: unknown, respond: Respond) => boolean): void };
  };
}

/** `handle` returns the reply's promise for a message it takes, undefined for any other. */
export function listenForMessages(handle: (raw: unknown) => Promise<unknown> | undefined): void {
  const api = (globalThis as { chrome?: BootRuntime }).chrome;
  api?.runtime?.onMessage?.addListener((raw, _sender, respond) => {
    const reply = handle(raw);
    if (!reply) return false;
    reply.then(respond, () => respond(undefined));
    return true; // the reply comes later
  });
}
