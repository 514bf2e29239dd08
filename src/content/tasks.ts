// Ends the current task and resumes in a new one, so no single task of ours holds the
// page's main thread for long. `scheduler.yield()` resumes ahead of other queued work
// (Chromium); elsewhere a MessageChannel message does it, without the 4 ms clamp that
// nested `setTimeout(0)` calls get. Rejects with the signal's reason once it is aborted:
// work for a job the user has left is dropped at the next step.
interface WithScheduler {
  scheduler?: { yield?: () => Promise<void> };
}

function macrotask(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export async function nextTask(signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  await macrotask();
  signal?.throwIfAborted();
}
