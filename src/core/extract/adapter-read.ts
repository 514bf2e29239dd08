// Reads a posting's fields with a board adapter's selectors (see src/sites/types.ts).
import type { Selector, SiteAdapter } from '../../sites/types.ts';
import { lineText, textOfElement } from './html-text.ts';

export interface AdapterFields {
  title: string | null;
  company: string | null;
  location: string | null;
  description: string;
}

const ATTRIBUTE = /@([a-z][a-z0-9_-]*)$/i;

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    // A selector this DOM does not support must not break the rest of the adapter.
    return [];
  }
}

const cssOf = (selector: Selector) => {
  const attr = ATTRIBUTE.exec(selector)?.[1];
  return attr ? selector.slice(0, -attr.length - 1) : selector;
};

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Whether any of the selectors can find an element under `root`: one pass over the tree
 * instead of one per selector, so the common case (a board's selectors missing on
 * another site) costs one query. A selector this DOM rejects answers "maybe".
 */
export function anyMatches(root: ParentNode, selectors: readonly Selector[]): boolean {
  if (selectors.length === 0) return false;
  if (selectors.length === 1) return true;
  try {
    return root.querySelector(selectors.map(cssOf).join(', ')) !== null;
  } catch {
    return true;
  }
}

/**
 * What each selector of a list finds under `root`, in document order, from one pass over
 * the tree: the elements any of them matches, sorted out per selector with `matches`.
 * A list this DOM rejects falls back to one query per selector.
 */
function finderFor(root: ParentNode, selectors: readonly Selector[]): (css: string) => Element[] {
  if (selectors.length > 1) {
    try {
      const pool = Array.from(root.querySelectorAll(selectors.map(cssOf).join(', ')));
      return (css) => pool.filter((el) => safeMatches(el, css));
    } catch {
      // one selector of the list is unknown to this DOM: ask for each on its own
    }
  }
  return (css) => safeQueryAll(root, css);
}

/** Every element under `root` that one of the selectors finds. */
function allFound(root: ParentNode, selectors: readonly Selector[]): Element[] {
  if (selectors.length === 0) return [];
  try {
    return Array.from(root.querySelectorAll(selectors.join(', ')));
  } catch {
    return selectors.flatMap((selector) => safeQueryAll(root, selector));
  }
}

/** The text (or attribute) of the first element a selector list finds, with noise removed. */
export function readLine(
  root: ParentNode,
  selectors: readonly Selector[],
  noise: readonly RegExp[] = [],
): string | null {
  const find = finderFor(root, selectors);
  for (const selector of selectors) {
    const attr = ATTRIBUTE.exec(selector)?.[1];
    const css = attr ? selector.slice(0, -attr.length - 1) : selector;
    for (const el of find(css).slice(0, 5)) {
      let value = attr ? (el.getAttribute(attr) ?? '') : lineText(el);
      value = value.replace(/[\s\u00a0]+/g, ' ').trim();
      for (const re of noise) value = value.replace(re, '').trim();
      if (value) return value.slice(0, 300);
    }
  }
  return null;
}

/** Paragraph text of every element the first matching selector finds, nested matches once. */
export function readBlocks(
  root: ParentNode,
  selectors: readonly Selector[],
  drop: readonly Selector[],
): string {
  const find = finderFor(root, selectors);
  for (const selector of selectors) {
    const found = find(selector);
    if (found.length === 0) continue;
    const outer = found.filter((el, i) => !found.slice(0, i).some((prev) => prev.contains(el)));
    const skip = new Set<Element>();
    for (const el of outer) for (const hit of allFound(el, drop)) skip.add(hit);
    const text = outer
      .map((el) => textOfElement(el, skip))
      .filter(Boolean)
      .join('\n\n');
    if (text) return text;
  }
  return '';
}

/** The root this adapter reads inside: a detail pane on search pages, else the document. */
export function adapterRoot(doc: Document, adapter: SiteAdapter): ParentNode | null {
  if (!adapter.root) return doc;
  const find = finderFor(doc, adapter.root);
  for (const selector of adapter.root) {
    const el = find(selector)[0];
    if (el) return el;
  }
  return null;
}

/** The document's <title>, on one line. */
export function pageTitle(doc: Document): string {
  const el = doc.querySelector('title');
  return el ? lineText(el) : '';
}

export function readWithAdapter(doc: Document, adapter: SiteAdapter): AdapterFields | null {
  const root = adapterRoot(doc, adapter);
  if (!root) return null;
  let company = readLine(root, adapter.company, adapter.companyNoise);
  // A pane may leave the company outside itself; the whole page is read only then.
  if (!company && root !== doc) company = readLine(doc, adapter.company, adapter.companyNoise);
  if (!company && adapter.companyInTitle) {
    const match = adapter.companyInTitle.exec(pageTitle(doc));
    company = match?.[1]?.trim() || null;
  }
  return {
    title: readLine(root, adapter.title, adapter.titleNoise),
    company,
    location: readLine(root, adapter.location),
    description: readBlocks(root, adapter.description, adapter.drop ?? []),
  };
}
