// The list's one writer, against an in-memory storage: many changes at once lose
// nothing, an entry that does not read is reported and never overwritten, and a bad
// import writes nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoEntry } from '../list/fixtures.ts';

const store = vi.hoisted(() => ({ local: new Map<string, unknown>(), session: new Map<string, unknown>() }));
const area = (m: Map<string, unknown>) => ({
  get: async (keys: string | string[] | null) => {
    const wanted = keys === null ? [...m.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((k) => m.has(k)).map((k) => [k, structuredClone(m.get(k))]));
  },
  set: async (items: Record<string, unknown>) => {
    // Yield first, as the real API does, so interleavings can show.
    await new Promise((r) => setTimeout(r, 0));
    for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
  },
  remove: async (keys: string | string[]) => {
    for (const k of Array.isArray(keys) ? keys : [keys]) m.delete(k);
  },
});
vi.mock('../../../src/shared/browser.ts', () => ({
  browser: { storage: { local: area(store.local), session: area(store.session) } },
}));

const { importList, readList, saveTab, updateEntry } = await import('../../../src/background/list-store.ts');
const { toJsonFile } = await import('../../../src/core/list/export.ts');

beforeEach(() => {
  store.local.clear();
  store.session.clear();
});

describe('the list store', () => {
  it('keeps every one of 200 changes made at once', async () => {
    const entry = demoEntry();
    store.local.set(`list:c:${entry.id}`, { v: 1, entry });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        updateEntry(entry.id, { answers: { [`q${i % 50}-${i}`]: 'yes' } }),
      ),
    );
    const { entries } = await readList();
    // An entry keeps its last 60 answers; all 60 of the last ones are there, none lost to a race.
    expect(Object.keys(entries[0]!.answers)).toHaveLength(60);
    expect(Object.keys(entries[0]!.answers)).toContain('q49-199');
  });

  it('reports an entry it cannot read and never overwrites it', async () => {
    const odd = { v: 9, entry: { name: 'Harborline Community Health Plan', from: 'a newer version' } };
    store.local.set('list:c:harborline-community-health-plan', odd);
    const entry = demoEntry();
    const posting = entry.postings[0]!;
    store.session.set('tab:5', { v: 1, url: posting.url, analysis: posting.analysis, updatedAt: 1 });
    expect(await readList()).toEqual({ entries: [], unreadable: ['harborline-community-health-plan'] });
    const saved = await saveTab(5);
    expect(saved.ok).toBe(false);
    expect(store.local.get('list:c:harborline-community-health-plan')).toEqual(odd);
  });

  it('writes nothing for a bad import, and merges a good one', async () => {
    const entry = demoEntry();
    store.local.set(`list:c:${entry.id}`, { v: 1, entry: { ...entry, notes: 'Mine.' } });
    const before = structuredClone([...store.local.entries()]);
    expect((await importList('{"format":"mission-lens-list","v":1,"entries":[{}]}')).ok).toBe(false);
    expect([...store.local.entries()]).toEqual(before);
    const good = await importList(toJsonFile([{ ...entry, notes: 'Theirs.' }], 1));
    expect(good).toEqual({ ok: true, added: 0, merged: 1 });
    const { entries } = await readList();
    expect(entries[0]!.notes).toContain('Mine.');
    expect(entries[0]!.notes).toContain('Theirs.');
  });
});
