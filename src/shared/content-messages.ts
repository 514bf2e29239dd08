// The message a content script takes, apart from the rest: the content script imports
// only this file, so the theory's schema and the tradeoff lexicon it pulls in never
// ship to the page (see messages.ts for the whole union).
import { z } from 'zod/mini';

/** Background -> content script: read the page again, with the generic reader allowed. */
export const AnalyzePage = z.object({ type: z.literal('analyze-page'), generic: z.boolean() });
