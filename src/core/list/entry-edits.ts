// Every change to an entry, as a pure function of the entry before: saving a posting
// (added, or updated when its address was saved already: never a duplicate), the
// user's edits, and merging two entries without losing either side's notes or answers.
import { companyKey } from './company-key.ts';
import type { Entry, EntryPatch, SavedPosting } from './list-types.ts';

/** Bounds that keep one entry a small write (see src/shared/list-schema.ts). */
export const LIST_LIMITS = {
  postings: 50,
  notes: 20_000,
  tags: 20,
  tag: 40,
  answers: 60,
  answer: 4_000,
  history: 100,
  aliases: 50,
} as const;

/** One posting however its address was copied: no fragment, no trailing slash. */
export const urlKey = (url: string) => url.replace(/#.*$/, '').replace(/\/+$/, '');

/** A company's entry before anything is saved to it. */
export function newEntry(name: string, now: number): Entry {
  return {
    id: companyKey(name),
    name,
    status: 'interested',
    statusHistory: [{ status: 'interested', at: now }],
    notes: '',
    tags: [],
    answers: {},
    postings: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function withPosting(entry: Entry | null, name: string, posting: SavedPosting, now: number): Entry {
  const base = entry ?? newEntry(name, now);
  const others = base.postings.filter((p) => urlKey(p.url) !== urlKey(posting.url));
  return {
    ...base,
    postings: [posting, ...others].slice(0, LIST_LIMITS.postings),
    updatedAt: now,
  };
}

export function withPatch(entry: Entry, patch: EntryPatch, now: number): Entry {
  const next: Entry = { ...entry, updatedAt: now };
  if (patch.status && patch.status !== entry.status) {
    next.status = patch.status;
    next.statusHistory = [...entry.statusHistory, { status: patch.status, at: now }].slice(
      -LIST_LIMITS.history,
    );
  }
  if (patch.notes !== undefined) next.notes = patch.notes.slice(0, LIST_LIMITS.notes);
  if (patch.tags) {
    const tags = patch.tags.map((t) => t.trim().slice(0, LIST_LIMITS.tag)).filter(Boolean);
    next.tags = [...new Set(tags)].slice(0, LIST_LIMITS.tags);
  }
  if (patch.answers) {
    const answers = { ...entry.answers };
    for (const [question, answer] of Object.entries(patch.answers)) {
      if (answer.trim()) answers[question] = answer.slice(0, LIST_LIMITS.answer);
      else delete answers[question];
    }
    next.answers = Object.fromEntries(Object.entries(answers).slice(-LIST_LIMITS.answers));
  }
  return next;
}

/** Both texts, each once: a text the other already holds is not added again. */
const joinText = (a: string, b: string) =>
  !a || b.includes(a) ? b : !b || a.includes(b) ? a : `${a}\n\n${b}`;

/** The entry with these merged-away ids (never its own), or with none: the key is left out. */
export function withAliases(entry: Entry, ids: string[]): Entry {
  const { aliases: _old, ...rest } = entry;
  const aliases = [...new Set(ids)].filter((id) => id !== entry.id);
  return aliases.length ? { ...rest, aliases } : rest;
}

/**
 * The postings of both, one per address. Where both hold an address the later save
 * wins (its analysis is the newer one), `first` on a tie; newest first.
 */
export function unionPostings(first: SavedPosting[], second: SavedPosting[]): SavedPosting[] {
  const byUrl = new Map<string, SavedPosting>();
  for (const p of [...first, ...second]) {
    const have = byUrl.get(urlKey(p.url));
    if (!have || p.savedAt > have.savedAt) byUrl.set(urlKey(p.url), p);
  }
  return [...byUrl.values()].sort((x, y) => y.savedAt - x.savedAt);
}

/**
 * Two entries for one company, nothing of either dropped or cut: `a`'s id and name, the
 * postings of both, every note and answer of both (`a`'s first), the tags of both, both
 * status histories, and the status changed last. A text already held is not added again,
 * so combining the result with `b` once more changes nothing. The result may be over
 * LIST_LIMITS: `mergeEntries` cuts it, a merge by hand refuses.
 */
export function combineEntries(a: Entry, b: Entry): Entry {
  const newer = a.updatedAt <= b.updatedAt ? b : a;
  const answers = { ...a.answers };
  for (const [q, ans] of Object.entries(b.answers)) answers[q] = joinText(answers[q] ?? '', ans);
  // One record per change, however often the same two entries are combined.
  const history = new Map([...a.statusHistory, ...b.statusHistory].map((h) => [`${h.at}:${h.status}`, h]));
  const statusHistory = [...history.values()].sort((x, y) => x.at - y.at);
  return withAliases(
    {
      ...a,
      status: newer.status,
      statusHistory: statusHistory.slice(-LIST_LIMITS.history),
      notes: joinText(a.notes, b.notes),
      tags: [...new Set([...a.tags, ...b.tags])],
      answers,
      postings: unionPostings(a.postings, b.postings),
      createdAt: Math.min(a.createdAt, b.createdAt),
      updatedAt: Math.max(a.updatedAt, b.updatedAt),
    },
    [...(a.aliases ?? []), ...(b.aliases ?? [])],
  );
}

/**
 * An entry on the list and the same company's from an imported file: combined (the
 * list's name kept), then cut to what one
 * stored entry holds (an answer joined past its bound would otherwise make the whole
 * entry unreadable on the next read).
 */
export function mergeEntries(a: Entry, b: Entry): Entry {
  const e = combineEntries(a, b);
  const answers = Object.entries(e.answers).slice(-LIST_LIMITS.answers);
  return {
    ...e,
    notes: e.notes.slice(0, LIST_LIMITS.notes),
    tags: e.tags.slice(0, LIST_LIMITS.tags),
    answers: Object.fromEntries(answers.map(([q, ans]) => [q, ans.slice(0, LIST_LIMITS.answer)])),
    postings: e.postings.slice(0, LIST_LIMITS.postings),
    ...(e.aliases && { aliases: e.aliases.slice(0, LIST_LIMITS.aliases) }),
  };
}
