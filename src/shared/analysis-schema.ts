// The analysis as it crosses contexts (content -> background -> popup). Everything that
// arrives in a message or from storage is validated against this before use: the page
// and its content script are treated as untrusted.
import { z } from 'zod/mini';
import { BOARDS, CUSTOMERS, REVENUE_MODELS, SEGMENTS, THEMES } from '../core/types.ts';

const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

export const ClaimSchema = z.object({
  text: text(2_000),
  theme: z.enum(THEMES),
  specificity: z.enum(['vague', 'specific']),
  reasons: list(text(300), 12),
  tradeoffs: list(text(1_000), 12),
  questions: list(text(500), 12),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  names: z.object({ who: z.boolean(), how: z.boolean(), howMuch: z.boolean(), payer: z.boolean() }),
});

export const AnalysisSchema = z.object({
  isJobPosting: z.boolean(),
  title: z.nullable(text(500)),
  company: z.nullable(text(300)),
  board: z.enum(BOARDS),
  healthcare: z.object({
    is: z.boolean(),
    segment: z.enum(SEGMENTS),
    confidence: z.number().check(z.gte(0), z.lte(1)),
    evidence: list(text(200), 20),
  }),
  claims: list(ClaimSchema, 200),
  businessModel: z.object({
    customers: list(z.enum(CUSTOMERS), CUSTOMERS.length),
    revenue: list(z.enum(REVENUE_MODELS), REVENUE_MODELS.length),
    evidence: list(text(500), 20),
  }),
  questions: list(text(500), 30),
  tells: z.optional(
    list(
      z.object({
        id: text(60),
        label: text(120),
        text: text(2_000),
        start: z.number().check(z.int(), z.nonnegative()),
        end: z.number().check(z.int(), z.nonnegative()),
        tradeoff: text(1_000),
        question: text(500),
      }),
      10,
    ),
  ),
});
