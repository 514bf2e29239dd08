// Every starting point is a complete theory the store accepts, naming only tradeoffs and
// red lines Mission Lens knows, with something a posting can be held against.
import { describe, expect, it } from 'vitest';
import { RED_LINE_IDS } from '../../../src/core/theory/red-lines.ts';
import { BLANK_TEMPLATE_ID, TEMPLATES, theoryFromTemplate } from '../../../src/core/theory/templates.ts';
import { ALL_TRADEOFFS } from '../../../src/core/theory/tradeoff-refs.ts';
import { theoryGaps, tradeoffsToWeigh } from '../../../src/core/theory/weigh-list.ts';
import { THEORY_MAX_BYTES, TheorySchema, theoryBytes } from '../../../src/shared/theory-schema.ts';

const KNOWN_TRADEOFFS = new Set<string>(ALL_TRADEOFFS.map((t) => t.ref));

describe('the theory templates', () => {
  it('offers the common views beside the essay’s four examples', () => {
    expect(TEMPLATES.filter((t) => t.kind === 'common').map((t) => t.id)).toEqual([
      'value-based-primary-care',
      'medicaid-access',
      'mental-health-access',
      'health-equity',
      'lower-prices',
    ]);
    expect(TEMPLATES.filter((t) => t.kind === 'example').map((t) => t.id)).toEqual([
      'automated-primary-care',
      'frequent-screening',
      'hospital-capacity',
      'patient-engagement',
    ]);
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(BLANK_TEMPLATE_ID);
  });

  for (const template of TEMPLATES) {
    describe(template.id, () => {
      const theory = theoryFromTemplate(template.id, 5);

      it('validates against the stored schema and fits the sync quota', () => {
        const parsed = TheorySchema.safeParse(theory);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(theory.template).toBe(template.id);
        expect(theoryBytes(theory)).toBeLessThan(THEORY_MAX_BYTES);
      });

      it('names only existing tradeoffs and red lines, never one both accepted and refused', () => {
        for (const ref of [...theory.accepted, ...theory.refused])
          expect(KNOWN_TRADEOFFS, ref).toContain(ref);
        for (const id of theory.redLines) expect(RED_LINE_IDS).toContain(id);
        expect(theory.accepted.filter((r) => theory.refused.includes(r))).toEqual([]);
      });

      it('is complete: an area, a belief, its cost, choices, a tradeoff each way and a red line', () => {
        expect(theory.area).not.toBe('');
        expect(theory.belief).not.toBe('');
        expect(theory.because).toMatch(/The cost: /);
        expect(theory.themes.length).toBeGreaterThan(0);
        expect(theory.customers.length).toBeGreaterThan(0);
        expect(theory.revenue.length).toBeGreaterThan(0);
        expect(theory.accepted.length).toBeGreaterThan(0);
        expect(theory.redLines.length).toBeGreaterThan(0);
        expect(theoryGaps(theory)).toEqual({ empty: false, missing: [] });
      });

      it('asks in the wizard about every tradeoff it has already decided', () => {
        const asked = tradeoffsToWeigh(theory).map((t) => t.ref);
        for (const ref of [...theory.accepted, ...theory.refused]) expect(asked).toContain(ref);
      });
    });
  }

  it('gives each template its own copy, so editing one start never changes the template', () => {
    const a = theoryFromTemplate('health-equity', 1);
    a.themes.push('prevention');
    expect(theoryFromTemplate('health-equity', 1).themes).not.toContain('prevention');
  });
});
