// What the page's content script is told of the worker's analysis: only what it draws
// (is this a posting, is the employer in healthcare, each claim's place, theme and
// specificity). The rest (reasons, tradeoffs, questions, the business model, the fit
// with the user's theory) is for the extension's own pages, the card's frame included.
import { z } from 'zod/mini';
import { type Analysis, THEMES } from '../core/types.ts';

// What z.int() tests, as a refinement: its number-format check would bring 0.2 kB
// (gzipped) of zod into every posting page for this one field.
const offset = z.number().check(z.nonnegative(), z.refine(Number.isSafeInteger));

export const PageViewSchema = z.object({
  isJobPosting: z.boolean(),
  healthcare: z.boolean(),
  claims: z
    .array(
      z.object({
        text: z.string().check(z.maxLength(5_000)),
        start: offset,
        end: offset,
        theme: z.enum(THEMES),
        specificity: z.enum(['vague', 'specific']),
      }),
    )
    .check(z.maxLength(1_000)),
});
export type PageView = z.infer<typeof PageViewSchema>;
export type PageClaim = PageView['claims'][number];

export function pageViewOf(analysis: Analysis): PageView {
  return {
    isJobPosting: analysis.isJobPosting,
    healthcare: analysis.healthcare.is,
    claims: analysis.claims.map(({ text, start, end, theme, specificity }) => ({
      text,
      start,
      end,
      theme,
      specificity,
    })),
  };
}
