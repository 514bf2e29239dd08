// The saved list's one writer. Every change goes through `change`, which runs one at a
// time in this worker, so two tabs and the popup saving at once lose nothing. Each
// company is one key in storage.local: a write is one small value, done or not done,
// so a worker stopped mid-write leaves the entry as it was before or after.
import { companyKey } from '../core/list/company-key.ts';
import { withPatch, withPosting } from '../core/list/entry-edits.ts';
import { mergeImport, parseListFile } from '../core/list/import.ts';
import type { Entry, EntryPatch, SavedPosting, Status } from '../core/list/list-types.ts';
import { destinationFor, homeOf, mergeByHand, splitOff } from '../core/list/regroup.ts';
import { browser } from '../shared/browser.ts';
import { ENTRY_PREFIX, entryKey, LIST_VERSION, StoredEntrySchema } from '../shared/list-schema.ts';
import { change } from './list-queue.ts';
import { readRecent } from './recent-store.ts';
import { readTabState } from './tab-state.ts';

export interface ListRead {
  entries: Entry[];
  /** Stored values that did not parse: kept as they are (never overwritten), and reported. */
  unreadable: string[];
}

async function readEntry(id: string): Promise<Entry | null> {
  const key = entryKey(id);
  const parsed = StoredEntrySchema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data.entry : null;
}

const writeEntry = (entry: Entry) =>
  browser.storage.local.set({ [entryKey(entry.id)]: { v: LIST_VERSION, entry } });

/**
 * The list's stored values. Where the browser lists keys (Chrome 130+), only those are
 * read, not the recently viewed postings beside them: a merged-away name's lookup from
 * the popup scans the list.
 */
async function listValues(): Promise<Record<string, unknown>> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  if (!local.getKeys) return browser.storage.local.get(null);
  const keys = (await local.getKeys()).filter((key) => key.startsWith(ENTRY_PREFIX));
  return keys.length ? browser.storage.local.get(keys) : {};
}

export async function readList(): Promise<ListRead> {
  const all = await listValues();
  const entries: Entry[] = [];
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(ENTRY_PREFIX)) continue;
    const parsed = StoredEntrySchema.safeParse(value);
    if (parsed.success) entries.push(parsed.data.entry);
    else unreadable.push(key.slice(ENTRY_PREFIX.length));
  }
  entries.sort((a, b) => b.updatedAt - a.updatedAt);
  return { entries, unreadable };
}

export type SaveResult = { ok: true; entry: Entry } | { ok: false; reason: string };

/**
 * Adds the posting to the entry it belongs to (made if need be); runs inside the queue.
 * That is the entry already holding its address if any (the user may have moved it
 * there), else the company's own, else the one the company was merged into (`homeOf`).
 * Finding the last two scans the whole list: saves are rare, and reads are cheap.
 */
async function savePosting(name: string, posting: Omit<SavedPosting, 'savedAt'>): Promise<SaveResult> {
  const id = companyKey(name);
  const { entries, unreadable } = await readList();
  const home = homeOf(entries, id, posting.url);
  if (!home && unreadable.includes(id)) return { ok: false, reason: UNREADABLE };
  const now = Date.now();
  const entry = withPosting(home, name, { ...posting, savedAt: now }, now);
  await writeEntry(entry);
  return { ok: true, entry };
}

export function saveTab(tabId: number): Promise<SaveResult> {
  return change(async () => {
    const state = await readTabState(tabId);
    const analysis = state?.analysis;
    if (!state || !analysis?.isJobPosting) return { ok: false, reason: 'This tab shows no job posting.' };
    const name = analysis.company?.trim();
    if (!name || !companyKey(name)) return { ok: false, reason: 'The posting does not name its company.' };
    return savePosting(name, {
      url: state.url,
      title: analysis.title,
      board: analysis.board,
      analysis,
      comparison: state.comparison ?? null,
    });
  });
}

const UNREADABLE =
  'The saved entry for this company cannot be read (it may come from a newer version); it was left as it is.';
const GONE =
  'One of these companies is no longer on your list, or cannot be read (reload the page to see the list as it is). Nothing was changed.';
const TOO_FEW = 'Pick at least two companies to merge.';

export function updateEntry(id: string, patch: EntryPatch): Promise<SaveResult> {
  return change(async () => {
    const entry = await readEntry(id);
    if (!entry) return { ok: false, reason: 'This company is not on your list.' };
    const next = withPatch(entry, patch, Date.now());
    await writeEntry(next);
    return { ok: true, entry: next };
  });
}

export function removeEntry(id: string): Promise<{ ok: true }> {
  return change(async () => {
    await browser.storage.local.remove(entryKey(id));
    return { ok: true as const };
  });
}

export type ImportReply = { ok: true; added: number; merged: number } | { ok: false; reason: string };

