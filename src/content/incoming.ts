// The messages a content script takes, told apart cheaply at boot (no schema is built
// until one arrives): "analyse this page anyway" from the popup, and the background's
// word that the user's theory changed, so the card and marker show the new comparison.
import type { Comparison } from '../core/theory/fit-types.ts';

/** What the handlers need from the lens, created on demand or only if it exists. */
export interface LensHandle {
  generic: boolean;
  refresh(force: boolean): Promise<void>;
  comparisonChanged(comparison: Comparison | null): void;
}

export interface Lenses {
  /** The lens, created (and the page read) if need be. */
  get(): Promise<LensHandle>;
  /** The lens if there is one: a page that never showed a posting has nothing to update. */
  existing(): Promise<LensHandle> | null;
}

const typeOf = (raw: unknown): unknown =>
  typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;

/** The reply's promise for a message the content script takes; undefined for any other. */
export function handleMessage(raw: unknown, lenses: Lenses): Promise<unknown> | undefined {
  const type = typeOf(raw);
  if (type === 'analyze-page') {
    return import('../shared/content-messages.ts').then(({ AnalyzePage }) => {
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
  if (type === 'comparison-changed') {
    const lens = lenses.existing();
    if (!lens) return undefined;
    return Promise.all([lens, import('./reply.ts')]).then(([l, { comparisonFromMessage }]) => {
      l.comparisonChanged(comparisonFromMessage(raw));
      return { ok: true };
    });
  }
  return undefined;
}
