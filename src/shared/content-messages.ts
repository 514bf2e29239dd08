// The messages a content script takes, apart from the rest: the content script imports
// only this file, so the theory's schema and the tradeoff lexicon it pulls in never
// ship to the page (see messages.ts for the whole union).
import { z } from 'zod/mini';
import { ComparisonSchema } from './comparison-schema.ts';

/** Background -> content script: read the page again, with the generic reader allowed. */
export const AnalyzePage = z.object({ type: z.literal('analyze-page'), generic: z.boolean() });

/** Background -> content script: the tab's comparison changed because the theory did. */
export const ComparisonChanged = z.object({
  type: z.literal('comparison-changed'),
  comparison: z.nullable(ComparisonSchema),
});
