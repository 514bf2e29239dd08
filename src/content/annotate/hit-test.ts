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

/** Whether the element has a text child that is not blank (looked at up to 64 children). */
function ownText(el: Element): boolean {
  let n = el.firstChild;
  for (let i = 0; n && i < 64; i++, n = n.nextSibling)
    if (n.nodeType === 3 && n.textContent?.trim()) return true;
  return Boolean(n); // more children than were looked at: ask the caret
}

/**
 * Whether the page shows text or a control anywhere under the box, by hit tests on a
 * grid (every `step` pixels along three lines: just outside its top and bottom edges and between). The caret
 * snaps to the nearest text even over blank space, so a hit counts only when the
 * character's own box holds the point. `ignore`: the extension's element.
 */
export function coversContent(doc: Document, box: Box, ignore: Element, step = 12): boolean {
  const range = doc.createRange();
  // Just outside the edges as well as between: a line of text that starts a fraction of
  // a pixel inside the box is found by the probe a pixel beyond it.
  const rows = [box.top - 1, box.top + box.height / 2, box.top + box.height + 1];
  for (let x = box.left + 2; x <= box.left + box.width - 2; x += step) {
    for (const y of rows) {
      const hit = doc.elementFromPoint(x, y);
      if (!hit || hit === ignore) continue;
      if (hit.closest(CONTROLS)) return true;
      // Text under the point belongs to the element hit: one with no text of its own (a
      // container's margin or padding) needs no caret query.
      if (!ownText(hit)) continue;
      const at = caretAt(doc, x, y);
      if (at?.node.nodeType !== 3) continue;
      const text = at.node;
      const length = text.textContent?.length ?? 0;
      range.setStart(text, Math.max(0, Math.min(at.offset - 1, length)));
      range.setEnd(text, Math.min(length, at.offset + 1));
      for (const r of range.getClientRects()) if (within(r, x, y, 0)) return true;
    }
  }
  return false;
}
