// Reading a list file back: validated whole before anything is written, with a message
// that says what is wrong; a good file merges by company with what is already saved.
import { ListFileSchema, MAX_IMPORT_BYTES } from '../../shared/list-schema.ts';
import { companyKey } from './company-key.ts';
import { mergeEntries } from './entry-edits.ts';
import type { Entry } from './list-types.ts';

export type ImportResult = { ok: true; entries: Entry[] } | { ok: false; reason: string };

export function parseListFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, reason: `The file is too large (over ${MAX_IMPORT_BYTES / 1_000_000} MB).` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON: it may be damaged, or not a Mission Lens export.' };
  }
  const head = raw as { format?: unknown; v?: unknown } | null;
  if (head?.format !== 'mission-lens-list')
    return { ok: false, reason: 'The file is JSON but not a Mission Lens list export.' };
  if (head.v !== 1)
    return {
      ok: false,
      reason: `The file is a list of format version ${String(head.v)}; this version reads version 1.`,
    };
  const parsed = ListFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the file';
    return {
      ok: false,
      reason: `The file does not match the list format at ${where}: ${issue?.message ?? 'invalid'}.`,
    };
  }
  // The id is derived from the name, never trusted from the file.
  const entries = parsed.data.entries.map((e) => ({ ...e, id: companyKey(e.name) })).filter((e) => e.id);
  return { ok: true, entries };
}

/**
 * What the list holds after an import: every saved entry, each merged with the file's.
 * A company of the file that the user has since merged into another (an export older
 * than the merge) merges into that one rather than coming back on its own.
 */
export function mergeImport(current: Entry[], incoming: Entry[]): Entry[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  const mergedInto = new Map(current.flatMap((e) => (e.aliases ?? []).map((a) => [a, e.id] as const)));
  for (const entry of incoming) {
    const id = byId.has(entry.id) ? entry.id : (mergedInto.get(entry.id) ?? entry.id);
    const have = byId.get(id);
    byId.set(id, have ? mergeEntries(have, entry) : entry);
  }
  return [...byId.values()];
}
