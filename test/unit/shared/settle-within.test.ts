// A wait for the worker's answer that has an end: the answer when it comes in time, a
// rejection when it does not, and no timer left behind either way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settleWithin } from '../../../src/shared/settle-within.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('settleWithin', () => {
  it('passes on an answer that comes in time, and its error', async () => {
    await expect(settleWithin(Promise.resolve({ ok: true }), 1_000)).resolves.toEqual({ ok: true });
    await expect(settleWithin(Promise.reject(new Error('port closed')), 1_000)).rejects.toThrow(
      'port closed',
    );
  });

  it('rejects a message never answered once the time is up, not before', async () => {
    vi.useFakeTimers();
    const never = new Promise<unknown>(() => undefined);
    let settled: string | null = null;
    settleWithin(never, 10_000).then(
      () => {
        settled = 'answered';
      },
      (e: Error) => {
        settled = e.message;
      },
    );
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe('no answer within 10000 ms');
  });

  it('leaves no timer behind once the answer has come', async () => {
    vi.useFakeTimers();
    await settleWithin(Promise.resolve(1), 10_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
