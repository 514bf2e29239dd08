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
} as const;

const urlKey = (url: string) => url.replace(/#.*$/, '').replace(/\/+$/, '');

export function withPosting(entry: Entry | null, name: string, posting: SavedPosting, now: number): Entry {
  const base: Entry = entry ?? {
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
    next.statusHistory = [...entry.statusHistory, { status: patch.status, at: now }].slice(-100);
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

const joinText = (a: string, b: string) => (!a ? b : !b || a.includes(b) ? a : `${a}\n\n${b}`);

/**
 * Two entries for one company (a file imported, or the user merging by hand): the
 * postings of both, every note and answer of both, the later status.
 */
export function mergeEntries(a: Entry, b: Entry): Entry {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  let merged: Entry = { ...older };
  for (const p of [...newer.postings].reverse())
    merged = withPosting(merged, merged.name, p, merged.updatedAt);
  const answers = { ...older.answers };
  for (const [q, ans] of Object.entries(newer.answers)) answers[q] = joinText(answers[q] ?? '', ans);
  const history = [...older.statusHistory, ...newer.statusHistory]
    .sort((x, y) => x.at - y.at)
    .filter((h, i, all) => i === 0 || h.at !== all[i - 1]!.at || h.status !== all[i - 1]!.status);
  return {
    ...merged,
    status: newer.status,
    statusHistory: history.slice(-100),
    notes: joinText(older.notes, newer.notes).slice(0, LIST_LIMITS.notes),
    tags: [...new Set([...older.tags, ...newer.tags])].slice(0, LIST_LIMITS.tags),
    answers,
    createdAt: Math.min(a.createdAt, b.createdAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}
