// Where the posting is on the page: the description element(s) the claims came from and
// the title the marker sits beside. Board adapters name them; on other pages (JSON-LD
// or the generic reader) the body is searched, minus the page's chrome.
import { adapterRoot } from '../../core/extract/adapter-read.ts';
import { adapterFor, adapterForDocument } from '../../sites/adapters.ts';
import type { UrlFacts } from '../../sites/posting-urls.ts';
import type { SiteAdapter } from '../../sites/types.ts';

export interface PostingPlace {
  /** The elements holding the description text, outermost only, in page order. */
  description: Element[];
  /** Elements inside the description the core leaves out (buttons, "show more"). */
  skip: Set<Element>;
  title: Element | null;
}

const PAGE_CHROME = ['nav', 'header', 'footer', 'aside', 'form', '[role="navigation"]'];
const GENERIC_TITLE = ['h1', '[itemprop="title"]'];

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    if (selector.includes('@')) continue; // an attribute, not something on screen
    const found = queryAll(root, selector)[0];
    if (found) return found;
  }
  return null;
}

function outermost(found: Element[]): Element[] {
  return found.filter((el, i) => !found.slice(0, i).some((prev) => prev.contains(el)));
}

function withAdapter(doc: Document, adapter: SiteAdapter): PostingPlace | null {
  const root = adapterRoot(doc, adapter);
  if (!root) return null;
  for (const selector of adapter.description) {
    const found = queryAll(root, selector);
    if (found.length === 0) continue;
    const description = outermost(found);
    const skip = new Set<Element>();
    for (const el of description)
      for (const d of adapter.drop ?? []) for (const hit of queryAll(el, d)) skip.add(hit);
    return { description, skip, title: first(root, adapter.title) };
  }
  return null;
}

/** The posting's place on this page (`facts`: the URL table's answer for its address), or null when the page shows none. */
export function locatePosting(doc: Document, facts: UrlFacts, generic: boolean): PostingPlace | null {
  const adapter = adapterFor(facts) ?? (generic ? adapterForDocument(doc) : null);
  const place = adapter ? withAdapter(doc, adapter) : null;
  if (place) return place;
  const body = doc.body;
  if (!body) return null;
  const skip = new Set<Element>();
  for (const selector of PAGE_CHROME) for (const el of queryAll(body, selector)) skip.add(el);
  return { description: [body], skip, title: first(body, GENERIC_TITLE) };
}

/**
 * What the user sees of the posting, cheaply: the description element and its text
 * length. The page is read again only when this changes (or the address does).
 */
export function placeFingerprint(place: PostingPlace | null): string {
  if (!place) return 'none';
  let length = 0;
  for (const el of place.description) length += el.textContent?.length ?? 0;
  return `${place.description.length}:${length}:${place.title?.textContent?.length ?? -1}`;
}
