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

  it('reads "payors", the spelling many providers and consultancies use, as payers', () => {
    const m = infer('We partner with major healthcare providers and payors located in California.');
    expect(m.customers).toEqual(['payer', 'provider']);
    expect(infer('Regional payors pay us per member per month.').customers).toEqual(['payer']);
  });

  it('reads HMOs and managed-care organisations as health plans', () => {
    expect(infer('We contract with 7 HMOs to care for their members in the valley.').customers).toEqual([
      'payer',
    ]);
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
    expect(infer('Provides city services.', 'City of Austin').customers).toEqual(['government']);
  });

  it('does not take City of Hope, a private cancer centre, for a city', () => {
    expect(infer('We treat cancer and diabetes.', 'City of Hope').customers).toEqual([]);
  });
});

describe('inferBusinessModel: what the employer plainly is', () => {
  const maker = (
    segment: HealthcareVerdict['segment'],
    description: string,
    company = 'Larkfield Therapeutics',
  ) =>
    inferBusinessModel(postingFromText(`Clinical Research Associate\n${company}\n${description}`), {
      is: true,
      segment,
      confidence: 0.9,
      evidence: ['therapeutics'],
    });

  it('takes a drug maker that says nothing of payment to sell its products, and says it inferred that', () => {
    const m = maker(
      'pharma',
      'You will monitor our phase II trial sites across the Midwest and train their study coordinators.',
    );
    expect(m.revenue).toContain('product-sales');
    expect(m.evidence.some((e) => e.startsWith('(inferred)'))).toBe(true);
  });

  it('takes a device maker the same way', () => {
    const m = maker(
      'medtech',
      'We design and build infusion pumps used in intensive care units.',
      'Brookline Devices',
    );
    expect(m.revenue).toContain('product-sales');
  });

  it('takes a known research organisation to be paid by drug makers, and so not to sell products, when its posting says nothing of it', () => {
    const pharma: HealthcareVerdict = { is: true, segment: 'pharma', confidence: 1, evidence: ['PPD'] };
    const m = inferBusinessModel(
      postingFromText('Statistical Programmer\nPPD\nYou will write SAS programs for clinical study reports.'),
      pharma,
    );
    expect(m.customers).toEqual(['pharma']);
    expect(m.revenue).not.toContain('product-sales');
    expect(m.evidence).toContain('(inferred) PPD, a known employer');
  });

  it('does not take a research organisation paid by drug makers for one that sells products', () => {
    const m = maker(
      'pharma',
      'We partner with pharmaceutical and biotech companies to run their clinical trials, from site selection to data management.',
      'Northgate Clinical Research',
    );
    expect(m.customers).toContain('pharma');
    expect(m.revenue).not.toContain('product-sales');
  });

  it('leaves other segments to what the posting states', () => {
    const m = maker('provider', 'We run four community hospitals in the valley.', 'Valley Health');
    expect(m.revenue).not.toContain('product-sales');
  });
});

describe('what the employer says it sells, and to whom (the stated rules alone)', () => {
  const stated = (description: string) =>
    inferBusinessModel(postingFromText(`Analyst\nAcme\n${description}`), hc, undefined, null).customers;

  it('reads products made for hospitals, and a supplier of products to them', () => {
    expect(
      stated(
        'The position will include prototyping and testing the technology for the next generation of diagnostic products for hospitals and laboratories.',
      ),
    ).toEqual(['provider']);
    expect(
      stated(
        'Medline is the leading nationwide supplier of medical, surgical and pharmaceutical products to hospitals, nursing homes and physician offices.',
      ),
    ).toEqual(['provider']);
  });

  it('reads who uses it, and whom the company helps', () => {
    expect(
      stated('Our platform is used by a broad range of the nation’s largest diagnostic service providers.'),
    ).toEqual(['provider']);
    expect(
      stated('We leverage data and behavioral therapy to assist providers in enhancing sleep outcomes.'),
    ).toEqual(['provider']);
  });

  it('does not read a duty addressed to the candidate ("Assist clinicians…") as a customer', () => {
    expect(stated('Assist clinicians with research process and analysis.')).toEqual([]);
  });

  it('does not read a duty written as an order that names Medicare as who pays the employer', () => {
    expect(
      stated('Research and identify other insurance, Medicare, Medicaid, and update patient file as needed.'),
    ).toEqual([]);
    expect(
      stated(
        'Assist with the collection of data required for the preparation of the annual Medicare/Medicaid cost reports.',
      ),
    ).toEqual([]);
    expect(stated('Support hospitals and health plans in their reporting.')).toEqual([]);
    // The same payers, said of the business, still count.
    expect(stated('We bill Medicare and Medicaid for every visit.')).toEqual(['government']);
    expect(stated('Supports the hospitals and health plans we work with.')).toEqual(['payer', 'provider']);
  });

  it('does not read what the job involves as whom the employer sells to', () => {
    expect(
      stated(
        'Job requires working closely with licensed physical therapists to assist in providing rehabilitative care.',
      ),
    ).toEqual([]);
    expect(
      stated(
        'The Analyst will support the Manager for the oversight of physician claims billed through our hospital clinics.',
      ),
    ).toEqual([]);
  });

  it('reads "we’re paid by" with a curly apostrophe', () => {
    expect(
      stated(
        'Our services are offered at no cost to families as we’re paid by the 14K+ communities and 3K+ providers in our network.',
      ),
    ).toEqual(['provider']);
  });
});
