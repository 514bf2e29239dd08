// The places tried for the marker beside a title, and the choice among them.
import { describe, expect, it } from 'vitest';
import { firstFree, titleCandidates } from '../../../src/content/annotate/marker-place.ts';

const full = { width: 200, height: 26 };
const compact = { width: 40, height: 26 };
const view = { width: 1280, height: 900 };
const oneLine = {
  first: { left: 200, top: 100, width: 400, height: 30 },
  last: { left: 200, top: 100, width: 400, height: 30 },
};

describe('marker placement', () => {
  it('tries after the title, above it, then below', () => {
    expect(titleCandidates(oneLine, full, false, view)).toEqual([
      { left: 610, top: 102, compact: false },
      { left: 200, top: 68, compact: false },
      { left: 400, top: 68, compact: false },
      { left: 200, top: 136, compact: false },
    ]);
    expect(titleCandidates(oneLine, compact, true, view)).toEqual([
      { left: 610, top: 102, compact: true },
      { left: 200, top: 68, compact: true },
      { left: 560, top: 68, compact: true },
      { left: 200, top: 136, compact: true },
    ]);
  });

  it('keeps every place inside the window', () => {
    const narrow = { width: 400, height: 700 };
    const lines = {
      first: { left: 8, top: 2, width: 380, height: 30 },
      last: { left: 8, top: 32, width: 370, height: 30 },
    };
    const places = [
      ...titleCandidates(lines, full, false, narrow),
      ...titleCandidates(lines, compact, true, narrow),
    ];
    for (const p of places) {
      const w = p.compact ? 40 : 200;
      expect(p.left).toBeGreaterThanOrEqual(8);
      expect(p.left + w).toBeLessThanOrEqual(392);
      expect(p.top).toBeGreaterThanOrEqual(8);
    }
  });

  it('takes the first place that covers nothing, or none', () => {
    const c = titleCandidates(oneLine, full, false, view);
    expect(firstFree(c, full, (box) => box.left > 500)).toEqual(c[1]);
    expect(firstFree(c, full, (box) => box.width === 200 && box.top > 100)).toEqual(c[1]);
    expect(firstFree(c, full, () => true)).toBeNull();
  });
});
