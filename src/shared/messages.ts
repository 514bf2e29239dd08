// Every message between contexts, as one discriminated union. Receivers parse with
// `parseMessage` and drop anything that does not match: a content script runs next to
// hostile page code, and an old popup may talk to a newer worker after an update.
import { z } from 'zod/mini';
import { LIST_LIMITS } from '../core/list/entry-edits.ts';
import { STATUSES } from '../core/list/list-types.ts';
import { BOARDS } from '../core/types.ts';
import { ComparisonSchema } from './comparison-schema.ts';
import { AnalyzePage } from './content-messages.ts';
import { EntrySchema, MAX_IMPORT_BYTES, RecentRefSchema } from './list-schema.ts';
import { PageViewSchema } from './page-view.ts';
import { PostingSchema } from './posting-schema.ts';
import { TabStateSchema } from './storage-schema.ts';
import { TheorySchema } from './theory-schema.ts';

const url = z.string().check(z.maxLength(8_192));
const tabId = z.number().check(z.int(), z.nonnegative());

/**
 * Content script -> background: what this tab shows now, a posting as read (the worker
 * analyses it, off the page's thread) or nothing (then `board` says where).
 */
export const PageReport = z.object({
  type: z.literal('page-report'),
  url,
  posting: z.nullable(PostingSchema),
  board: z.enum(BOARDS),
  /** Milliseconds the content script spent reading the page. */
  ms: z.number().check(z.gte(0)),
});

/** Popup -> background: the stored state of a tab. */
export const GetTabState = z.object({ type: z.literal('get-tab-state'), tabId });

/** The in-page frame (src/frame) -> background: the state of the tab it is shown in. */
export const GetFrameState = z.object({ type: z.literal('get-frame-state') });

/** The in-page frame -> background: open the popup's full analysis of this tab in a tab. */
export const OpenAnalysis = z.object({ type: z.literal('open-analysis') });

/** Extension pages -> background: the saved list (its one writer is the worker). */
const companyId = z.string().check(z.minLength(1), z.maxLength(120));
export const ListGet = z.object({ type: z.literal('list-get') });
export const ListSaveTab = z.object({ type: z.literal('list-save-tab'), tabId });
export const ListUpdate = z.object({
  type: z.literal('list-update'),
  id: companyId,
  patch: z.object({
    status: z.optional(z.enum(STATUSES)),
    notes: z.optional(z.string().check(z.maxLength(LIST_LIMITS.notes))),
    tags: z.optional(
      z.array(z.string().check(z.maxLength(LIST_LIMITS.tag))).check(z.maxLength(LIST_LIMITS.tags)),
    ),
    answers: z.optional(
      z.record(z.string().check(z.maxLength(1_000)), z.string().check(z.maxLength(LIST_LIMITS.answer))),
    ),
  }),
});
/** The card's frame -> background: save the posting of the tab the frame is in. */
export const ListSaveHere = z.object({ type: z.literal('list-save-here') });
/** The list page -> background: recently viewed postings, their setting, saving one. */
export const RecentGet = z.object({ type: z.literal('recent-get') });
export const RecentSave = z.object({
  type: z.literal('recent-save'),
  key: z.string().check(z.maxLength(40)),
});
export const RecentClear = z.object({ type: z.literal('recent-clear') });
export const RecentSet = z.object({ type: z.literal('recent-set'), on: z.boolean() });
export const ListRemove = z.object({ type: z.literal('list-remove'), id: companyId });
export const ListImport = z.object({
  type: z.literal('list-import'),
  text: z.string().check(z.maxLength(MAX_IMPORT_BYTES)),
});
/**
 * A list page's content script -> background: does the list hold any company? The one
 * thing about the list a page's process learns; which companies are marked, only the
 * marks frame knows.
 */
export const ListAny = z.object({ type: z.literal('list-any') });
/** The marks frame (src/marks) -> background: each saved company's status, by company key. */
export const ListMarks = z.object({ type: z.literal('list-marks') });
export const ListEntryFor = z.object({
  type: z.literal('list-entry-for'),
  name: z.string().check(z.maxLength(300)),
  /** The posting's address: an entry the user moved it to comes before the name's own. */
  url: z.optional(url),
});
/** The list page -> background: merge companies into one, under the name of `keep`. */
export const ListMerge = z.object({
  type: z.literal('list-merge'),
  keep: companyId,
  others: z.array(companyId).check(z.minLength(1), z.maxLength(LIST_LIMITS.aliases)),
});
/** A company's page -> background: move some of its postings to another company, by name. */
export const ListMove = z.object({
  type: z.literal('list-move'),
  id: companyId,
  urls: z.array(url).check(z.minLength(1), z.maxLength(LIST_LIMITS.postings)),
  to: z.string().check(z.maxLength(300)),
});

