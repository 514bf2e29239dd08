// The frame's way to the background: the state of the tab it is shown in (the worker
// tells which tab from the message's sender), validated like every reply.
import { browser } from '../shared/browser.ts';
import { TabStateReply } from '../shared/messages.ts';

export async function frameState(): Promise<TabStateReply | null> {
  const reply = TabStateReply.safeParse(await browser.runtime.sendMessage({ type: 'get-frame-state' }));
  return reply.success ? reply.data : null;
}

/** Calls `onChange` when a tab's result or the theory changes. */
export function watchState(onChange: () => void): void {
  browser.storage.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((k) => k.startsWith('tab:') || k === 'theory')) onChange();
  });
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/** The popup's full analysis of this tab, in a tab of its own (the worker knows which tab). */
export function openAnalysis(): void {
  void browser.runtime.sendMessage({ type: 'open-analysis' });
}
