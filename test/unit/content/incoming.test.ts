// Messages to the content script: "analyse anyway" reads the page, and a changed theory
// reaches the job on screen without reading the page again.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { handleMessage } = await import('../../../src/content/incoming.ts');

import type { LensHandle } from '../../../src/content/incoming.ts';
import type { Comparison } from '../../../src/core/theory/fit-types.ts';

const comparison: Comparison = {
  overall: 'tension',
  summary: 'One theme is in tension with your theory.',
  items: [{ kind: 'theme', key: 'equity', verdict: 'tension', reason: 'A red line.', redLine: true }],
};

function fakeLens() {
  const lens: LensHandle & { refreshed: boolean[]; comparisons: (Comparison | null)[] } = {
    generic: false,
    refreshed: [],
    comparisons: [],
    refresh(force) {
      lens.refreshed.push(force);
      return Promise.resolve();
    },
    comparisonChanged(value) {
      lens.comparisons.push(value);
    },
  };
  return lens;
}

describe('comparison-changed', () => {
  it('hands the new comparison to the lens, without reading the page again', async () => {
    const lens = fakeLens();
    const reply = handleMessage(
      { type: 'comparison-changed', comparison },
      { get: () => Promise.resolve(lens), existing: () => Promise.resolve(lens) },
    );
    await expect(reply).resolves.toEqual({ ok: true });
    expect(lens.comparisons).toEqual([comparison]);
    expect(lens.refreshed).toEqual([]);
  });

  it('clears the comparison when the theory is gone, and reads a malformed one as none', async () => {
    const lens = fakeLens();
    const lenses = { get: () => Promise.resolve(lens), existing: () => Promise.resolve(lens) };
    await handleMessage({ type: 'comparison-changed', comparison: null }, lenses);
    await handleMessage({ type: 'comparison-changed', comparison: { overall: 'great' } }, lenses);
    expect(lens.comparisons).toEqual([null, null]);
  });

  it('creates no lens on a page that never showed a posting', () => {
    const get = vi.fn(() => Promise.resolve(fakeLens()));
    expect(handleMessage({ type: 'comparison-changed', comparison }, { get, existing: () => null })).toBe(
      undefined,
    );
    expect(get).not.toHaveBeenCalled();
  });
});

describe('analyze-page and other messages', () => {
  it('reads the page with the generic reader when asked', async () => {
    const lens = fakeLens();
    const reply = handleMessage(
      { type: 'analyze-page', generic: true },
      { get: () => Promise.resolve(lens), existing: () => null },
    );
    await expect(reply).resolves.toEqual({ ok: true });
    expect(lens.generic).toBe(true);
    expect(lens.refreshed).toEqual([true]);
  });

  it('ignores anything else', () => {
    const lenses = { get: () => Promise.resolve(fakeLens()), existing: () => null };
    expect(handleMessage({ type: 'page-report' }, lenses)).toBeUndefined();
    expect(handleMessage('comparison-changed', lenses)).toBeUndefined();
    expect(handleMessage(null, lenses)).toBeUndefined();
  });
});
