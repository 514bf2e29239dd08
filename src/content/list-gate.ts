// Whether the user's list has any company: asked from the boot script before a job list
// loads the page layer, so a user with an empty list pays for neither the layer nor a
// frame on every search page, and by the list marks before they make their frame (the
// boot script hands them these functions: the layer is a bundle of its own, and one
// answer serves both). One bit, `list-any`; an answer is kept for a few seconds, since a
// pane's job switches settle the page often and the user may save a first company
// meanwhile.
// Through the namespace both browsers give content scripts, as boot-listener.ts does.
const ASK_AGAIN_MS = 5_000;

interface GateRuntime {
  runtime?: { sendMessage?(message: unknown, reply: (answer: unknown) => void): void; lastError?: unknown };
}

let askedAt = Number.NEGATIVE_INFINITY;
let answer = false;
let asking: Promise<boolean> | null = null;

/** The list was found empty a moment ago, and nobody is asking again yet. */
export const listKnownEmpty = (now = Date.now()): boolean =>
  !asking && !answer && now - askedAt < ASK_AGAIN_MS;

export function listMayHaveCompanies(now = Date.now()): Promise<boolean> {
  if (asking) return asking;
  if (now - askedAt < ASK_AGAIN_MS) return Promise.resolve(answer);
  askedAt = now;
  asking = new Promise<boolean>((resolve) => {
    const runtime = (globalThis as { chrome?: GateRuntime }).chrome?.runtime;
    try {
      if (!runtime?.sendMessage) return resolve(false);
      runtime.sendMessage({ type: 'list-any' }, (reply) => {
        void runtime.lastError; // a worker restarting: the next settled change asks again
        resolve((reply as { any?: unknown } | undefined)?.any === true);
      });
    } catch {
      resolve(false);
    }
  }).then((any) => {
    answer = any;
    asking = null;
    return any;
  });
  return asking;
}
