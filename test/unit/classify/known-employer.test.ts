// Known employers: the name rule (the employer is the entry, or starts with it; never
// merely contains it), the lexicon's integrity, and what the verdict does with a match.
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../../src/core/analyze.ts';
import { classifyHealthcare } from '../../../src/core/classify/healthcare.ts';
import { knownEmployer } from '../../../src/core/classify/known-employer.ts';
import { KNOWN_EMPLOYERS } from '../../../src/core/lexicon/known-employers.ts';
import { companyKey } from '../../../src/core/list/company-key.ts';

const posting = (company: string, description: string) =>
  postingFromText(`Senior Statistician\n${company}\n${description}`);

describe('knownEmployer', () => {
  it('finds the entry a name is or starts with, the longest one first', () => {
    expect(knownEmployer('Merck & Co., Inc.')).toMatchObject({ name: 'Merck', segment: 'pharma' });
    expect(knownEmployer('Kaiser Permanente Northern California')?.segment).toBe('provider');
    expect(knownEmployer('Geisinger')?.segment).toBe('provider');
    expect(knownEmployer('Geisinger Health Plan')?.segment).toBe('payer');
    expect(knownEmployer('BIOMERIEUX')?.segment).toBe('medtech');
    expect(knownEmployer('Deloitte Consulting LLP')?.segment).toBe('non-healthcare');
    expect(knownEmployer('THE ESTÉE LAUDER COMPANIES INC.')?.segment).toBe('non-healthcare');
    expect(knownEmployer(`Merck ${'and more '.repeat(10_000)}`)?.name).toBe('Merck');
  });

  it('never matches a name that merely contains an entry, or a word that only starts like one', () => {
    expect(knownEmployer('Friends of Merck Park')).toBeNull();
    expect(knownEmployer('Pfizerland Tours')).toBeNull();
    expect(knownEmployer('Humanaut Labs')).toBeNull();
    expect(knownEmployer('Blue Health Co')).toBeNull();
    expect(knownEmployer('')).toBeNull();
    expect(knownEmployer(null)).toBeNull();
  });
});

describe('the known-employer lexicon', () => {
  const entries = Object.entries(KNOWN_EMPLOYERS).flatMap(([segment, groups]) =>
    (groups ?? []).flatMap((g) => g.names.map((name) => ({ segment, name, key: companyKey(name) }))),
  );

  it('gives every entry a key of its own, in one segment only', () => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      expect(seen.get(e.key), `${e.name} and ${seen.get(e.key)} share "${e.key}"`).toBeUndefined();
      seen.set(e.key, e.name);
    }
  });

  it('says who pays where the business makes it plain, and only there', () => {
    expect(knownEmployer('Epic Systems Corporation')?.customers).toEqual(['provider']);
    expect(knownEmployer('PPD')?.customers).toEqual(['pharma']);
    expect(knownEmployer('Lyra Health')?.customers).toEqual(['employer']);
    expect(knownEmployer('Pfizer Inc.')?.customers).toEqual([]);
  });

  it('has no entry whose key is a generic word that many unrelated names start with', () => {
    const generic = new Set(['health', 'care', 'medical', 'blue', 'premier', 'solutions', 'group', 'global']);
    for (const e of entries) expect(generic.has(e.key), e.name).toBe(false);
  });
});

describe('classifyHealthcare with a known employer', () => {
  it('a drug maker whose posting only describes a statistics job is healthcare, and pharma', () => {
    const v = classifyHealthcare(
      posting(
        'Merck & Co., Inc.',
        'You will build regression models and dashboards in R and Python for the team.',
      ),
    );
    expect(v).toMatchObject({ is: true, segment: 'pharma' });
    expect(v.evidence[0]).toBe('Merck & Co., Inc. (a known employer)');
  });

  it('a consultancy whose posting is all about hospitals and patients is not healthcare', () => {
    const v = classifyHealthcare(
      posting(
        'Deloitte',
        'Our health care practice helps hospitals, health plans and life sciences companies improve patient outcomes and clinical operations.',
      ),
    );
    expect(v.is).toBe(false);
    expect(v.segment).toBe('non-healthcare');
    expect(v.evidence[0]).toBe('Deloitte (a known employer)');
  });

  it('a policy research firm, a lab run by a university and a supplement maker are not healthcare; the university’s hospital is', () => {
    const medicareStudy =
      'You will analyze Medicare and Medicaid claims data to evaluate payment models for CMS, working with physicians and hospitals.';
    expect(classifyHealthcare(posting('RTI International', medicareStudy)).is).toBe(false);
    expect(classifyHealthcare(posting('Mathematica Inc.', medicareStudy)).is).toBe(false);
    expect(knownEmployer('Johns Hopkins University Applied Physics Laboratory')?.segment).toBe(
      'non-healthcare',
    );
    expect(knownEmployer('Johns Hopkins Medicine')?.segment).toBe('provider');
    expect(
      classifyHealthcare(
        posting('USANA Health Sciences', 'Our nutritional supplements support the health of millions.'),
      ).is,
    ).toBe(false);
  });

  it("a known employer's segment stands even where the posting's words point elsewhere", () => {
    const v = classifyHealthcare(
      posting(
        'Medtronic',
        'Join our software team building the patient app, the EHR integration and cloud analytics.',
      ),
    );
    expect(v.segment).toBe('medtech');
  });
});
