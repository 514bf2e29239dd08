import { describe, expect, it } from 'vitest';
import { TELLS } from '../../../src/core/lexicon/tells.ts';
import { TRAIT_TRADEOFFS } from '../../../src/core/lexicon/tradeoffs.ts';
import { RED_LINES } from '../../../src/core/theory/red-lines.ts';
import { TEMPLATES, theoryFromTemplate } from '../../../src/core/theory/templates.ts';
import { LIMITS, THEORY_VERSION } from '../../../src/core/theory/theory.ts';
import { ALL_TRADEOFFS } from '../../../src/core/theory/tradeoff-refs.ts';
import { MIGRATIONS } from '../../../src/shared/migrations/index.ts';
import {
  readTheory,
  THEORY_MAX_BYTES,
  TheorySchema,
  theoryBytes,
  theoryFromFile,
  theoryToFile,
} from '../../../src/shared/theory-schema.ts';
import { theory } from './fixtures.ts';

describe('the stored theory', () => {
  it('has one migration per version, numbered without gaps', () => {
    const numbers = Object.keys(MIGRATIONS).map(Number);
    expect(numbers).toEqual(Array.from({ length: THEORY_VERSION }, (_, i) => i + 1));
  });

  it('every template is a valid theory with tradeoff refs that resolve', () => {
    for (const t of TEMPLATES) {
      const made = theoryFromTemplate(t.id, 5);
      expect(TheorySchema.safeParse(made).success, t.id).toBe(true);
      expect(made.template).toBe(t.id);
    }
    expect(theoryFromTemplate('blank', 5).template).toBeNull();
  });

  it('every red line names a trait or a tell the lexicon knows', () => {
    for (const r of RED_LINES)
      expect(
        'trait' in r ? TRAIT_TRADEOFFS[r.trait] : TELLS.find((t) => t.id === r.tell),
        r.id,
      ).toBeDefined();
  });

  it('the largest possible theory still fits the sync quota per item', () => {
    const big = theory({
      area: 'é'.repeat(LIMITS.area),
      belief: 'x'.repeat(LIMITS.belief),
      because: 'x'.repeat(LIMITS.because),
      accepted: ALL_TRADEOFFS.slice(0, LIMITS.refs / 2).map((t) => t.ref),
      refused: ALL_TRADEOFFS.slice(LIMITS.refs / 2, LIMITS.refs).map((t) => t.ref),
      redLines: RED_LINES.map((r) => r.id),
      customRedLines: Array.from({ length: LIMITS.customRedLines }, () => 'y'.repeat(LIMITS.customRedLine)),
    });
    expect(TheorySchema.safeParse(big).success).toBe(true);
    expect(theoryBytes(big)).toBeLessThan(8_192);
    expect(theoryBytes(theory())).toBeLessThan(THEORY_MAX_BYTES);
  });

  it('rejects unknown tradeoffs, duplicates, out-of-range salary and newer versions, saying why', () => {
    expect(readTheory({ ...theory(), refused: ['theme:access:9'] }).ok).toBe(false);
    expect(readTheory({ ...theory(), themes: ['access', 'access'] }).ok).toBe(false);
    const salary = readTheory({ ...theory(), salaryTradePct: 45 });
    expect(salary).toMatchObject({ ok: false });
    if (!salary.ok) expect(salary.reason).toMatch(/salaryTradePct/);
    const newer = readTheory({ ...theory(), v: 99 });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.reason).toMatch(/newer version/);
  });
});

describe('import and export', () => {
  it('round-trips through a file', () => {
    const t = theory({ area: 'Maternal health', themes: ['equity'], redLines: ['pharma-funded'] });
    const back = theoryFromFile(theoryToFile(t));
    expect(back).toEqual({ ok: true, theory: t, migratedFrom: null });
  });

  it('says why a bad file is refused', () => {
    const reasonOf = (text: string) => {
      const r = theoryFromFile(text);
      return r.ok ? 'accepted' : r.reason;
    };
    expect(reasonOf('not json')).toMatch(/not valid JSON/);
    expect(reasonOf('{"hello": 1}')).toMatch(/not a Mission Lens theory/);
    expect(reasonOf(JSON.stringify({ format: 'mission-lens/theory-of-change', theory: [] }))).toMatch(
      /object/,
    );
    expect(
      reasonOf(
        JSON.stringify({
          format: 'mission-lens/theory-of-change',
          theory: { ...theory(), themes: ['magic'] },
        }),
      ),
    ).toMatch(/themes/);
    expect(reasonOf('x'.repeat(70_000))).toMatch(/too large/);
  });
});
