// The page layer (the lens that reads, highlights and shows the card, and the list
// marks) is a script of its own, evaluated only on a page that needs it: the content
// script every board page runs stays a few kilobytes. It waits in a property of the
// isolated world's global, which page script cannot see, as the generic reader does.

import type { AnalyzePage } from '../shared/content-messages.ts';
import type { UrlFacts } from '../sites/posting-urls.ts';
import type { Lens } from './lens.ts';
import type { ListMarks } from './marks/list-marks.ts';

/** Built from page-layer.ts (background/analyze-tab.ts imports it, so the bundler writes it). */
export const PAGE_LAYER_FILE = 'src/content/page-layer.js';
const KEY = '__missionLensPageLayer';

export interface PageLayer {
  /** When the layer's own evaluation began and ended, on the page's clock. */
  evaluated: { start: number; end: number };
  AnalyzePage: typeof AnalyzePage;
  Lens: typeof Lens;
  ListMarks: typeof ListMarks;
}

/**
 * The boot script's URL table (sites/posting-urls.ts), handed to the layer with each
 * lens: the layer reads postings with the adapters but ships no second copy of every
 * board's address rules.
 */
export interface BootUrls {
  /** The boot's cheap test: can this address show a posting at all? */
  mightBePosting(url: string): boolean;
  urlFacts(url: string | null): UrlFacts;
}

type Scope = typeof globalThis & { [KEY]?: PageLayer };

export function providePageLayer(layer: PageLayer): void {
  // Injected again by "analyse this page anyway": the first copy stays, with its state.
  (globalThis as Scope)[KEY] ??= layer;
}

interface LayerRuntime {
  runtime?: { getURL?: (path: string) => string };
}

let loading: Promise<PageLayer> | null = null;

/**
 * The layer, loaded once: already there when the worker injected it, else imported from
 * the extension (a web-accessible file, at Chrome's per-session address).
 */
export function loadPageLayer(): Promise<PageLayer> {
  const scope = globalThis as Scope;
  if (scope[KEY]) return Promise.resolve(scope[KEY]);
  loading ??= (async () => {
    const url = (globalThis as { chrome?: LayerRuntime }).chrome?.runtime?.getURL?.(PAGE_LAYER_FILE);
    if (!url) throw new Error('Mission Lens: the extension is gone');
    await import(/* @vite-ignore */ url);
    const layer = scope[KEY];
    if (!layer) throw new Error('Mission Lens: the page layer did not load');
    return layer;
  })();
  // A failed load (the extension updated meanwhile) is tried again next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
