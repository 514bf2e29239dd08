// Every message between contexts, as one discriminated union. Receivers parse with
// `parseMessage` and drop anything that does not match: a content script runs next to
// hostile page code, and an old popup may talk to a newer worker after an update.
import { z } from 'zod/mini';
import { AnalysisSchema } from './analysis-schema.ts';
import { TabStateSchema } from './storage-schema.ts';

const url = z.string().check(z.maxLength(8_192));
const tabId = z.number().check(z.int(), z.nonnegative());

/** Content script -> background: what this tab shows now (a posting, or nothing). */
export const PageReport = z.object({
  type: z.literal('page-report'),
  url,
  analysis: AnalysisSchema,
  /** Milliseconds the content script spent reading and analysing the page. */
  ms: z.number().check(z.gte(0)),
});

/** Popup -> background: the stored state of a tab. */
export const GetTabState = z.object({ type: z.literal('get-tab-state'), tabId });

/** Popup -> background: analyse this tab now, even if it is not a known job board. */
export const AnalyzeTab = z.object({ type: z.literal('analyze-tab'), tabId });

/** Background -> content script: read the page again, with the generic reader allowed. */
export const AnalyzePage = z.object({ type: z.literal('analyze-page'), generic: z.boolean() });

export const Message = z.discriminatedUnion('type', [PageReport, GetTabState, AnalyzeTab, AnalyzePage]);
export type Message = z.infer<typeof Message>;
export type PageReport = z.infer<typeof PageReport>;

/** Replies. */
export const TabStateReply = z.object({ state: z.nullable(TabStateSchema) });
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
