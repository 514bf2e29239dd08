// Paints claim ranges onto the page without adding a node to it: ranges are registered
// in `CSS.highlights`; their `::highlight()` rules (which only apply from the document's
// own styles) are public/highlights.css, which the browser adds to the page with the
// content script (the manifest lists it, and "analyse anyway" inserts it with the script).
import { CURRENT_HIGHLIGHT, HIGHLIGHT_PREFIX } from './palette.ts';

export interface PaintedRange {
  range: Range;
  /** The highlight's name, which picks its colour (palette.ts). */
  name: string;
}

export interface Painter {
  paint(ranges: readonly PaintedRange[]): void;
  setCurrent(range: Range | null): void;
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
  // Highlights left by the version before an update (the registry is the document's).
  // Firefox's content script sees the registry through an Xray wrapper, whose iteration
  // can throw: then the names are simply overwritten as they are painted.
  try {
    for (const name of Array.from(registry.keys()))
      if (name.startsWith(`${HIGHLIGHT_PREFIX}-`)) registry.delete(name);
  } catch {
    // nothing to clear that can be seen
  }
  return {
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
    clear() {
      for (const name of names) registry.delete(name);
      names.clear();
      registry.delete(CURRENT_HIGHLIGHT);
    },
  };
}

/**
 * The painter, or null where the browser has no CSS Custom Highlight API. Every browser
 * the manifest allows has it (Chrome 105+, Firefox 140+), so that is a page whose
 * `CSS.highlights` is broken, and it gets no highlights rather than a second drawing path.
 */
export function makePainter(): Painter | null {
  return highlightsSupported() ? highlightPainter() : null;
}
