// Messages to the content script: "analyse anyway" reads the page; nothing else is taken,
// and above all nothing that carries the comparison with the user's theory.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { handleMessage } = await import('../../../src/content/incoming.ts');
const { providePageLayer } = await import('../../../src/content/page-layer-key.ts');
const { AnalyzePage } = await import('../../../src/shared/content-messages.ts');
// The page layer as the content script finds it once loaded; only its schema is used here.
providePageLayer({ AnalyzePage, Lens: class {}, ListMarks: class {} } as unknown as Parameters<
  typeof providePageLayer
>[0]);

import type { LensHandle } from '../../../src/content/incoming.ts';

function fakeLens() {
  const lens: LensHandle & { refreshed: boolean[] } = {
    generic: false,
    refreshed: [],
    refresh(force) {
      lens.refreshed.push(force);
      return Promise.resolve();
    },
  };
  return lens;
}

describe('messages to the content script', () => {
  it('reads the page with the generic reader when asked', async () => {
    const lens = fakeLens();
    const reply = handleMessage(
      { type: 'analyze-page', generic: true },
      { get: () => Promise.resolve(lens) },
    );
    await expect(reply).resolves.toEqual({ ok: true });
    expect(lens.generic).toBe(true);
    expect(lens.refreshed).toEqual([true]);
  });

  it('drops a malformed analyse-page without creating a lens', async () => {
    const get = vi.fn(() => Promise.resolve(fakeLens()));
    await expect(handleMessage({ type: 'analyze-page', generic: 'yes' }, { get })).resolves.toBeUndefined();
    expect(get).not.toHaveBeenCalled();
  });

  it('ignores anything else, the old comparison-changed included', () => {
    const get = vi.fn(() => Promise.resolve(fakeLens()));
    const comparison = { overall: 'tension', summary: 'x', items: [] };
    expect(handleMessage({ type: 'comparison-changed', comparison }, { get })).toBeUndefined();
    expect(handleMessage({ type: 'page-report' }, { get })).toBeUndefined();
    expect(handleMessage('analyze-page', { get })).toBeUndefined();
    expect(handleMessage(null, { get })).toBeUndefined();
    expect(get).not.toHaveBeenCalled();
  });
});

describe('what the card frame may say', () => {
  it('takes its few words and nothing else', async () => {
    const { FromFrame } = await import('../../../src/shared/frame-protocol.ts');
    expect(FromFrame.safeParse({ type: 'frame', say: 'next' }).success).toBe(true);
    expect(FromFrame.safeParse({ type: 'frame', say: 'drawn' }).success).toBe(true);
    expect(FromFrame.safeParse({ type: 'frames', say: 'next' }).success).toBe(false);
    expect(FromFrame.safeParse({ type: 'frame', say: 'open' }).success).toBe(false);
    expect(FromFrame.safeParse({ say: 'next' }).success).toBe(false);
    expect(FromFrame.safeParse('frame').success).toBe(false);
  });
});
