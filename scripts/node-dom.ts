// A DOM for Node, so the `analyze`, `eval` and `bench` commands run the same core the
// content script runs in the page. linkedom parses without layout or script execution.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function parseFragment(html: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

/** The page's own address, as a saved page records it. */
export function canonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [link, og]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // a relative or broken address tells nothing about the board
    }
  }
  return null;
}
