// Where the page's own text and controls are, for the tests of both browsers that check
// the extension's marks and marker cover none of it: plain functions to evaluate in a
// page (see layout.ts), each using nothing from outside its own body. Boxes are in the
// viewport's coordinates, as getBoundingClientRect gives them.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TextBox extends Box {
  text: string;
}

export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every box of the page's text, and the first one whose text is exactly `name` (or null). */
export function textBoxes(name: string): { named: TextBox | null; boxes: TextBox[] } {
  const boxes: TextBox[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects())
      boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: n.textContent });
  }
  const named = boxes.find((b) => b.text === name);
  // A copy: WebDriver BiDi sends an object met twice in a result once, and the second as a bare reference.
  return { named: named ? { ...named } : null, boxes };
}

/** The page's visible text and controls that intersect `box`: each text (60 characters) or `<tag>`. */
export function coveredBy(box: Box): string[] {
  const hit = (r: DOMRect) =>
    r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
  const out: string[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    // Text no one sees: a screen-reader-only label (a 1-pixel clipped box), hidden text.
    const parent = n.parentElement!;
    const own = parent.getBoundingClientRect();
    if (
      own.width <= 1 ||
      own.height <= 1 ||
      !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    )
      continue;
    range.selectNodeContents(n);
    if ([...range.getClientRects()].some(hit)) out.push(n.textContent.trim().slice(0, 60));
  }
  for (const el of document.querySelectorAll('button, input, select, textarea, img, svg'))
    if (hit(el.getBoundingClientRect())) out.push(`<${el.localName}>`);
  return out;
}
