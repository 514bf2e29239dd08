// Content script: runs on job boards (manifest matches) and, on request, on any page.
// On a page that cannot be a posting it does next to nothing: one URL test, one message
// listener, and one listener for address changes, in case a single-page board moves on
// to a job. The bundle is one IIFE, so "loaded later" means "evaluated later": everything
// else (the reader, the analysis core, zod, the annotation) sits behind `import()`,
// which the bundler turns into a function run on first use.
// started.ts first: the boot measure covers evaluating every module evaluated at boot.
// biome-ignore assist/source/organizeImports: started.ts must be evaluated before the rest
import { scriptStarted } from './started.ts';
import { mightBePosting } from '../sites/posting-urls.ts';
import { listenForMessages } from './boot-listener.ts';
import { handleMessage } from './incoming.ts';
import type { Lens } from './lens.ts';
import { measure, now } from './perf.ts';
import { nextTask } from './tasks.ts';
import { watchPage } from './watch-page.ts';

// The script can be injected again by "analyse this page anyway": run once per page.
const FLAG = '__missionLensContent';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const lifetime = new AbortController();
  // Evaluated in a task after the boot's own, and only for a page that can show a
  // posting (or when the user asks).
  let lens: Promise<Lens> | null = null;
  const getLens = () => {
    lens ??= nextTask().then(() => {
      const loading = now();
      return import('./lens.ts').then(({ Lens }) => {
        measure('load', loading);
        return new Lens(lifetime.signal);
      });
    });
    return lens;
  };
  // Registered at boot, so the popup's "analyse this page anyway" always finds it, and a
  // theory changed in the options page reaches the card on screen.
  listenForMessages((raw) => handleMessage(raw, { get: getLens, existing: () => lens }));
  // Single-page boards: once a posting's address has been seen, the DOM is watched (see
  // watch-page.ts). Until then only the address is, where the Navigation API exists
  // (watching the DOM costs more at boot than everything else together).
  const onSettled = () => {
    if (lens || mightBePosting(location)) void getLens().then((l) => l.refresh());
  };
  let domChanged: (() => void) | null = null;
  const watchDom = () => {
    domChanged ??= watchPage(onSettled, lifetime.signal);
    return domChanged;
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener(
      'currententrychange',
      () => {
        // The address moved; read once the DOM has caught up with it.
        if (domChanged || mightBePosting(location)) watchDom()();
      },
      { signal: lifetime.signal },
    );
  } else {
    watchDom();
  }
  addEventListener('pagehide', () => lifetime.abort(), { once: true });
  if (mightBePosting(location)) {
    watchDom();
    void getLens().then((l) => l.refresh());
  }
  measure('boot', scriptStarted);
}
