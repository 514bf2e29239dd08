// The one queue every change to the saved list and the recently viewed postings runs
// through, one at a time, in this worker: concurrent requests never interleave their
// read-modify-write.
let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every change asked for before it. */
export function change<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}
