// The message a content script takes, apart from the rest: the content script imports
// only this file, so the theory's schema and the tradeoff lexicon it pulls in never
// ship to the page (see messages.ts for the whole union).
import { z } from 'zod/mini';

/**
 * Background -> content script: read the page again, with the generic reader allowed.
 * A one-value enum rather than a literal, as FromFrame's: the page layer then ships one
 * kind of zod schema fewer.
 */
export const AnalyzePage = z.object({ type: z.enum(['analyze-page']), generic: z.boolean() });
