// The boot script's one question before a job list loads the page layer: does the list
// have a company? An empty answer holds for five seconds; a failure counts as empty.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listMayHaveCompanies } from '../../../src/content/list-gate.ts';

type Reply = (answer: unknown) => void;
const asked: unknown[] = [];
function answering(answer: unknown) {
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      sendMessage: vi.fn((message: unknown, reply: Reply) => {
        asked.push(message);
        setTimeout(() => reply(answer), 0);
      }),
    },
  };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  asked.length = 0;
});

describe('the list gate', () => {
  it('asks list-any once for callers at the same time, and keeps an empty answer for five seconds', async () => {
    answering({ any: false });
    const t = 1_000_000;
    const both = await Promise.all([listMayHaveCompanies(t), listMayHaveCompanies(t)]);
    expect(both).toEqual([false, false]);
    expect(asked).toEqual([{ type: 'list-any' }]);
    expect(await listMayHaveCompanies(t + 4_999)).toBe(false);
    expect(asked).toHaveLength(1);
    answering({ any: true });
    expect(await listMayHaveCompanies(t + 5_000)).toBe(true);
    expect(asked).toHaveLength(2); // asked again once the five seconds were up
  });

  it('takes anything but { any: true } as empty, and a missing API as empty', async () => {
    answering({ any: 'yes' });
    expect(await listMayHaveCompanies(2_000_000)).toBe(false);
    answering(undefined);
    expect(await listMayHaveCompanies(2_010_000)).toBe(false);
    expect(await listMayHaveCompanies(2_020_000)).toBe(false);
    delete (globalThis as { chrome?: unknown }).chrome;
    expect(await listMayHaveCompanies(2_030_000)).toBe(false);
  });
});
