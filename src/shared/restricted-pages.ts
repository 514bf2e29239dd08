// Pages no extension may read: browser-internal schemes and the extension stores. The
// popup says so at once; the background refuses before trying to inject.
const INTERNAL = /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):/i;
const STORES =
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//i;

export function isRestrictedUrl(url: string): boolean {
  return INTERNAL.test(url) || STORES.test(url);
}
