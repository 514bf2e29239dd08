// The saved list's pages ask the worker again when it never answers (a worker stopped
// before it could), as they do when the message fails outright.
import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../../../src/shared/browser.ts', () => ({ browser: { runtime: { sendMessage } } }));
const { removeEntry } = await import('../../../src/ui/list-api.ts');

afterEach(() => {
  vi.useRealTimers();
  sendMessage.mockReset();
});

describe('list api', () => {
  it('sends a request again that was never answered, and takes the answer to the second', async () => {
    vi.useFakeTimers();
    sendMessage.mockReturnValueOnce(new Promise(() => undefined)).mockResolvedValueOnce({ ok: true });
    const done = removeEntry('c1');
    await vi.advanceTimersByTimeAsync(15_000 + 150);
    await expect(done).resolves.toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'list-remove', id: 'c1' });
  });

  it('gives up with the error once every try went unanswered or failed', async () => {
    vi.useFakeTimers();
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    const done = removeEntry('c1');
    const outcome = done.catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await outcome).toBe('Receiving end does not exist.');
    expect(sendMessage).toHaveBeenCalledTimes(4);
  });
});
