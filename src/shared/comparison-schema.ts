// The comparison as it crosses contexts (background -> popup and content script).
import { z } from 'zod/mini';
import type { Comparison } from '../core/theory/fit-types.ts';

const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

export const FitItemSchema = z.object({
  kind: z.enum(['theme', 'customer', 'revenue', 'tell', 'red-line']),
  key: text(60),
  verdict: z.enum(['aligned', 'tension', 'unknown']),
  reason: text(1_500),
  redLine: z.boolean(),
  mayCross: z.optional(z.boolean()),
  label: z.optional(text(120)),
  quotes: z.optional(text(2_000)),
});

export const ComparisonSchema = z.object({
  overall: z.enum(['aligned', 'mixed', 'tension', 'unknown']),
  summary: text(600),
  items: list(FitItemSchema, 40),
  reasoning: z.optional(list(text(400), 12)),
  prompts: z.optional(list(text(1_000), 12)),
  questions: z.optional(list(text(600), 20)),
  hasTheory: z.optional(z.boolean()),
});

// The schema and the core's type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof ComparisonSchema>, Comparison> = true;
void _sameShape;
