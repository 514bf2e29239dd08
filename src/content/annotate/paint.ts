// Paints claim ranges onto the page without adding a node to it. Where the CSS Custom
// Highlight API exists, ranges are registered in `CSS.highlights` and styled by one
// constructed stylesheet adopted by the document (`::highlight()` rules only apply from
// the document's own styles). Elsewhere, translucent boxes are drawn from the ranges'
// client rects inside the extension's own host element.
import { CURRENT_HIGHLIGHT, highlightCss } from './palette.ts';

export interface PaintedRange {
  range: Range;
  name: string;
  hue: number;
  vague: boolean;
}

export interface Painter {
  readonly kind: 'highlights' | 'boxes';
  paint(ranges: readonly PaintedRange[]): void;
  setCurrent(range: Range | null): void;
  /** Boxes follow scrolling and layout; highlights need nothing. */
  reposition(): void;
  clear(): void;
}

let sheet: CSSStyleSheet | null = null;

/** Adopts the highlight stylesheet into the document (again, if the page replaced the list). */
function adoptSheet(doc: Document): boolean {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss());
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    // Firefox before constructable-sheet support in content scripts: draw boxes instead.
    return false;
  }
}

/** Takes the stylesheet back out when the page no longer shows a posting. */
export function releaseSheet(doc: Document): void {
  if (!sheet) return;
  try {
    if (doc.adoptedStyleSheets.includes(sheet))
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // nothing was adopted
  }
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function highlightPainter(): Painter {
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
        CSS.highlights.set(name, new Highlight(...list));
        names.add(name);
      }
    },
    setCurrent(range) {
      if (!range) {
        CSS.highlights.delete(CURRENT_HIGHLIGHT);
        return;
      }
      const current = new Highlight(range);
      current.priority = 1;
      CSS.highlights.set(CURRENT_HIGHLIGHT, current);
    },
    reposition() {},
    clear() {
      for (const name of names) CSS.highlights.delete(name);
      names.clear();
      CSS.highlights.delete(CURRENT_HIGHLIGHT);
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
        box.className = `box${p.vague ? ' vague' : ''}${isCurrent ? ' current' : ''}`;
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
export function makePainter(doc: Document, layer: HTMLElement, forceBoxes = false): Painter {
  if (!forceBoxes && highlightsSupported() && adoptSheet(doc)) return highlightPainter();
  return boxPainter(layer);
}
