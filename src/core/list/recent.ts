// Postings the user looked at recently, so one seen yesterday can still be saved: the
// newest first, at most 200 and none older than 30 days.
import type { SavedPosting } from './list-types.ts';

export const RECENT_LIMITS = { count: 200, days: 30 } as const;

export interface RecentRef {
  /** Storage key of the posting (one value per posting, so a view is a small write). */
  key: string;
  url: string;
  title: string | null;
  company: string | null;
  at: number;
}

export interface RecentPosting extends SavedPosting {
  company: string | null;
}

/** A short stable key for an address: the same posting seen twice is one entry. */
export function recentKey(url: string): string {
  const u = url.replace(/#.*$/, '').replace(/\/+$/, '');
  let h = 2166136261;
  for (let i = 0; i < u.length; i++) h = Math.imul(h ^ u.charCodeAt(i), 16777619);
  return `recent:p:${(h >>> 0).toString(36)}`;
}

/** The index after viewing `ref` at `now`, and the keys that fell out of it. */
export function withViewed(
  index: RecentRef[],
  ref: RecentRef,
  now: number,
): { index: RecentRef[]; dropped: string[] } {
  const oldest = now - RECENT_LIMITS.days * 86_400_000;
  const rest = index.filter((r) => r.key !== ref.key);
  const kept = [ref, ...rest].filter((r) => r.at >= oldest).slice(0, RECENT_LIMITS.count);
  const keep = new Set(kept.map((r) => r.key));
  return { index: kept, dropped: rest.filter((r) => !keep.has(r.key)).map((r) => r.key) };
}
