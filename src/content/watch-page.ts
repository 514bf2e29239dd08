// Single-page boards (LinkedIn, Indeed) swap the job in a pane without a reload. One
// observer for the whole page notices when the DOM settles after a change and asks for
// a re-read; the callback itself only restarts a timer, so a busy page costs next to
// nothing. A page that never stops changing (a feed, a ticking clock) is still re-read
// every `maxWaitMs`, so a job switch on it is never missed. The function returned counts
// as a change too: the address moved, the DOM will follow.
export function watchPage(
  onSettled: () => void,
  signal: AbortSignal,
  quietMs = 250,
  maxWaitMs = 1_000,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const fire = () => {
    timer = undefined;
    firstChange = 0;
    onSettled();
  };
  const changed = () => {
    if (signal.aborted) return;
    const now = Date.now();
    if (firstChange === 0) firstChange = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now)));
  };
  const observer = new MutationObserver(changed);
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return changed;
}
