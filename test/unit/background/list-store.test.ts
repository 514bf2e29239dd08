// The list's one writer, against an in-memory storage: many changes at once lose
// nothing, an entry that does not read is reported and never overwritten, a bad
// import writes nothing, and companies merged or postings moved by hand stay where the
// user put them, even when the worker is stopped between the two writes of either.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withPatch, withPosting } from '../../../src/core/list/entry-edits.ts';
import type { Entry } from '../../../src/core/list/list-types.ts';
import { demoEntry, demoPosting } from '../list/fixtures.ts';

const store = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  session: new Map<string, unknown>(),
  /** The worker stopped at a write: the `skip`+1-th call of `op` fails, writing nothing. */
  stop: null as { op: 'set' | 'remove'; skip: number } | null,
}));
const stopsAt = (op: 'set' | 'remove') => {
  if (store.stop?.op !== op || store.stop.skip-- > 0) return;
  store.stop = null;
  throw new Error('The worker was stopped.');
};
const area = (m: Map<string, unknown>) => ({
  get: async (keys: string | string[] | null) => {
    const wanted = keys === null ? [...m.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((k) => m.has(k)).map((k) => [k, structuredClone(m.get(k))]));
  },
  set: async (items: Record<string, unknown>) => {
    // Yield first, as the real API does, so interleavings can show.
    await new Promise((r) => setTimeout(r, 0));
    stopsAt('set');
    for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
  },
  remove: async (keys: string | string[]) => {
    stopsAt('remove');
    for (const k of Array.isArray(keys) ? keys : [keys]) m.delete(k);
  },
});
vi.mock('../../../src/shared/browser.ts', () => ({
  browser: { storage: { local: area(store.local), session: area(store.session) } },
}));

const { entryFor, importList, listStatuses, mergeCompanies, movePostings, readList, saveTab, updateEntry } =
  await import('../../../src/background/list-store.ts');
const { toJsonFile } = await import('../../../src/core/list/export.ts');

