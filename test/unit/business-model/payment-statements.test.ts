// Who pays and for what unit, read from what the employer says of its own business:
// each demo posting states its model plainly (demo/postings, fictional), and sentences
// phrased the ways postings phrase them.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../../scripts/corpus.ts';
import { analyzeFile } from '../../../scripts/load-posting.ts';
import { descriptionOf } from '../../../scripts/train/examples.ts';
import { readPaymentStatement } from '../../../src/core/business-model/payment-statements.ts';
import { PAYMENT_CLAUSES, PAYMENT_VERB } from '../../../src/core/lexicon/payment-statements.ts';

const DEMO = join(import.meta.dirname, '../../../demo/postings');

describe('the demo postings: who pays and for what unit', () => {
  it.each([
    ['harborline-rn-care-manager.html', ['government'], ['capitation-pmpm']],
    ['kinfolk-bridge-community-health-worker.html', ['payer'], ['value-based', 'capitation-pmpm']],
    ['juniper-oak-nurse-practitioner.html', ['payer'], ['value-based', 'capitation-pmpm']],
    ['threshold-clinical-program-manager.html', ['provider'], ['fee-for-service']],
    [
      'pulsebridge-quality-engineer.html',
      ['payer', 'provider', 'government'],
      ['fee-for-service', 'product-sales'],
    ],
    ['mindlark-enterprise-ae.html', ['employer'], ['capitation-pmpm']],
    [
      'tallyboard-senior-software-engineer.html',
      ['provider'],
      ['subscription-saas', 'commission-marketplace'],
    ],
    ['brightfield-curriculum-product-manager.html', ['government'], ['capitation-pmpm']],
    ['cedar-hollow-veterinary-technician.html', ['patient'], ['fee-for-service']],
    ['gridwell-field-operations-manager.html', ['patient'], ['fee-for-service']],
  ])('%s: paid by %j, as %j', async (file, customers, revenue) => {
    const { analysis } = await analyzeFile(join(DEMO, file));
    expect(analysis.businessModel.customers).toEqual(customers);
    expect(analysis.businessModel.revenue).toEqual(revenue);
    expect(analysis.businessModel.evidence.length).toBeGreaterThan(0);
  });
});

describe('readPaymentStatement', () => {
  it('reads the payer before "pays us" and the unit after it', () => {
    expect(
      readPaymentStatement('The State Department of Health pays us a fixed monthly amount for each member.'),
    ).toMatchObject({ payers: ['government'], units: ['capitation-pmpm'] });
    expect(
      readPaymentStatement('We work with regional health plans, which pay us per member per month.'),
    ).toMatchObject({ payers: ['payer'], units: ['capitation-pmpm'] });
  });

  it('reads several payers, and "we bill … for" and "can buy it"', () => {
    expect(
      readPaymentStatement(
        'We bill Medicare and commercial insurers for each test, and clinics can also buy it outright.',
      ),
    ).toMatchObject({
      payers: ['government', 'payer', 'provider'],
      units: ['fee-for-service', 'product-sales'],
    });
  });

  it('reads a bonus tied to results as value-based, and a fee on payments as a commission', () => {
    expect(
      readPaymentStatement(
        'Employers pay us a monthly fee per enrolled member, with a bonus when costs fall.',
      )?.units,
    ).toEqual(['capitation-pmpm', 'value-based']);
    expect(
      readPaymentStatement('Practices pay us a subscription, plus a small fee on each card payment.')?.units,
    ).toEqual(['subscription-saas', 'commission-marketplace']);
  });

  it('reads a practice that accepts insurance as paid by plans, and private pay as paid by patients', () => {
    expect(
      readPaymentStatement('We accept almost every major insurance and have a growing waiting list.'),
    ).toMatchObject({
      payers: ['payer'],
      units: [],
    });
    expect(
      readPaymentStatement('The practice takes both insurance and private pay clients.')?.payers,
    ).toEqual(['payer', 'patient']);
    expect(readPaymentStatement('We accept applications until the end of June.')).toBeNull();
    expect(
      readPaymentStatement('You will take ownership of insurance verification for the clinic.'),
    ).toBeNull();
  });

  it('does not read a denied unit ("we are not paid per visit") or a sentence with no payment', () => {
    expect(
      readPaymentStatement('Because we are not paid per visit, we can spend an hour with each patient.'),
    ).toBeNull();
    expect(readPaymentStatement('We care for 9,800 patients in their own homes.')).toBeNull();
  });

  it('turns away only sentences that no payment clause matches (every corpus sentence and generated ones)', () => {
    const sentences = readLabels()
      .flatMap((l) => descriptionOf(l.id).split(/(?<=[.!?;])\s+|\n+/))
      .filter((t) => t.length > 0);
    expect(sentences.length).toBeGreaterThan(5_000);
    const clauseMatches = (t: string) => PAYMENT_CLAUSES.some((p) => p.test(t));
    const missed = sentences.filter((t) => clauseMatches(t) && !PAYMENT_VERB.test(t));
    expect(missed).toEqual([]);
    // Sentences built around each clause's verbs, in any case, with any words around them.
    const verb = fc.constantFrom(
      'pay',
      'pays',
      'paid',
      'bill',
      'invoice',
      'charge',
      'buy',
      'buys',
      'purchase',
      'funded',
      'reimbursed',
      'accept',
      'accepts',
      'take',
      'takes',
    );
    const words = fc.array(
      fc.constantFrom(
        'we',
        'us',
        'it',
        'Medicaid',
        'plans',
        'also',
        'by',
        'for',
        'each',
        'member',
        ',',
        'can',
        'the',
        'are',
        'insurance',
        'private pay',
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(words, verb, words, fc.boolean(), (before, v, after, upper) => {
        const text = [...before, upper ? v.toUpperCase() : v, ...after].join(' ');
        return !clauseMatches(text) || PAYMENT_VERB.test(text);
      }),
      { seed: 2026, numRuns: 2_000 },
    );
  });
});
