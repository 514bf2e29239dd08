// The background's reply to `page-report`: `{ ok: true, analysis, comparison }`: the
// worker's analysis of the posting, and its comparison with the user's theory of change
// (null until a theory exists). Parsed here so an older or newer worker can never hand
// the content script a shape it does not expect; anything else reads as "no answer".
import { z } from 'zod/mini';
import type { Comparison } from '../core/theory/fit-types.ts';
import type { Analysis } from '../core/types.ts';
import { AnalysisSchema } from '../shared/analysis-schema.ts';
import { ComparisonSchema } from '../shared/comparison-schema.ts';

// Built on the first reply, not when the content script is evaluated.
let schema: ReturnType<typeof replySchema> | null = null;

const replySchema = () =>
  z.object({ ok: z.literal(true), comparison: z.optional(z.nullable(ComparisonSchema)) });

export interface Report {
  analysis: Analysis;
  comparison: Comparison | null;
}

/** The worker's answer to a page report, or null when it is missing or malformed. */
export function reportFromReply(raw: unknown): Report | null {
  const analysis = AnalysisSchema.safeParse(
    typeof raw === 'object' && raw !== null ? (raw as { analysis?: unknown }).analysis : undefined,
  );
  if (!analysis.success) return null;
  return { analysis: analysis.data, comparison: comparisonFromReply(raw) };
}

export function comparisonFromReply(raw: unknown): Comparison | null {
  schema ??= replySchema();
  const parsed = schema.safeParse(raw);
  return parsed.success ? (parsed.data.comparison ?? null) : null;
}

/** The comparison a `comparison-changed` message carries; null when it is malformed. */
export function comparisonFromMessage(raw: unknown): Comparison | null {
  const comparison =
    typeof raw === 'object' && raw !== null ? (raw as { comparison?: unknown }).comparison : null;
  return comparisonFromReply({ ok: true, comparison });
}
