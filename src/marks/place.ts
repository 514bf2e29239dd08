// Where a mark goes: just after the company's name on its line, inside the card; where
// the card leaves no room there, against the card's right edge on the same line. Pure,
// so the rule is tested without a browser.
export interface Spot {
  x: number;
  y: number;
  h: number;
  right: number;
}

const GAP = 6;
const HEIGHT = 18;

export function placeMark(spot: Spot, width: number): { left: number; top: number; height: number } {
  const height = Math.max(14, Math.min(HEIGHT, spot.h + 2));
  const top = spot.y + (spot.h - height) / 2;
  const after = spot.x + GAP;
  const left = after + width <= spot.right - GAP ? after : Math.max(0, spot.right - GAP - width);
  return { left, top, height };
}
