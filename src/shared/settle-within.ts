// A message to the background worker that is never answered must not hold its sender
// forever. A worker stopped between taking a message and answering it should make the
// sender's promise reject, and usually does; when it does not, the caller's retry only
// runs if the wait has an end. Every message these callers send is safe to send again.

/** `promise`, or a rejection once `ms` have passed without it settling. */
export function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
