// Whether the user's list has any company: asked from the boot script before a job list
// loads the page layer, so a user with an empty list pays for neither the layer nor a
// frame on every search page. One bit, the same `list-any` the marks ask (see
// marks/list-marks.ts); an empty answer is kept for a few seconds, since a pane's job
// switches settle the page often and the user may save a first company meanwhile.
// Through the namespace both browsers give content scripts, as boot-listener.ts does.
const ASK_AGAIN_MS = 5_000;

interface GateRuntime {
  runtime?: { sendMessage?(message: unknown, reply: (answer: unknown) => void): void; lastError?: unknown };
}

let askedAt = Number.NEGATIVE_INFINITY;
let asking: Promise<boolean> | null = null;

export function listMayHaveCompanies(now = Date.now()): Promise<boolean> {
  if (asking) return asking;
  if (now - askedAt < ASK_AGAIN_MS) return Promise.resolve(false);
  askedAt = now;
  asking = new Promise<boolean>((resolve) => {
    const runtime = (globalThis as { chrome?: GateRuntime }).chrome?.runtime;
    try {
      if (!runtime?.sendMessage) return resolve(false);
      runtime.sendMessage({ type: 'list-any' }, (answer) => {
        void runtime.lastError; // a worker restarting: the next settled change asks again
        resolve((answer as { any?: unknown } | undefined)?.any === true);
      });
    } catch {
      resolve(false);
    }
  }).finally(() => {
    asking = null;
  });
  return asking;
}