/** Popup -> background: analyse this tab now, even if it is not a known job board. */
export const AnalyzeTab = z.object({ type: z.literal('analyze-tab'), tabId });

/** Options page -> background: the stored theory of change. */
export const GetTheory = z.object({ type: z.literal('get-theory') });

/** Options page -> background: store this theory (validated again on arrival). */
export const SaveTheory = z.object({ type: z.literal('save-theory'), theory: TheorySchema });

export { AnalyzePage };

export const Message = z.discriminatedUnion('type', [
  PageReport,
  GetTabState,
  GetFrameState,
  ListGet,
  ListSaveTab,
  ListSaveHere,
  RecentGet,
  RecentSave,
  RecentClear,
  RecentSet,
  ListUpdate,
  ListRemove,
  ListImport,
  ListEntryFor,
  ListMerge,
  ListMove,
  ListAny,
  ListMarks,
  OpenAnalysis,
  AnalyzeTab,
  AnalyzePage,
  GetTheory,
  SaveTheory,
]);
export type Message = z.infer<typeof Message>;
export type PageReport = z.infer<typeof PageReport>;

/** Replies. */
export const TabStateReply = z.object({
  state: z.nullable(TabStateSchema),
  /** The posting against the current theory (null when the tab shows no posting). */
  comparison: z.optional(z.nullable(ComparisonSchema)),
  /** Whether the user has written a theory of change. */
  hasTheory: z.optional(z.boolean()),
});
export type TabStateReply = z.infer<typeof TabStateReply>;

/**
 * The reply to `page-report`: what the page's script draws (src/shared/page-view.ts).
 * Never the comparison with the user's theory: that stays with the extension's pages.
 */
export const PageReportReply = z.object({ ok: z.literal(true), view: PageViewSchema });
export type PageReportReply = z.infer<typeof PageReportReply>;

/** Where a theory is kept: synced with the browser account, or on this device only. */
export const TheoryPlace = z.enum(['sync', 'local']);
export const GetTheoryReply = z.object({
  theory: z.nullable(TheorySchema),
  place: z.nullable(TheoryPlace),
  /** A stored value that could not be read, said plainly (it is left in place). */
  problem: z.nullable(z.string()),
});
export type GetTheoryReply = z.infer<typeof GetTheoryReply>;
export const SaveTheoryReply = z.union([
  z.object({ ok: z.literal(true), place: TheoryPlace, note: z.nullable(z.string()) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type SaveTheoryReply = z.infer<typeof SaveTheoryReply>;
export const AnalyzeTabReply = z.union([
  z.object({ ok: z.literal(true), state: z.nullable(TabStateSchema) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['restricted', 'no-access', 'failed']),
    detail: z.string(),
  }),
]);
export type AnalyzeTabReply = z.infer<typeof AnalyzeTabReply>;

export function parseMessage(raw: unknown): Message | null {
  const result = Message.safeParse(raw);
  return result.success ? result.data : null;
}

/** Replies about the saved list. */
export const ListReply = z.object({ entries: z.array(EntrySchema), unreadable: z.array(z.string()) });
export const SaveReply = z.union([
  z.object({ ok: z.literal(true), entry: EntrySchema }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export const ImportReplySchema = z.union([
  z.object({ ok: z.literal(true), added: z.number(), merged: z.number() }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export const EntryForReply = z.object({ entry: z.nullable(EntrySchema) });
export const MoveReply = z.union([
  z.object({ ok: z.literal(true), source: EntrySchema, dest: EntrySchema, moved: z.number() }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export const ListMarksReply = z.object({ statuses: z.record(z.string(), z.enum(STATUSES)) });
export const OkReply = z.object({ ok: z.literal(true) });
export const RecentReply = z.object({ enabled: z.boolean(), items: z.array(RecentRefSchema) });
