import { describe, expect, it } from 'vitest';
import { weighClaims } from '../../../src/core/claims/weigh.ts';
import { rankQuestions } from '../../../src/core/questions/rank.ts';
import type { BusinessModel, Claim, HealthcareVerdict } from '../../../src/core/types.ts';

const hc: HealthcareVerdict = { is: true, segment: 'digital-health', confidence: 1, evidence: [] };
const claim = (over: Partial<Claim>): Claim => ({
  text: 'We improve access to care.',
  theme: 'access',
  specificity: 'vague',
  reasons: [],
  tradeoffs: [],
  questions: [],
  start: 0,
  end: 26,
  names: { who: false, how: false, howMuch: false, payer: false },
  ...over,
});
const silent: BusinessModel = { customers: [], revenue: [], evidence: [] };

describe('rankQuestions', () => {
  it('asks who pays first when the posting does not say', () => {
    const qs = rankQuestions({ healthcare: hc, claims: [claim({})], businessModel: silent });
    expect(qs[0]).toMatch(/who pays you/i);
  });

  it('names the known buyer instead when the posting says who pays', () => {
    const qs = rankQuestions({
      healthcare: hc,
      claims: [],
      businessModel: { customers: ['employer'], revenue: [], evidence: ['x'] },
    });
    expect(qs.some((q) => /who pays you/i.test(q))).toBe(false);
    expect(qs.some((q) => q.includes('paid by employers'))).toBe(true);
  });

  it('outside healthcare, asks the company about its own customers in one voice', () => {
    const qs = rankQuestions({
      healthcare: { is: false, segment: 'non-healthcare', confidence: 0.9, evidence: [] },
      claims: [],
      businessModel: { customers: ['patient'], revenue: [], evidence: ['Homeowners pay us per project.'] },
    });
    expect(qs).toContain(
      'The posting suggests you are paid by customers directly. What does that buyer need to see to renew, and where does that diverge from what is best for the people you serve?',
    );
  });

  it('asks how clinician capacity grows behind a vague access claim', () => {
    const qs = rankQuestions({ healthcare: hc, claims: [claim({})], businessModel: silent });
    expect(qs.slice(0, 4).some((q) => /clinician capacity/.test(q))).toBe(true);
  });

  it('returns 6 to 10 distinct questions', () => {
    const claims = [
      claim({}),
      claim({ theme: 'value-based-care' }),
      claim({ theme: 'tech-ai' }),
      claim({ theme: 'equity' }),
    ];
    const qs = rankQuestions({
      healthcare: hc,
      claims,
      businessModel: { customers: ['payer'], revenue: ['value-based'], evidence: [] },
    });
    expect(qs.length).toBeGreaterThanOrEqual(6);
    expect(qs.length).toBeLessThanOrEqual(10);
    expect(new Set(qs).size).toBe(qs.length);
  });
});

describe('weighClaims', () => {
  it('adds the theme tradeoff and the business-model tension to each claim', () => {
    const [c] = weighClaims(
      [claim({ theme: 'care-at-home' })],
      { customers: ['payer'], revenue: [], evidence: [] },
      hc,
    );
    expect(c!.tradeoffs.some((t) => /inpatient/.test(t))).toBe(true);
    expect(c!.tradeoffs.some((t) => /health plans/i.test(t))).toBe(true);
    expect(c!.questions.length).toBeGreaterThan(0);
  });
});
