// The user regrouping the list by hand (issue 13): companies merged into one, postings
// moved out to another company, and where a posting saved later belongs once they have.
// Unlike an import, a change by hand that would not fit one entry is refused with a
// reason, never cut: the user asked for nothing to be lost.
import { companyKey } from './company-key.ts';
import { combineEntries, LIST_LIMITS, newEntry, unionPostings, urlKey, withAliases } from './entry-edits.ts';
import type { Entry } from './list-types.ts';

export type Regrouped<T> = ({ ok: true } & T) | { ok: false; reason: string };

const refuse = (reason: string) => ({ ok: false as const, reason });

/** What of an entry is over what one stored entry holds, said for the user; null if nothing. */
export function overLimits(e: Entry): string | null {
  const longest = Math.max(0, ...Object.values(e.answers).map((a) => a.length));
  const checks: [number, number, string][] = [
    [e.postings.length, LIST_LIMITS.postings, 'postings'],
    [e.notes.length, LIST_LIMITS.notes, 'characters of notes'],
    [e.tags.length, LIST_LIMITS.tags, 'tags'],
    [Object.keys(e.answers).length, LIST_LIMITS.answers, 'answered questions'],
    [longest, LIST_LIMITS.answer, 'characters in one answer'],
    [e.aliases?.length ?? 0, LIST_LIMITS.aliases, 'merged names'],
  ];
  const over = checks.find(([n, max]) => n > max);
  const n = (x: number) => x.toLocaleString('en-US');
  return over ? `Together that is ${n(over[0])} ${over[2]}; one company keeps at most ${n(over[1])}.` : null;
}

/**
 * `others` merged into `kept`, which keeps its id, name and status. The others' ids
 * (and theirs before them) become aliases, so a posting saved later under one of those
 * names comes here. Merging the same entries again gives the same entry.
 */
export function mergeByHand(kept: Entry, others: Entry[], now: number): Regrouped<{ entry: Entry }> {
  const folded = others.reduce(combineEntries, kept);
  // The status is the kept company's; when the combined history ends on another one, the
  // merge is when the kept status took over again, so the "since" of the status is true.
  const last = folded.statusHistory.at(-1)?.status;
  const statusHistory =
    last === kept.status
      ? folded.statusHistory
      : [...folded.statusHistory, { status: kept.status, at: now }].slice(-LIST_LIMITS.history);
  const entry = withAliases({ ...folded, status: kept.status, statusHistory, updatedAt: now }, [
    ...(folded.aliases ?? []),
    ...others.map((o) => o.id),
  ]);
  const over = overLimits(entry);
  return over ? refuse(`${over} Nothing was merged.`) : { ok: true, entry };
}

/**
 * The postings at `urls` moved from `source` to `dest` (an entry on the list, or null to
 * make one named `destName`). Notes and answers stay with the source: they are about
 * the company the user first saved. A destination that holds a posting already keeps
 * one copy, the newer, so a move repeated after an interruption does no harm.
 */
export function splitOff(
  source: Entry,
  dest: Entry | null,
  urls: string[],
  destName: string,
  now: number,
): Regrouped<{ source: Entry; dest: Entry; moved: number }> {
  const name = destName.trim();
  const target = dest ?? newEntry(name, now);
  if (!target.id) return refuse('Type the name of the company to move the posting to.');
  if (target.id === source.id) return refuse(`“${name}” is ${source.name} itself: type another company.`);
  const wanted = new Set(urls.map(urlKey));
  const moving = source.postings.filter((p) => wanted.has(urlKey(p.url)));
  if (!moving.length) {
    // Asked again once it was done (the reply lost to a stopped worker): nothing to do.
    const there = new Set(target.postings.map((p) => urlKey(p.url)));
    if (dest && [...wanted].every((u) => there.has(u))) return { ok: true, source, dest, moved: 0 };
    return refuse(`That posting is no longer saved under ${source.name}.`);
  }
  if (moving.length === source.postings.length)
    return refuse(
      `That would move every posting of ${source.name}. To file the whole company under another, pick both on the list and merge them.`,
    );
  const next = { ...target, postings: unionPostings(moving, target.postings), updatedAt: now };
  const over = overLimits(next);
  if (over) return refuse(`${over} Nothing was moved.`);
  const left = withAliases(
    { ...source, postings: source.postings.filter((p) => !wanted.has(urlKey(p.url))), updatedAt: now },
    // Moving postings out under a name once merged in says that name is its own company again.
    (source.aliases ?? []).filter((a) => a !== target.id),
  );
  return { ok: true, source: left, dest: next, moved: moving.length };
}

/**
 * The entry a posting of company `id` at `url` belongs to: the one already holding its
 * address (where the user may have moved it; the first of `entries`, so pass the most
 * recently changed first), else the company's own entry, else the entry it was merged
 * into. Null when it belongs to a company not on the list yet.
 */
export function homeOf(entries: Entry[], id: string, url?: string): Entry | null {
  const key = url === undefined ? null : urlKey(url);
  return (
    (key !== null && entries.find((e) => e.postings.some((p) => urlKey(p.url) === key))) ||
    entries.find((e) => e.id === id) ||
    entries.find((e) => e.aliases?.includes(id)) ||
    null
  );
}

/** The entry a company name moved to by hand goes to: see `homeOf`, and `splitOff` for null. */
export function destinationFor(entries: Entry[], source: Entry, name: string): Entry | null {
  const home = homeOf(entries, companyKey(name.trim()));
  // A name merged into this very company is made its own entry again, not this one.
  return home?.id === source.id && home.id !== companyKey(name.trim()) ? null : home;
}
