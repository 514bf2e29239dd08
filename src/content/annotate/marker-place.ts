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

/**
 * After the last line, above the first (at its start, then its end), below the last: the
 * places tried for a marker of one size. The overlay tries the full size first and measures
 * the compact one only when no full-size place is free.
 */
export function titleCandidates(lines: TitleLines, size: Size, compact: boolean, view: Size): Placement[] {
  const { width, height } = size;
  const { first, last } = lines;
  const spots = [
    { left: last.left + last.width + GAP, top: last.top + (last.height - height) / 2 },
    { left: first.left, top: first.top - height - 6 },
    { left: first.left + first.width - width, top: first.top - height - 6 },
    { left: first.left, top: last.top + last.height + 6 },
  ];
  return spots.map((spot) => ({
    left: clamp(spot.left, EDGE, view.width - width - EDGE),
    top: clamp(spot.top, EDGE, view.height - height - EDGE),
    compact,
  }));
}

/** The first candidate under which `covers` finds nothing, else null. */
export function firstFree(
  candidates: readonly Placement[],
  size: Size,
  covers: (box: Box) => boolean,
): Placement | null {
  return candidates.find((c) => !covers({ left: c.left, top: c.top, ...size })) ?? null;
}
