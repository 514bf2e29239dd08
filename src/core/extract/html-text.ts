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
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Clean paragraph text of a subtree. */
export function textOfElement(root: Node): string {
  const out: string[] = [];
  // 0: inside a run of text, 1: a line break is pending, 2: a paragraph break is pending
  let pending = 0;
  const push = (s: string) => {
    if (!s) return;
    if (out.length > 0) {
      if (pending === 2) out.push('\n\n');
      else if (pending === 1) out.push('\n');
    }
    pending = 0;
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
        if (SKIP.has(tag)) continue;
        if ((child as Element).hasAttribute('hidden')) continue;
        const block = BLOCK.has(tag);
        const line = LINE.has(tag);
        if (block) pending = 2;
        else if (line && pending < 1) pending = 1;
        if (tag === 'BR') {
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
  return tidy(out.join(''));
}

function trimEnd(out: string[]) {
  const last = out.length - 1;
  if (last >= 0) out[last] = out[last]!.replace(/ +$/, '');
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
 * and no resource is fetched.
 */
export function textOfHtml(html: string, parse: (html: string) => Document): string {
  // Descriptions are often entity-encoded twice ("&lt;p&gt;"): decode until it is HTML.
  let source = html;
  for (let i = 0; i < 2 && /&lt;\/?[a-z][^&]{0,40}&gt;/i.test(source) && !/<\/?[a-z]/i.test(source); i++) {
    const doc = parse(`<textarea>${source.replace(/<\/textarea/gi, '')}</textarea>`);
    source = doc.querySelector('textarea')?.value ?? source;
  }
  const doc = parse(source);
  return textOfElement(doc.body ?? doc.documentElement);
}
