// Recently viewed postings, kept so one seen yesterday can still be saved (see
// src/core/list/recent.ts). Written by the worker when a posting is reported, through
// the list's queue; the user can turn it off or clear it from the list page.
import { type RecentPosting, type RecentRef, recentKey, withViewed } from '../core/list/recent.ts';
import type { Comparison } from '../core/theory/fit-types.ts';
import type { Analysis } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import {
  LIST_VERSION,
  RECENT_INDEX_KEY,
  RECENT_SETTING_KEY,
  RecentIndexSchema,
  RecentPostingSchema,
} from '../shared/list-schema.ts';
import { change } from './list-queue.ts';

export async function recentEnabled(): Promise<boolean> {
  const got = (await browser.storage.local.get(RECENT_SETTING_KEY))[RECENT_SETTING_KEY];
  return got !== false;
}

async function readIndex(): Promise<RecentRef[]> {
  const parsed = RecentIndexSchema.safeParse(
    (await browser.storage.local.get(RECENT_INDEX_KEY))[RECENT_INDEX_KEY],
  );
  return parsed.success ? parsed.data.items : [];
}

export function rememberViewed(
  url: string,
  analysis: Analysis,
  comparison: Comparison | null,
): Promise<void> {
  return change(async () => {
    if (!analysis.isJobPosting || !(await recentEnabled())) return;
    const now = Date.now();
    const key = recentKey(url);
    const posting: RecentPosting = {
      url,
      title: analysis.title,
      board: analysis.board,
      savedAt: now,
      analysis,
      comparison,
      company: analysis.company,
    };
    const { index, dropped } = withViewed(
      await readIndex(),
      { key, url, title: analysis.title, company: analysis.company, at: now },
      now,
    );
    await browser.storage.local.set({
      [key]: { v: LIST_VERSION, posting },
      [RECENT_INDEX_KEY]: { v: LIST_VERSION, items: index },
    });
    if (dropped.length) await browser.storage.local.remove(dropped);
  });
}

export const listRecent = () => readIndex();

export async function readRecent(key: string): Promise<RecentPosting | null> {
  const parsed = RecentPostingSchema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data.posting : null;
}

/** Removes the index and every posting it names; runs inside the queue. */
async function forgetAll(): Promise<void> {
  const keys = (await readIndex()).map((r) => r.key);
  await browser.storage.local.remove([RECENT_INDEX_KEY, ...keys]);
}

export function clearRecent(): Promise<{ ok: true }> {
  return change(async () => {
    await forgetAll();
    return { ok: true as const };
  });
}

export function setRecentEnabled(on: boolean): Promise<{ ok: true }> {
  return change(async () => {
    await browser.storage.local.set({ [RECENT_SETTING_KEY]: on });
    if (!on) await forgetAll();
    return { ok: true as const };
  });
}
