// Storage keys and the schema of every stored value. Values are parsed on read, so a
// corrupt or older entry is treated as absent instead of breaking a context.
import { z } from 'zod/mini';
import { AnalysisSchema } from './analysis-schema.ts';
import { ComparisonSchema } from './comparison-schema.ts';

export const STORAGE_SCHEMA_VERSION = 1;

/** What the background knows about one tab, kept in storage.session (the worker may stop at any time). */
export const TabStateSchema = z.object({
  v: z.literal(STORAGE_SCHEMA_VERSION),
  url: z.string().check(z.maxLength(8_192)),
  analysis: AnalysisSchema,
  updatedAt: z.number(),
  /** The analysis held against the stored theory; recomputed whenever the theory changes. */
  comparison: z.optional(z.nullable(ComparisonSchema)),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const tabKey = (tabId: number) => `tab:${tabId}`;

export { THEORY_KEY } from './theory-schema.ts';
