// What is under a point of the page: the caret position (which text, which character)
// and whether the page shows text or a control there. Used to find the claim under the
// pointer and a place for the marker that covers nothing of the page.
export const caretAt = (doc: Document, x: number, y: number): { node: Node; offset: number } | null => {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
};

export function within(rect: DOMRect, x: number, y: number, slack = 2): boolean {
  return (
    x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack
  );
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const CONTROLS = 'a, button, input, select, textarea, img, svg, video, canvas, iframe, [role="button"]';

/** The line boxes of an element's own text (its first 64 children's), not its descendants'. */
function ownTextBoxes(el: Element, range: Range): DOMRect[] {
  const boxes: DOMRect[] = [];
  let n = el.firstChild;
  for (let i = 0; n && i < 64; i++, n = n.nextSibling) {
    if (n.nodeType !== 3 || !n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) boxes.push(r);
  }
  return boxes;
}

const overlaps = (r: DOMRect, b: Box, margin: number) =>
  r.left < b.left + b.width + margin &&
  b.left - margin < r.right &&
  r.top < b.top + b.height + margin &&
  b.top - margin < r.bottom;

/**
 * Whether the page shows text or a control anywhere under the box (or within a pixel of
 * it). Hit tests on a grid (every `step` pixels along three lines: just outside its top
 * and bottom edges and between) find the elements there; an element hit is a control,
 * or its own text's line boxes are tested against the whole box. Each element's boxes
 * are read once, and no caret position is asked: hit testing is what costs. `ignore`:
 * the extension's element.
 */
export function coversContent(doc: Document, box: Box, ignore: Element, step = 24): boolean {
  const range = doc.createRange();
  const seen = new Set<Element>();
  const rows = [box.top - 1, box.top + box.height / 2, box.top + box.height + 1];
  for (let x = box.left + 2; x <= box.left + box.width - 2 + step / 2; x += step) {
    const px = Math.min(x, box.left + box.width - 2);
    for (const y of rows) {
      const hit = doc.elementFromPoint(px, y);
      if (!hit || hit === ignore || seen.has(hit)) continue;
      seen.add(hit);
      if (hit.closest(CONTROLS)) return true;
      for (const r of ownTextBoxes(hit, range)) if (overlaps(r, box, 1)) return true;
    }
  }
  return false;
}