/** Validates the whole file first; then writes each company, merged with what is saved. */
export function importList(text: string): Promise<ImportReply> {
  return change(async () => {
    const parsed = parseListFile(text);
    if (!parsed.ok) return parsed;
    const { entries } = await readList();
    const have = new Set(entries.map((e) => e.id));
    // What the file changed: an entry untouched comes back as the same object. Not the
    // file's ids: one the user merged away since lands in the entry it was merged into.
    const before = new Set(entries);
    const next = mergeImport(entries, parsed.entries).filter((e) => !before.has(e));
    await browser.storage.local.set(
      Object.fromEntries(next.map((e) => [entryKey(e.id), { v: LIST_VERSION, entry: e }])),
    );
    const merged = next.filter((e) => have.has(e.id)).length;
    return { ok: true, added: next.length - merged, merged };
  });
}

/** Whether any company is saved: read from the keys alone where the browser can (Chrome 130+). */
export async function listHasCompanies(): Promise<boolean> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  const keys = local.getKeys ? await local.getKeys() : Object.keys(await browser.storage.local.get(null));
  return keys.some((key) => key.startsWith(ENTRY_PREFIX));
}

/**
 * Each saved company's status by its key, for the marks on list pages. A name merged
 * into another company is marked with that one's status (its own entry wins while it is
 * still there, after a merge stopped half way).
 */
export async function listStatuses(): Promise<Record<string, Status>> {
  const { entries } = await readList();
  const merged = entries.flatMap((e) => (e.aliases ?? []).map((a) => [a, e.status] as const));
  return Object.fromEntries([...merged, ...entries.map((e) => [e.id, e.status] as const)]);
}

/**
 * The entry for a company name (or the one it was merged into), if it is on the list;
 * with the posting's address, the entry holding that posting comes first.
 */
export async function entryFor(name: string, url?: string): Promise<Entry | null> {
  const id = companyKey(name);
  if (!id) return null;
  // Without an address, the company's own key is one small read. With one (the popup
  // and the card always have it) the list is read, to find the entry the user may have
  // moved that posting to: worker time, once per popup or card.
  const own = url === undefined ? await readEntry(id) : null;
  return own ?? homeOf((await readList()).entries, id, url);
}

export type MergeResult = SaveResult;

/**
 * The user's merge: `others` into `keepId`, under its name and status. Repeating it
 * (a reply lost to a stopped worker) is fine: a company already merged in is skipped.
 */
export function mergeCompanies(keepId: string, otherIds: string[]): Promise<MergeResult> {
  return change(async () => {
    const kept = await readEntry(keepId);
    if (!kept) return { ok: false, reason: GONE };
    const ids = [...new Set(otherIds)].filter((id) => id !== keepId);
    const others: Entry[] = [];
    for (const id of ids) {
      const other = await readEntry(id);
      if (other) others.push(other);
      else if (!kept.aliases?.includes(id)) return { ok: false, reason: GONE };
    }
    if (!others.length) return ids.length ? { ok: true, entry: kept } : { ok: false, reason: TOO_FEW };
    const merged = mergeByHand(kept, others, Date.now());
    if (!merged.ok) return merged;
    // Two writes, in this order. The merged entry first: a worker stopped before the
    // removal leaves the others beside an entry that already holds all of them, so
    // nothing is lost and merging again (which adds no posting, note or answer twice)
    // tidies up. Removing first could lose the others to a stop before the write.
    await writeEntry(merged.entry);
    await browser.storage.local.remove(others.map((o) => entryKey(o.id)));
    return { ok: true, entry: merged.entry };
  });
}

export type MoveResult =
  | { ok: true; source: Entry; dest: Entry; moved: number }
  | { ok: false; reason: string };

/** Moves postings of `fromId` to the company named `toName`, its entry made if need be. */
export function movePostings(fromId: string, urls: string[], toName: string): Promise<MoveResult> {
  return change(async () => {
    const source = await readEntry(fromId);
    if (!source) return { ok: false, reason: GONE };
    const { entries, unreadable } = await readList();
    const dest = destinationFor(entries, source, toName);
    if (!dest && unreadable.includes(companyKey(toName))) return { ok: false, reason: UNREADABLE };
    const moved = splitOff(source, dest, urls, toName, Date.now());
    if (!moved.ok) return moved;
    // The destination first, then the source. A worker stopped between the two leaves
    // the posting in both, never in neither: the user still sees it under the source and
    // moves it again, which the destination's dedupe by address makes harmless. Meanwhile
    // a save of that posting goes to the destination (`homeOf` takes the entry changed
    // last among those holding it).
    await writeEntry(moved.dest);
    await writeEntry(moved.source);
    return moved;
  });
}

/** Saves a recently viewed posting (the tab may be long closed). */
export function saveRecent(key: string): Promise<SaveResult> {
  return change(async () => {
    const recent = await readRecent(key);
    const name = recent?.company?.trim();
    if (!recent || !name || !companyKey(name))
      return { ok: false, reason: 'That posting is no longer among the recently viewed.' };
    const { company: _company, savedAt: _seen, ...posting } = recent;
    return savePosting(name, posting);
  });
}
