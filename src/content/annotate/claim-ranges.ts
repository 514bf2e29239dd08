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
// Runs of visible characters. `locate` steps over whole words with it: on a fresh page
// this code runs cold, where one native regex call per word beats a test per character.
const RUN = /[^\s\u200b-\u200d]+/g;

export const squash = (text: string): string => text.replace(SPACES, '');

export interface TextIndex {
  /** Text nodes that hold at least one visible character, in document order. */
  nodes: Text[];
  /** Where each node's squashed text starts in `text`. */
  starts: number[];
  /** The squashed text of all nodes. */
  text: string;
}

/** Indexes the text under `roots`, leaving out `skip` and the elements the core skips. */
export function indexText(roots: readonly Node[], skip: ReadonlySet<Element> = new Set()): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const squashed = squash((child as Text).data);
        if (!squashed) continue;
        nodes.push(child as Text);
        starts.push(length);
        parts.push(squashed);
        length += squashed.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.localName) || skip.has(el) || el.hasAttribute('hidden')) continue;
        walk(el);
      }
    }
  };
  for (const root of roots) walk(root);
  return { nodes, starts, text: parts.join('') };
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
  let want = at - index.starts[lo]!;
  const data = node.data;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(data); m; m = RUN.exec(data)) {
    const length = m[0].length;
    if (want < length) return { node, offset: m.index + want };
    want -= length;
  }
  return null;
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
