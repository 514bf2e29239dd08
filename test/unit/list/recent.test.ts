// Recently viewed postings: one entry per address, newest first, 200 at most, 30 days.
import { describe, expect, it } from 'vitest';
import { type RecentRef, recentKey, withViewed } from '../../../src/core/list/recent.ts';

const ref = (url: string, at: number): RecentRef => ({
  key: recentKey(url),
  url,
  title: url,
  company: 'X',
  at,
});
const DAY = 86_400_000;

describe('recently viewed', () => {
  it('keeps one entry per posting, the newest first', () => {
    let index: RecentRef[] = [];
    for (const [url, at] of [
      ['https://a/1', 1],
      ['https://a/2', 2],
      ['https://a/1/', 3],
    ] as const)
      index = withViewed(index, ref(url, at), at).index;
    expect(index.map((r) => r.at)).toEqual([3, 2]);
  });

  it('drops what is past 200 or older than 30 days, and says which keys to remove', () => {
    let index: RecentRef[] = [];
    for (let i = 0; i < 205; i++) index = withViewed(index, ref(`https://a/${i}`, i), i).index;
    expect(index).toHaveLength(200);
    const later = withViewed(index, ref('https://b/1', 40 * DAY), 40 * DAY);
    expect(later.index.map((r) => r.url)).toEqual(['https://b/1']);
    expect(later.dropped).toHaveLength(200);
  });
});
