// The saved list's one writer. Every change goes through `change`, which runs one at a
// time in this worker, so two tabs and the popup saving at once lose nothing. Each
// company is one key in storage.local: a write is one small value, done or not done,
// so a worker stopped mid-write leaves the entry as it was before or after.
import { companyKey } from '../core/list/company-key.ts';
import { withPatch, withPosting } from '../core/list/entry-edits.ts';
import { mergeImport, parseListFile } from '../core/list/import.ts';
import type { Entry, EntryPatch, SavedPosting, Status } from '../core/list/list-types.ts';
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

export async function readList(): Promise<ListRead> {
  const all = await browser.storage.local.get(null);
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

/** Saves the posting the tab shows to its company's entry (made if need be). */
/** Adds the posting to its company's entry (made if need be); runs inside the queue. */
async function savePosting(name: string, posting: Omit<SavedPosting, 'savedAt'>): Promise<SaveResult> {
  const id = companyKey(name);
  if (await unreadableAt(id)) return { ok: false, reason: UNREADABLE };
  const now = Date.now();
  const entry = withPosting(await readEntry(id), name, { ...posting, savedAt: now }, now);
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

async function unreadableAt(id: string): Promise<boolean> {
  const key = entryKey(id);
  const value = (await browser.storage.local.get(key))[key];
  return value !== undefined && !StoredEntrySchema.safeParse(value).success;
}

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
    const touched = new Set(parsed.entries.map((e) => e.id));
    const next = mergeImport(entries, parsed.entries).filter((e) => touched.has(e.id));
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

/** Each saved company's status by its key, for the marks on list pages. */
export async function listStatuses(): Promise<Record<string, Status>> {
  const { entries } = await readList();
  return Object.fromEntries(entries.map((e) => [e.id, e.status]));
}

/** The entry for a company name, if it is on the list. */
export function entryFor(name: string): Promise<Entry | null> {
  const id = companyKey(name);
  return id ? readEntry(id) : Promise.resolve(null);
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
