// Content script: runs on job boards (manifest matches) and, on request, on any page.
// On a page that cannot be a posting it does next to nothing: one URL test and one
// listener for address changes, in case a single-page board moves on to a job. The
// rest (the reader, zod, the highlights, the marker and card, the list marks) is the page
// layer, a file of its own loaded only where a posting or a list shows (page-layer-key.ts),
// so a board page compiles a few kilobytes, not all of it. The analysis core is in
// neither: the background worker analyses the posting the reader sends it.
// started.ts first: the boot measure covers evaluating every module evaluated at boot.
// biome-ignore assist/source/organizeImports: started.ts must be evaluated before the rest
import { scriptStarted } from './started.ts';
import { listPageOf } from '../sites/list-pages.ts';
import { mightBePosting, splitSerializedUrl, urlFacts } from '../sites/posting-urls.ts';
import { listenForMessages } from './boot-listener.ts';
import { injectedGenericReader } from './generic-key.ts';
import { handleMessage } from './incoming.ts';
import type { Lens } from './lens.ts';
import type { ListMarks } from './marks/list-marks.ts';
import { listKnownEmpty, listMayHaveCompanies } from './list-gate.ts';
import { loadPageLayer } from './page-layer-key.ts';
import { measure, now } from './perf.ts';
import { nextTask } from './tasks.ts';
import { watchPage } from './watch-page.ts';

// The script is injected again by "analyse this page anyway": it runs once per page, and
// a second run only makes sure the first one listens for the message that follows.
const FLAG = '__missionLensContent';
const scope = globalThis as typeof globalThis & { [FLAG]?: () => void };

if (scope[FLAG]) {
  scope[FLAG]();
} else {
  const lifetime = new AbortController();
  const orphaned = () => !(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;
  // The page's address, read without `location` (see splitSerializedUrl).
  const onPosting = () => mightBePosting(splitSerializedUrl(document.URL));
  // Only a page that has something to stop listens for its end. A page kept in the
  // back/forward cache (`persisted`) may come back, with this script still in it.
  let ending = false;
  const endWithPage = () => {
    if (ending) return;
    ending = true;
    addEventListener(
      'pagehide',
      (event) => {
        if (!event.persisted) lifetime.abort();
      },
      { signal: lifetime.signal },
    );
  };
  // Evaluated in a task after the boot's own, and only for a page that can show a
  // posting (or when the user asks).
  let lens: Promise<Lens> | null = null;
  // The first use of the extension API costs more than the rest of the boot together
  // (6 to 9 ms in Firefox), so no page pays it at boot. The one message a content script
  // takes comes from the popup's "analyse" button, which always injects the script again
  // first (analyze-tab.ts): that second run registers the listener, and the message
  // follows.
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    listenForMessages((raw) => handleMessage(raw, { get: getLens }));
  };
  scope[FLAG] = listen;
  // User timing lands in the page's own performance timeline, where page script can
  // read it: the boot is timed there only once a posting is shown (with the extension's
  // element, which tells as much), so a board page that shows none learns nothing.
  let bootEnded: number | null = null;
  const getLens = (): Promise<Lens> => {
    endWithPage();
    if (bootEnded !== null) measure('boot', scriptStarted, bootEnded);
    bootEnded = null;
    lens ??= nextTask().then(() => {
      const loading = now();
      return loadPageLayer().then(({ Lens, evaluated }) => {
        // `fetch`: waiting for the page layer, mostly off this thread (not a task of
        // ours); `load`: evaluating it, which is.
        measure('fetch', loading);
        measure('load', evaluated.start, evaluated.end);
        return new Lens(lifetime.signal, { mightBePosting: (url) => mightBePosting(url), urlFacts });
      });
    });
    return lens;
  };
  // Single-page boards: once a posting's address has been seen, the DOM is watched (see
  // watch-page.ts). Until then only the address is, where the Navigation API exists
  // (watching the DOM costs more at boot than everything else together).
  // Search results and job lists: the cards of companies on the user's list get their
  // status (marks/list-marks.ts), once the page is idle; loaded only on such a page, and
  // only once the list has a company (list-gate.ts).
  let marks: Promise<ListMarks> | null = null;
  let gating = false;
  const markList = () => {
    if (marks) return void marks.then((m) => m.update());
    const address = splitSerializedUrl(document.URL);
    const page = address && listPageOf(address.hostname, address.pathname + address.search);
    if (!page || gating) return;
    watchDom();
    gating = true;
    void new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 }))
      .then(() => listMayHaveCompanies())
      .then((any) => {
        gating = false;
        if (!any || marks || lifetime.signal.aborted) return;
        marks = loadPageLayer().then(
          ({ ListMarks }) =>
            new ListMarks(document, page, lifetime.signal, {
              mayHaveCompanies: () => listMayHaveCompanies(),
              knownEmpty: () => listKnownEmpty(),
            }),
        );
        void marks.then((m) => m.update());
      });
  };
  const onSettled = () => {
    // Updated or reloaded, the extension leaves this script in the page with its API
    // gone: it stops for good, quietly, and takes its highlights and element with it.
    if (orphaned()) return lifetime.abort();
    if (lens || onPosting()) void getLens().then((l) => l.refresh());
    markList();
  };
  let domChanged: (() => void) | null = null;
  const watchDom = () => {
    endWithPage();
    domChanged ??= watchPage(onSettled, lifetime.signal);
    return domChanged;
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener(
      'currententrychange',
      () => {
        if (orphaned()) return lifetime.abort();
        // The address moved; read once the DOM has caught up with it.
        if (domChanged || onPosting()) watchDom()();
        else markList();
      },
      { signal: lifetime.signal },
    );
  } else {
    watchDom();
  }
  if (onPosting()) {
    watchDom();
    void getLens().then((l) => l.refresh());
  }
  // Injected by "analyse this page anyway" (the generic reader came first) into a page
  // the manifest does not list: the popup's message follows at once.
  if (injectedGenericReader()) listen();
  markList();
  const booted = now();
  if (lens) measure('boot', scriptStarted, booted);
  else bootEnded = booted;
}
