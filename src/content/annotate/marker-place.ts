// Where the marker goes, so that it covers nothing of the page: the places tried beside
// the posting's title, in order, each at full size and then compact; the first where
// no page text or control lies under it wins. Pure: the hit testing is passed in.
import type { Box } from './hit-test.ts';

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  compact: boolean;
}

/** The title's first and last line boxes (one box when it fits on a line). */
export interface TitleLines {
  first: Box;
  last: Box;
}

const GAP = 10;
const EDGE = 8;

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/** After the last line, above the first (at its start, then its end), below the last; full size first. */
export function titleCandidates(
  lines: TitleLines,
  sizes: { full: Size; compact: Size },
  view: Size,
): Placement[] {
  const out: Placement[] = [];
  for (const compact of [false, true]) {
    const { width, height } = compact ? sizes.compact : sizes.full;
    const { first, last } = lines;
    const spots = [
      { left: last.left + last.width + GAP, top: last.top + (last.height - height) / 2 },
      { left: first.left, top: first.top - height - 6 },
      { left: first.left + first.width - width, top: first.top - height - 6 },
      { left: first.left, top: last.top + last.height + 6 },
    ];
    for (const spot of spots) {
      out.push({
        left: clamp(spot.left, EDGE, view.width - width - EDGE),
        top: clamp(spot.top, EDGE, view.height - height - EDGE),
        compact,
      });
    }
  }
  return out;
}

/** The first candidate under which `covers` finds nothing, else null. */
export function firstFree(
  candidates: readonly Placement[],
  sizes: { full: Size; compact: Size },
  covers: (box: Box) => boolean,
): Placement | null {
  for (const c of candidates) {
    const size = c.compact ? sizes.compact : sizes.full;
    if (!covers({ left: c.left, top: c.top, width: size.width, height: size.height })) return c;
  }
  return null;
}
