// The extension pages' way to the saved list, through the worker (its one writer).
// A request lost to a worker that was stopped mid-way (an error, or no answer at all) is
// sent again: every change is safe to repeat (saving a posting again updates it, a patch
// sets the same values, a merge or a move already done is found done).
import type { EntryPatch } from '../core/list/list-types.ts';
import { browser } from '../shared/browser.ts';
import {
  EntryForReply,
  ImportReplySchema,
  ListReply,
  MoveReply,
  OkReply,
  RecentReply,
  SaveReply,
} from '../shared/messages.ts';
import { settleWithin } from '../shared/settle-within.ts';

const TRIES = 4;
/** Longer than any change takes the worker, an import of a long list included. */
const ANSWER_MS = 15_000;

async function ask<T>(
  message: unknown,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    try {
      const parsed = schema.safeParse(await settleWithin(browser.runtime.sendMessage(message), ANSWER_MS));
      if (parsed.success) return parsed.data as T;
      last = new Error('The background worker sent an unexpected reply.');
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 150 * (attempt + 1)));
  }
  throw last instanceof Error ? last : new Error(String(last));
}

export const listAll = () => ask({ type: 'list-get' }, ListReply);
export const saveTab = (tabId: number) => ask({ type: 'list-save-tab', tabId }, SaveReply);
/** From the card's frame: the worker knows the tab from the frame's sender. */
export const saveHere = () => ask({ type: 'list-save-here' }, SaveReply);
export const updateEntry = (id: string, patch: EntryPatch) =>
  ask({ type: 'list-update', id, patch }, SaveReply);
export const removeEntry = (id: string) => ask({ type: 'list-remove', id }, OkReply);
export const importList = (text: string) => ask({ type: 'list-import', text }, ImportReplySchema);
export const recentViewed = () => ask({ type: 'recent-get' }, RecentReply);
export const saveRecent = (key: string) => ask({ type: 'recent-save', key }, SaveReply);
export const clearRecent = () => ask({ type: 'recent-clear' }, OkReply);
export const setRecent = (on: boolean) => ask({ type: 'recent-set', on }, OkReply);
export const entryFor = (name: string, url?: string) =>
  ask({ type: 'list-entry-for', name, url }, EntryForReply);
export const mergeCompanies = (keep: string, others: string[]) =>
  ask({ type: 'list-merge', keep, others }, SaveReply);
export const movePostings = (id: string, urls: string[], to: string) =>
  ask({ type: 'list-move', id, urls, to }, MoveReply);

/**
 * Calls `onChange` once the saved list has changed (in any tab or window) and then been
 * quiet for a moment: a burst of saves costs one reload, not one per save.
 */
export function watchList(onChange: () => void, quietMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (
      area !== 'local' ||
      !Object.keys(changes).some((k) => k.startsWith('list:') || k.startsWith('recent:'))
    )
      return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}

export function openList(company?: string): void {
  const page = browser.runtime.getURL(
    `src/list/index.html${company ? `#${encodeURIComponent(company)}` : ''}`,
  );
  void browser.tabs.create({ url: page });
}
