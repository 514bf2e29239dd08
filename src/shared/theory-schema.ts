// The stored theory of change: its schema, its numbered migrations, and the file format
// for import and export. Whatever arrives (storage from an older version, a file the
// user picked) goes through `readTheory`, which upgrades it step by step and validates
// the result; anything that fails leaves the current theory untouched.
import { z } from 'zod/mini';
import { RED_LINE_IDS } from '../core/theory/red-lines.ts';
import { LIMITS, THEORY_VERSION, type Theory } from '../core/theory/theory.ts';
import { TRADEOFF_REF_PATTERN, type TradeoffRef, tradeoffByRef } from '../core/theory/tradeoff-refs.ts';
import { CUSTOMERS, REVENUE_MODELS, THEMES } from '../core/types.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** One key in storage.sync (and the same key in storage.local as the fallback). */
export const THEORY_KEY = 'theory';
/** storage.sync allows 8,192 bytes per item (key + JSON); stay well inside it. */
export const THEORY_MAX_BYTES = 6_000;

const text = (max: number) => z.string().check(z.maxLength(max));
const uniqueList = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(
    z.maxLength(max),
    z.refine((xs) => new Set(xs).size === xs.length, 'has the same entry twice'),
  );
const tradeoffRef = z.custom<TradeoffRef>(
  (ref) => typeof ref === 'string' && TRADEOFF_REF_PATTERN.test(ref) && tradeoffByRef(ref) !== undefined,
  'names a tradeoff Mission Lens does not know',
);

export const TheorySchema = z.object({
  v: z.literal(THEORY_VERSION),
  template: z.nullable(text(60)),
  area: text(LIMITS.area),
  belief: text(LIMITS.belief),
  because: text(LIMITS.because),
  themes: uniqueList(z.enum(THEMES), THEMES.length),
  customers: uniqueList(z.enum(CUSTOMERS), CUSTOMERS.length),
  revenue: uniqueList(z.enum(REVENUE_MODELS), REVENUE_MODELS.length),
  accepted: uniqueList(tradeoffRef, LIMITS.refs),
  refused: uniqueList(tradeoffRef, LIMITS.refs),
  redLines: uniqueList(z.enum(RED_LINE_IDS), RED_LINE_IDS.length),
  customRedLines: z.array(text(LIMITS.customRedLine)).check(z.maxLength(LIMITS.customRedLines)),
  salaryTradePct: z.number().check(z.int(), z.gte(0), z.lte(LIMITS.salaryMax)),
  updatedAt: z.number().check(z.gte(0)),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof TheorySchema>, Theory> = true;
void _sameShape;

export type ReadResult =
  | { ok: true; theory: Theory; migratedFrom: number | null }
  | { ok: false; reason: string };

/** The stored version of a raw value: its `v`, or 0 for a value written before versions. */
function versionOf(raw: Record<string, unknown>): number {
  return typeof raw.v === 'number' && Number.isInteger(raw.v) ? raw.v : 0;
}

/** Upgrade `raw` through every migration after its version, then validate it. */
export function readTheory(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: 'It is not a theory of change (expected an object).' };
  let value = raw as Record<string, unknown>;
  const from = versionOf(value);
  if (from > THEORY_VERSION) {
    return {
      ok: false,
      reason: `It was written by a newer version of Mission Lens (format ${from}); update the extension first.`,
    };
  }
  for (let v = from + 1; v <= THEORY_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, reason: `No way to upgrade format ${v - 1}.` };
    try {
      value = migrate(value);
    } catch (error) {
      return {
        ok: false,
        reason: `It could not be upgraded: ${error instanceof Error ? error.message : error}`,
      };
    }
  }
  const parsed = TheorySchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error.issues[0]) };
  return { ok: true, theory: parsed.data, migratedFrom: from === THEORY_VERSION ? null : from };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'It does not match the theory format.';
  const where = issue.path.length ? `“${issue.path.map(String).join('.')}”` : 'the theory';
  return `The field ${where} is not valid: ${issue.message}.`;
}

export function theoryBytes(theory: Theory): number {
  return new TextEncoder().encode(THEORY_KEY + JSON.stringify(theory)).length;
}

// The export file: a small envelope so an unrelated JSON file is recognised as such.
export const THEORY_FILE_FORMAT = 'mission-lens/theory-of-change';
const MAX_FILE_BYTES = 64 * 1024;

export function theoryToFile(theory: Theory, now = Date.now()): string {
  return `${JSON.stringify({ format: THEORY_FILE_FORMAT, exportedAt: new Date(now).toISOString(), theory }, null, 2)}\n`;
}

/** Read an exported file's text. On any failure nothing changes and the reason says why. */
export function theoryFromFile(text: string): ReadResult {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, reason: 'The file is too large to be a theory of change.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== THEORY_FILE_FORMAT
  )
    return { ok: false, reason: 'The file is not a Mission Lens theory of change export.' };
  const result = readTheory((data as { theory?: unknown }).theory);
  if (!result.ok) return result;
  if (theoryBytes(result.theory) > THEORY_MAX_BYTES)
    return { ok: false, reason: 'The theory in the file is too large to store.' };
  return result;
}