beforeEach(() => {
  store.local.clear();
  store.session.clear();
  store.stop = null;
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

/** Puts entries on the list as stored values. */
const seed = (...entries: Entry[]) => {
  for (const e of entries) store.local.set(`list:c:${e.id}`, { v: 1, entry: e });
};
/** Each entry's id and its postings' addresses, by id. */
const listed = async () =>
  (await readList()).entries
    .map((e) => [e.id, e.postings.map((p) => p.url).sort()] as const)
    .sort(([x], [y]) => x.localeCompare(y));
/** Tab 5 shows the demo posting at `url`, with the company named `company`. */
const tabShows = (url: string, company: string) => {
  const { analysis } = demoPosting(url);
  store.session.set('tab:5', { v: 1, url, analysis: { ...analysis, company }, updatedAt: 1 });
};
const A = 'https://jobs.example/a';
const B = 'https://jobs.example/b';
const C = 'https://jobs.example/c';

describe('merging companies by hand', () => {
  const harborline = () => withPatch(demoEntry('Harborline Health'), { notes: 'Kept notes.' }, 10);
  const other = () =>
    withPatch(
      withPosting(demoEntry('Harborline'), 'Harborline', demoPosting(A, 20), 20),
      { notes: 'Other notes.', status: 'applied' },
      30,
    );

  it('leaves one entry with everything, and later saves under the other name go to it', async () => {
    seed(harborline(), other());
    const r = await mergeCompanies('harborline-health', ['harborline']);
    expect(r.ok && [r.entry.status, r.entry.aliases, r.entry.notes]).toEqual([
      'interested',
      ['harborline'],
      'Kept notes.\n\nOther notes.',
    ]);
    expect(await listed()).toEqual([['harborline-health', [A, demoPosting().url].sort()]]);
    tabShows(B, 'Harborline, Inc.');
    expect(await saveTab(5)).toMatchObject({ ok: true, entry: { id: 'harborline-health' } });
    expect(await listed()).toEqual([['harborline-health', [A, B, demoPosting().url].sort()]]);
    expect((await entryFor('HARBORLINE'))?.id).toBe('harborline-health');
    expect(await listStatuses()).toEqual({ harborline: 'interested', 'harborline-health': 'interested' });
    // Asked again (its reply lost to a stopped worker): done already, and said so.
    expect((await mergeCompanies('harborline-health', ['harborline'])).ok).toBe(true);
  });

  it('loses nothing when the worker stops between writing the merge and removing the other', async () => {
    seed(harborline(), other());
    store.stop = { op: 'remove', skip: 0 };
    await expect(mergeCompanies('harborline-health', ['harborline'])).rejects.toThrow('stopped');
    // Both still there; the kept one already holds all of the other.
    expect((await listed()).map(([id]) => id).sort()).toEqual(['harborline', 'harborline-health']);
    const r = await mergeCompanies('harborline-health', ['harborline']);
    expect(r.ok && r.entry.notes).toBe('Kept notes.\n\nOther notes.');
    expect(await listed()).toEqual([['harborline-health', [A, demoPosting().url].sort()]]);
  });

  it('refuses a company that is gone or unreadable, and one entry that would be too large', async () => {
    seed(harborline());
    store.local.set('list:c:odd', { v: 9 });
    for (const others of [['harborline'], ['odd']]) {
      const r = await mergeCompanies('harborline-health', others);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/no longer on your list, or cannot be read/);
    }
    expect(store.local.get('list:c:odd')).toEqual({ v: 9 });
    const big = withPatch(demoEntry('Big'), { notes: 'x'.repeat(15_000) }, 1);
    seed(big, withPatch(demoEntry('Bigger'), { notes: 'y'.repeat(15_000) }, 1));
    const r = await mergeCompanies('big', ['bigger']);
    expect(r.ok === false && r.reason).toMatch(
      /30,002 characters of notes; .* at most 20,000\. Nothing was merged/,
    );
    expect((await listed()).map(([id]) => id)).toContain('bigger');
  });

  it('merges into the kept company an old export of a company merged away', async () => {
    seed(harborline(), other());
    const file = toJsonFile([other()], 1);
    await mergeCompanies('harborline-health', ['harborline']);
    expect(await importList(file)).toEqual({ ok: true, added: 0, merged: 1 });
    expect((await listed()).map(([id]) => id)).toEqual(['harborline-health']);
  });
});

describe('moving a posting to another company', () => {
  const three = () =>
    [A, B].reduce(
      (e, url, i) => withPosting(e, e.name, demoPosting(url, 2 + i), 2 + i),
      withPatch(demoEntry('Harborline Health'), { notes: 'Stays here.' }, 1),
    );

  it('moves it, and a later save of that posting goes where it was moved', async () => {
    seed(three());
    const r = await movePostings('harborline-health', [A], 'Harborline Dental');
    expect(r.ok && [r.dest.id, r.moved, r.source.notes, r.dest.notes]).toEqual([
      'harborline-dental',
      1,
      'Stays here.',
      '',
    ]);
    expect(await listed()).toEqual([
      ['harborline-dental', [A]],
      ['harborline-health', [B, demoPosting().url].sort()],
    ]);
    tabShows(A, 'Harborline Health');
    expect(await saveTab(5)).toMatchObject({ ok: true, entry: { id: 'harborline-dental' } });
    expect((await entryFor('Harborline Health', A))?.id).toBe('harborline-dental');
    expect((await entryFor('Harborline Health'))?.id).toBe('harborline-health');
    // Another posting of the same name still goes to the name's own entry.
    tabShows(C, 'Harborline Health');
    expect(await saveTab(5)).toMatchObject({ ok: true, entry: { id: 'harborline-health' } });
  });

  it('leaves the posting in both, never neither, when stopped between its writes; moving again heals', async () => {
    seed(three());
    store.stop = { op: 'set', skip: 1 };
    await expect(movePostings('harborline-health', [A], 'Harborline Dental')).rejects.toThrow('stopped');
    expect(await listed()).toEqual([
      ['harborline-dental', [A]],
      ['harborline-health', [A, B, demoPosting().url].sort()],
    ]);
    // Meanwhile a save of it goes to the destination, written last.
    tabShows(A, 'Harborline Health');
    expect(await saveTab(5)).toMatchObject({ ok: true, entry: { id: 'harborline-dental' } });
    expect((await movePostings('harborline-health', [A], 'Harborline Dental')).ok).toBe(true);
    expect(await listed()).toEqual([
      ['harborline-dental', [A]],
      ['harborline-health', [B, demoPosting().url].sort()],
    ]);
  });

  it('refuses a destination it cannot read, and leaves it as it is', async () => {
    seed(three());
    store.local.set('list:c:harborline-dental', { v: 9 });
    const r = await movePostings('harborline-health', [A], 'Harborline Dental');
    expect(r.ok === false && r.reason).toMatch(/cannot be read/);
    expect(store.local.get('list:c:harborline-dental')).toEqual({ v: 9 });
    expect((await listed())[0]![1]).toContain(A);
  });
});
