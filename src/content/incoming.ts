import { loadPageLayer } from './page-layer-key.ts';

// The one message a content script takes, told apart cheaply at boot (no schema is built
// until one arrives): "analyse this page anyway" from the popup, through the background.

/** What the handler needs from the lens, created on demand. */
export interface LensHandle {
  generic: boolean;
  refresh(force: boolean): Promise<void>;
}

export interface Lenses {
  /** The lens, created (and the page read) if need be. */
  get(): Promise<LensHandle>;
}

const typeOf = (raw: unknown): unknown =>
  typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;

/** The reply's promise for a message the content script takes; undefined for any other. */
export function handleMessage(raw: unknown, lenses: Lenses): Promise<unknown> | undefined {
  if (typeOf(raw) !== 'analyze-page') return undefined;
  // The schema ships in the page layer: zod is not evaluated, nor even compiled, at boot.
  return loadPageLayer().then(({ AnalyzePage }) => {
    const parsed = AnalyzePage.safeParse(raw);
    if (!parsed.success) return undefined;
    return lenses
      .get()
      .then((l) => {
        l.generic = parsed.data.generic;
        return l.refresh(true);
      })
      .then(() => ({ ok: true }));
  });
}
