// Finds each claim's text in the page's own text nodes, so it can be highlighted without
// touching the page's DOM. The claims were found in the description as the core reads it
// (blocks joined by newlines, runs of spaces collapsed, entities decoded), so the match
// ignores whitespace entirely: both sides are compared with every space removed, and an
// offset table maps a position in the squashed page text back to (text node, offset).

/** Elements whose text the core never reads (see src/core/extract/html-text.ts). */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'input',
  'select',
  'textarea',
]);

// Whitespace as JavaScript's `\s`, plus the zero-width characters boards sprinkle in.
const SPACES = /[\s\u200b-\u200d]+/g;
// Joins the text nodes' data so the whole description is squashed by one native call
// and split back per node by another; a page whose text holds it takes the slow way.
const SEPARATOR = '\u0000';

export const squash = (text: string): string => text.replace(SPACES, '');

export interface TextIndex {
  /** Text nodes that hold at least one visible character, in document order. */
  nodes: Text[];
  /** Where each node's squashed text starts in `text`. */
  starts: number[];
  /** The squashed text of all nodes. */
  text: string;
}

const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Moves `walker` past the subtree of its current node; the next node, or null at the end. */
function pastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    // parentNode() stops at the walker's root: then there is nothing left.
    if (!walker.parentNode()) return null;
  }
}

/** Every text node under `root` in document order, outside `skip`, `SKIP` and `[hidden]`. */
function visibleTexts(root: Node, skip: ReadonlySet<Element>, into: (text: Text) => void): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      into(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (SKIP.has(el.localName) || el.hasAttribute('hidden') || skip.has(el)) {
        node = pastSubtree(walker);
        continue;
      }
    }
    node = walker.nextNode();
  }
}

/** Indexes the text under `roots`, leaving out `skip` and the elements the core skips. */
export function indexText(roots: readonly Node[], skip: ReadonlySet<Element> = new Set()): TextIndex {
  // Runs on every job view, often cold: one walk over elements and text that steps over
  // left-out subtrees whole (a selector query for them cost more than the walk), and the
  // squashing done by two native calls over all of the text rather than one per node.
  const all: Text[] = [];
  const data: string[] = [];
  const keep = (text: Text) => {
    all.push(text);
    data.push(text.data);
  };
  for (const root of roots) visibleTexts(root, skip, keep);
  let parts = squash(data.join(SEPARATOR)).split(SEPARATOR);
  if (parts.length !== all.length) parts = data.map(squash);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let i = 0; i < all.length; i++) {
    const part = parts[i]!;
    if (!part) continue;
    nodes.push(all[i]!);
    starts.push(length);
    length += part.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/** A run of whitespace exactly at `lastIndex`. */
const SPACES_AT = /[\s\u200b-\u200d]+/y;
// Step over 64, 8 or 1 visible characters (each with the whitespace before it) from
// `lastIndex`, in one native call: a position is found in a few calls, cold or warm.
const STEPS = [64, 8, 1].map((n) => ({
  n,
  pattern: new RegExp(`(?:[\\s\\u200b-\\u200d]*[^\\s\\u200b-\\u200d]){${n}}`, 'y'),
}));

/**
 * The offset in `data` of its `want`-th visible character, or -1. Squashing ever longer
 * prefixes until they held enough characters cost most of the highlighting on a long
 * posting, and a loop over the characters is slow while the code is cold, as it is on
 * every page: native steps of 64, 8 and 1 characters take a few calls.
 */
function rawOffset(data: string, want: number): number {
  let at = 0;
  let left = want;
  for (const { n, pattern } of STEPS) {
    while (left >= n) {
      pattern.lastIndex = at;
      if (!pattern.test(data)) return -1;
      at = pattern.lastIndex;
      left -= n;
    }
  }
  SPACES_AT.lastIndex = at;
  if (SPACES_AT.test(data)) at = SPACES_AT.lastIndex;
  return at < data.length ? at : -1;
}

/** The text node and offset of the `at`-th squashed character. */
function locate(index: TextIndex, at: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  if (!node) return null;
  const offset = rawOffset(node.data, at - index.starts[lo]!);
  return offset < 0 ? null : { node, offset };
}

/** A DOM range over squashed characters [from, to). */
export function rangeOf(index: TextIndex, from: number, to: number, doc: Document = document): Range | null {
  if (to <= from) return null;
  const start = locate(index, from);
  const end = locate(index, to - 1);
  if (!start || !end) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  // The last character may be the high half of a surrogate pair: take the whole pair.
  const code = end.node.data.charCodeAt(end.offset);
  range.setEnd(end.node, end.offset + (code >= 0xd800 && code <= 0xdbff ? 2 : 1));
  return range;
}

/** Squashed positions [from, to) of `needle` in the index, searching from `cursor` first. */
export function findSpan(haystack: string, needle: string, cursor: number): [number, number] | null {
  if (!needle) return null;
  let at = haystack.indexOf(needle, cursor);
  if (at < 0 && cursor > 0) at = haystack.indexOf(needle);
  if (at >= 0) return [at, at + needle.length];
  // The page's text and the description can differ inside a long sentence (a link the
  // board rewrote, a bullet glyph): anchor on the first and last words instead.
  if (needle.length < 60) return null;
  const head = needle.slice(0, 40);
  const tail = needle.slice(-40);
  let from = haystack.indexOf(head, cursor);
  if (from < 0 && cursor > 0) from = haystack.indexOf(head);
  if (from < 0) return null;
  const last = haystack.indexOf(tail, from + head.length);
  if (last < 0) return null;
  const to = last + tail.length;
  return to - from <= needle.length * 1.25 + 20 ? [from, to] : null;
}

/** One range per claim text (null where the page does not show it), in the order given. */
export function claimRanges(
  index: TextIndex,
  claims: readonly { text: string; start: number }[],
  doc: Document = document,
): (Range | null)[] {
  const out: (Range | null)[] = claims.map(() => null);
  // Claims in reading order, so each search starts where the previous one ended.
  const order = claims.map((_, i) => i).sort((a, b) => claims[a]!.start - claims[b]!.start);
  let cursor = 0;
  for (const i of order) {
    const span = findSpan(index.text, squash(claims[i]!.text), cursor);
    if (!span) continue;
    out[i] = rangeOf(index, span[0], span[1], doc);
    cursor = span[1];
  }
  return out;
}
