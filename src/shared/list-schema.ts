// The saved list as stored (storage.local, one key per company, so every write is one
// small value) and as exported to and imported from a file. Parsed on every read: an
// entry that does not match is reported, never silently dropped or overwritten.
import { z } from 'zod/mini';
import { LIST_LIMITS } from '../core/list/entry-edits.ts';
import { type Entry, STATUSES } from '../core/list/list-types.ts';
import { BOARDS } from '../core/types.ts';
import { AnalysisSchema } from './analysis-schema.ts';
import { ComparisonSchema } from './comparison-schema.ts';

export const LIST_VERSION = 1;
export const ENTRY_PREFIX = 'list:c:';
export const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;

const text = (max: number) => z.string().check(z.maxLength(max));
const time = z.number().check(z.gte(0));

export const SavedPostingSchema = z.object({
  url: text(8_192),
  title: z.nullable(text(300)),
  board: z.enum(BOARDS),
  savedAt: time,
  analysis: AnalysisSchema,
  comparison: z.nullable(ComparisonSchema),
});

const entryId = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[\p{L}\p{N}-]+$/u));

export const EntrySchema = z.object({
  id: entryId,
  name: text(300),
  status: z.enum(STATUSES),
  statusHistory: z
    .array(z.object({ status: z.enum(STATUSES), at: time }))
    .check(z.maxLength(LIST_LIMITS.history)),
  notes: text(LIST_LIMITS.notes),
  tags: z.array(text(LIST_LIMITS.tag)).check(z.maxLength(LIST_LIMITS.tags)),
  answers: z.record(text(1_000), text(LIST_LIMITS.answer)),
  postings: z.array(SavedPostingSchema).check(z.maxLength(LIST_LIMITS.postings)),
  // Added with merging by hand (issue 13), optional so that every value stored before
  // still parses: no new LIST_VERSION and no migration. An older build reads such a value
  // too (zod drops keys it does not know); if it writes the entry back, the aliases are
  // gone and a later save under a merged-away name makes that entry again: nothing lost.
  aliases: z.optional(z.array(entryId).check(z.maxLength(LIST_LIMITS.aliases))),
  createdAt: time,
  updatedAt: time,
});

/** One stored value: the entry and the version of the layout it was written with. */
export const StoredEntrySchema = z.object({ v: z.literal(LIST_VERSION), entry: EntrySchema });

/** The export file, which import reads back. */
export const ListFileSchema = z.object({
  format: z.literal('mission-lens-list'),
  v: z.literal(LIST_VERSION),
  exportedAt: time,
  entries: z.array(EntrySchema).check(z.maxLength(2_000)),
});
export type ListFile = z.infer<typeof ListFileSchema>;

/** Larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 20_000_000;

// The schema and the core's type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof EntrySchema>, Entry> = true;
void _sameShape;

/** Recently viewed postings: an index (small) and one value per posting. */
export const RECENT_INDEX_KEY = 'recent:index';
export const RECENT_SETTING_KEY = 'recent:enabled';
export const RecentRefSchema = z.object({
  key: z.string().check(z.maxLength(40)),
  url: text(8_192),
  title: z.nullable(text(300)),
  company: z.nullable(text(300)),
  at: time,
});
export const RecentIndexSchema = z.object({
  v: z.literal(LIST_VERSION),
  items: z.array(RecentRefSchema).check(z.maxLength(500)),
});
export const RecentPostingSchema = z.object({
  v: z.literal(LIST_VERSION),
  posting: z.extend(SavedPostingSchema, { company: z.nullable(text(300)) }),
});
