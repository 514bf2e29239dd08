// What the extension keeps, read the same way in both browsers: plain functions to
// evaluate in an extension page or Chromium's worker (see layout.ts).

/**
 * Everything stored but what viewing a posting records (the tab's result, in session
 * storage, and the recently viewed, `recent:*`): the list, the theory, the settings; as JSON.
 */
export async function storedApartFromTabs(): Promise<string> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const [local, sync] = await Promise.all([api.storage.local.get(null), api.storage.sync.get(null)]);
  const kept = Object.entries(local).filter(([key]) => !key.startsWith('recent:'));
  return JSON.stringify({ local: Object.fromEntries(kept), sync });
}
