// Paints claim ranges onto the page without adding a node to it. Where the CSS Custom
// Highlight API exists, ranges are registered in `CSS.highlights`; their `::highlight()`
// rules (which only apply from the document's own styles) are public/highlights.css,
// which the browser adds to the page with the content script (the manifest lists it, and
// "analyse anyway" inserts it with the script). Elsewhere, translucent boxes are drawn
// from the ranges' client rects inside the extension's own host element.
import { CURRENT_HIGHLIGHT } from './palette.ts';

export interface PaintedRange {
  range: Range;
  name: string;
  hue: number;
  vague: boolean;
  /** The darker tint, beside a neighbour that looks alike (palette.ts). */
  alt: boolean;
}

export interface Painter {
  readonly kind: 'highlights' | 'boxes';
  paint(ranges: readonly PaintedRange[]): void;
  setCurrent(range: Range | null): void;
  /** Boxes follow scrolling and layout; highlights need nothing. */
  reposition(): void;
  clear(): void;
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function highlightPainter(): Painter {
  // The document's registry, held from the start: the view that painted clears its own
  // highlights even if the global changes under it.
  const registry = CSS.highlights;
  const names = new Set<string>();
  return {
    kind: 'highlights',
    paint(ranges) {
      const groups = new Map<string, Range[]>();
      for (const r of ranges) {
        const list = groups.get(r.name);
        if (list) list.push(r.range);
        else groups.set(r.name, [r.range]);
      }
      for (const [name, list] of groups) {
        registry.set(name, new Highlight(...list));
        names.add(name);
      }
    },
    setCurrent(range) {
      if (!range) {
        registry.delete(CURRENT_HIGHLIGHT);
        return;
      }
      const current = new Highlight(range);
      current.priority = 1;
      registry.set(CURRENT_HIGHLIGHT, current);
    },
    reposition() {},
    clear() {
      for (const name of names) registry.delete(name);
      names.clear();
      registry.delete(CURRENT_HIGHLIGHT);
    },
  };
}

const MAX_BOXES = 600;

function boxPainter(layer: HTMLElement): Painter {
  let painted: readonly PaintedRange[] = [];
  let current: Range | null = null;
  const draw = () => {
    const doc = layer.ownerDocument;
    const boxes: HTMLElement[] = [];
    const height = doc.defaultView?.innerHeight ?? 0;
    for (const p of painted) {
      const isCurrent = p.range === current;
      for (const rect of Array.from(p.range.getClientRects())) {
        if (boxes.length >= MAX_BOXES) break;
        if (rect.bottom < 0 || rect.top > height || rect.width === 0) continue;
        const box = doc.createElement('div');
        box.className = `box${p.vague ? ' vague' : ''}${p.alt ? ' alt' : ''}${isCurrent ? ' current' : ''}`;
        box.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;--hue:${p.hue}`;
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
  };
  return {
    kind: 'boxes',
    paint(ranges) {
      painted = ranges;
      draw();
    },
    setCurrent(range) {
      current = range;
      draw();
    },
    reposition: draw,
    clear() {
      painted = [];
      current = null;
      layer.replaceChildren();
    },
  };
}

/** The best painter this browser allows; `layer` is inside the extension's shadow root. */
export function makePainter(layer: HTMLElement): Painter {
  if (highlightsSupported()) return highlightPainter();
  return boxPainter(layer);
}
