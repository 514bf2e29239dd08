// nextTask resumes in a later task, and refuses to resume work nobody wants any more.
import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../src/content/tasks.ts';

describe('nextTask', () => {
  it('resumes after the current task, not in a microtask', async () => {
    const order: string[] = [];
    const resumed = nextTask().then(() => order.push('next task'));
    await Promise.resolve();
    order.push('microtask');
    await resumed;
    expect(order).toEqual(['microtask', 'next task']);
  });

  it('rejects at once when the work was already dropped', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('moved on', 'AbortError'));
    await expect(nextTask(controller.signal)).rejects.toThrow('moved on');
  });

  it('rejects when the work is dropped while waiting', async () => {
    const controller = new AbortController();
    const waiting = nextTask(controller.signal);
    controller.abort(new DOMException('moved on', 'AbortError'));
    await expect(waiting).rejects.toThrow('moved on');
  });
});
