// The shared observer: one re-read after the page settles, and at most every second on
// a page that never stops changing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../src/content/watch-page.ts';

describe('watchPage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const mutate = async () => {
    document.body.append(document.createElement('p'));
    await Promise.resolve(); // mutation records are delivered as a microtask
  };

  it('calls back once after a burst of changes settles', async () => {
    const calls = vi.fn();
    const life = new AbortController();
    watchPage(calls, life.signal, 250, 1_000);
    for (let i = 0; i < 5; i++) {
      await mutate();
      vi.advanceTimersByTime(50);
    }
    expect(calls).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(calls).toHaveBeenCalledTimes(1);
    life.abort();
  });

  it('still calls back on a page that never settles, and never after abort', async () => {
    const calls = vi.fn();
    const life = new AbortController();
    watchPage(calls, life.signal, 250, 1_000);
    for (let i = 0; i < 25; i++) {
      await mutate();
      vi.advanceTimersByTime(100);
    }
    expect(calls.mock.calls.length).toBeGreaterThanOrEqual(2);
    life.abort();
    const before = calls.mock.calls.length;
    await mutate();
    vi.advanceTimersByTime(2_000);
    expect(calls).toHaveBeenCalledTimes(before);
  });
});
