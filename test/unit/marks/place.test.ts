// Where a mark goes beside a card's company name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeMark } from '../../../src/marks/place.ts';

describe('placeMark', () => {
  it('goes just after the name, centred on its line', () => {
    expect(placeMark({ x: 200, y: 100, h: 16, right: 500 }, 60)).toEqual({ left: 206, top: 99, height: 18 });
  });

  it("stays inside the card when the name runs to the card's edge", () => {
    const { left } = placeMark({ x: 480, y: 100, h: 16, right: 500 }, 60);
    expect(left).toBe(434);
  });

  it('never leaves the card or starts left of the viewport', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 10, max: 40 }),
        fc.integer({ min: 20, max: 120 }),
        (x, room, h, width) => {
          const right = x + room;
          const { left, height } = placeMark({ x, y: 0, h, right }, width);
          expect(left).toBeGreaterThanOrEqual(0);
          if (right - 6 - width >= 0) expect(left + width).toBeLessThanOrEqual(right - 6 + 1e-9);
          expect(height).toBeGreaterThanOrEqual(14);
        },
      ),
    );
  });
});
