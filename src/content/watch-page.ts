// Single-page boards (LinkedIn, Indeed) swap the job in a pane without a reload. One
// observer for the whole page notices when the DOM settles after a change and asks for
// a re-read; the callback itself only restarts a timer, so a busy page costs next to
// nothing.
export function watchPage(onSettled: () => void, signal: AbortSignal, quietMs = 250): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, quietMs);
  });
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
