// Sites where the user turned the in-page highlights off, in storage.local under
// `hiddenSites`. Parsed on every read: a corrupt value reads as "no site hidden".
import { z } from 'zod/mini';
// Read and written by the content script too: the native API, not the polyfill.
import { nativeBrowser as browser } from './native-browser.ts';

export const HIDDEN_SITES_KEY = 'hiddenSites';

const site = z.string().check(z.minLength(1), z.maxLength(253));
export const HiddenSitesSchema = z.array(site).check(z.maxLength(1_000));

export function parseHiddenSites(raw: unknown): string[] {
  const parsed = HiddenSitesSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** The key a page's highlights setting is stored under: its host without `www.`. */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export async function readHiddenSites(): Promise<string[]> {
  const got = await browser.storage.local.get(HIDDEN_SITES_KEY);
  return parseHiddenSites(got[HIDDEN_SITES_KEY]);
}

export async function setSiteHidden(key: string, hidden: boolean): Promise<string[]> {
  const current = await readHiddenSites();
  const next = hidden ? [...new Set([...current, key])] : current.filter((s) => s !== key);
  await browser.storage.local.set({ [HIDDEN_SITES_KEY]: next });
  return next;
}

/** Calls `onChange` with the new list whenever another tab (or this one) changes it. */
export function watchHiddenSites(onChange: (sites: string[]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[HIDDEN_SITES_KEY];
    if (area === 'local' && change) onChange(parseHiddenSites(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
