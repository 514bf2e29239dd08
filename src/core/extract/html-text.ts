// Turns a DOM subtree (or an HTML string from JSON-LD) into clean text that keeps the
// paragraph structure: blocks become paragraphs separated by a blank line, list items
// and <br> become single newlines. It walks nodes itself rather than using innerText
// because innerText needs layout, which Node DOMs (the `analyze` command) do not have.

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const LINE = new Set(['LI', 'BR', 'TD', 'TH']);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Clean paragraph text of a subtree, leaving out the elements in `skip` (and their content). */
export function textOfElement(root: Node, skip?: ReadonlySet<Element>): string {
  const out: string[] = [];
  // 0: inside a run of text, 1: a line break is pending, 2: a paragraph break is pending
  let pending = 0;
  // Boards write paragraphs as `<br><br>` (LinkedIn, SEEK): two breaks with no text
  // between them are a paragraph break, not two line breaks.
  let afterBreak = false;
  const push = (s: string) => {
    if (!s) return;
    if (out.length > 0) {
      if (pending === 2) out.push('\n\n');
      else if (pending === 1) out.push('\n');
    }
    pending = 0;
    afterBreak = false;
    out.push(s);
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const raw = child.nodeValue ?? '';
        const text = raw.replace(/[\s\u00a0]+/g, ' ');
        if (text === ' ') {
          if (out.length > 0 && pending === 0 && !out[out.length - 1]!.endsWith(' ')) out.push(' ');
          continue;
        }
        let t = text;
        const last = out[out.length - 1];
        if (pending > 0 || last === undefined || last.endsWith(' ') || last.endsWith('\n')) t = t.trimStart();
        push(t);
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag) || skip?.has(child as Element)) continue;
        if ((child as Element).hasAttribute('hidden')) continue;
        const block = BLOCK.has(tag);
        const line = LINE.has(tag);
        if (block) pending = 2;
        else if (line && pending < 1) pending = 1;
        if (tag === 'BR') {
          if (afterBreak) pending = 2;
          afterBreak = true;
          trimEnd(out);
          continue;
        }
        walk(child);
        if (block || line) trimEnd(out);
        if (block) pending = 2;
        else if (line && pending < 1) pending = 1;
      }
    }
  };
  walk(root);
  return tidyWalked(out.join(''));
}

function trimEnd(out: string[]) {
  const last = out.length - 1;
  if (last < 0) return;
  const s = out[last]!;
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  if (e < s.length) out[last] = s.slice(0, e);
}

/**
 * `tidy` for the walker's own output, whose only white space is ' ' and '\n' (text
 * nodes were collapsed on the way): the same result without a split per line.
 */
function tidyWalked(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collapse runs of spaces, trim every line, keep at most one blank line. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Clean text of an HTML fragment found in page data (a JSON-LD description). It is
 * parsed in an inert document made by the caller's DOMParser, so scripts never run
 * and no resource is fetched. Descriptions come as HTML, as entity-encoded HTML
 * ("&lt;p&gt;", sometimes twice: "&amp;lt;p&amp;gt;"), or as plain text whose
 * newlines are its only structure.
 */
export function textOfHtml(html: string, parse: (html: string) => Document): string {
  let source = html;
  for (let i = 0; i < 3 && !HAS_TAG.test(source) && ENCODED_TAG.test(source); i++) {
    source = decodeEntities(source, parse);
  }
  if (!HAS_TAG.test(source)) {
    // Plain text: its blank lines are paragraphs and its newlines are lines.
    source = source
      .replace(/\r\n?/g, '\n')
      .replace(/\n[ \t]*\n\s*/g, '<p>')
      .replace(/\n/g, '<br>');
  }
  const doc = parse(source);
  return textOfElement(doc.body ?? doc.documentElement);
}

const HAS_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const ENCODED_TAG = /&(?:amp;)*lt;\/?[a-z][a-z0-9]*(?:\s|\/|&(?:amp;)*gt;)/i;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** One level of HTML entity decoding, by the inert parser (it knows every named entity). */
export function decodeEntities(text: string, parse: (html: string) => Document): string {
  if (!ENTITY.test(text)) return text;
  // `<` is escaped first so the text can only ever become one text node.
  const doc = parse(`<div>${text.replace(/</g, '&lt;')}</div>`);
  const div = doc.querySelector('div');
  return div ? (div.textContent ?? text) : text;
}

const LINE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * One line of text (a title, a company, a location): all the text under the element,
 * including button labels (SEEK puts the advertiser in a button), on one line, bounded.
 */
export function lineText(root: Node, max = 300): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && text.length < max * 2; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE && !LINE_SKIP.has((child as Element).tagName.toUpperCase())) {
        text += ' ';
        walk(child);
        text += ' ';
      }
    }
  };
  if (root.nodeType === TEXT_NODE) text = root.nodeValue ?? '';
  else walk(root);
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
}
