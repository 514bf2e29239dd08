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

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

const cssOf = (selector: Selector) => {
  const attr = ATTRIBUTE.exec(selector)?.[1];
  return attr ? selector.slice(0, -attr.length - 1) : selector;
};

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

/** The text (or attribute) of the first element a selector list finds, with noise removed. */
export function readLine(
  root: ParentNode,
  selectors: readonly Selector[],
  noise: readonly RegExp[] = [],
): string | null {
  if (!anyMatches(root, selectors)) return null;
  for (const selector of selectors) {
    const attr = ATTRIBUTE.exec(selector)?.[1];
    const css = attr ? selector.slice(0, -attr.length - 1) : selector;
    for (const el of safeQueryAll(root, css).slice(0, 5)) {
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
  if (!anyMatches(root, selectors)) return '';
  for (const selector of selectors) {
    const found = safeQueryAll(root, selector);
    if (found.length === 0) continue;
    const outer = found.filter((el, i) => !found.slice(0, i).some((prev) => prev.contains(el)));
    const skip = new Set<Element>();
    for (const el of outer) {
      for (const d of drop) for (const hit of safeQueryAll(el, d)) skip.add(hit);
    }
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
  for (const selector of adapter.root) {
    const el = safeQuery(doc, selector);
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
