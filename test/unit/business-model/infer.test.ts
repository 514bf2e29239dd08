// Business-model inference on sentences quoted from real postings in the corpus.
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../../src/core/analyze.ts';
import { inferBusinessModel } from '../../../src/core/business-model/infer.ts';
import type { HealthcareVerdict } from '../../../src/core/types.ts';

const hc: HealthcareVerdict = { is: true, segment: 'digital-health', confidence: 1, evidence: [] };
const infer = (description: string, company = 'Acme') =>
  inferBusinessModel(postingFromText(`Engineer\n${company}\n${description}`), hc);

describe('inferBusinessModel', () => {
  it('reads customers from a partnering sentence, with the sentence as evidence', () => {
    const m = infer(
      'We have raised over $350 million from top-tier investors, and partner with the largest health plans, employers, and government organizations to help their employees and members restore their health.',
    );
    expect(m.customers).toEqual(['payer', 'employer', 'government']);
    expect(m.evidence[0]).toContain('partner with the largest health plans');
  });

  it('reads a public agency as government money', () => {
    const m = infer(
      'L.A. Care Health Plan is an independent public agency created by the state of California to provide health coverage.',
    );
    expect(m.customers).toEqual(['government']);
    expect(m.revenue).toEqual(['public-funding']);
  });

  it('reads value-based contracts with payers', () => {
    const m = infer(
      'Additionally, by creating value-based contracts across a wide variety of payers, we aim to flip the script on the traditional fee-for-service model.',
    );
    expect(m.customers).toEqual(['payer']);
    expect(m.revenue).toEqual(['value-based']);
  });

  it('reads a SaaS business and employers as benefit buyers', () => {
    expect(infer('The Financial Analyst supports our fast-growing SaaS business.').revenue).toEqual([
      'subscription-saas',
    ]);
    expect(
      infer(
        'Our customers, who are the health and benefits buyers that make the best decisions for their employee base.',
      ).customers,
    ).toEqual(['employer']);
  });

  it('stays silent when the posting is', () => {
    const m = infer(
      'We are an equal opportunity employer.\n\n* 401(k) with employer match\n* Access to a free Udemy for Business subscription\n\nYou will work with providers and key departments.',
    );
    expect(m).toEqual({ customers: [], revenue: [], evidence: [] });
  });

  it('recognises a public employer by name', () => {
    const m = infer('Provides care to veterans.', 'Veterans Affairs, Veterans Health Administration');
    expect(m.customers).toEqual(['government']);
    expect(m.revenue).toEqual(['public-funding']);
  });
});
