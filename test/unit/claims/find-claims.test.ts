// Claim finding on real postings from the labelled corpus (../shared/corpus) and on
// short snippets quoted from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabels, textPath } from '../../../scripts/corpus.ts';
import { postingFromText } from '../../../src/core/analyze.ts';
import { findClaims } from '../../../src/core/claims/find-claims.ts';
import { segmentDescription } from '../../../src/core/claims/segment.ts';
import { SUBJECT_CUES } from '../../../src/core/lexicon/claims-cues.ts';
import type { HealthcareVerdict } from '../../../src/core/types.ts';

const healthcare: HealthcareVerdict = { is: true, segment: 'payer', confidence: 1, evidence: [] };
const claimsIn = (text: string) => findClaims(text, healthcare).map((c) => c.text);

describe('findClaims on the corpus', () => {
  const labels = readLabels();

  it('gives offsets that point at the exact text, in page order', () => {
    for (const label of labels) {
      const { description } = postingFromText(readFileSync(textPath(label.id), 'utf8'));
      const claims = findClaims(description, healthcare);
      let last = -1;
      for (const c of claims) {
        expect(description.slice(c.start, c.end)).toBe(c.text);
        expect(c.start).toBeGreaterThan(last);
        last = c.start;
      }
    }
  });

  it('finds the mission statement of a public health plan (004)', () => {
    const { description } = postingFromText(readFileSync(textPath('004'), 'utf8'));
    const texts = claimsIn(description).join('\n');
    expect(texts).toContain('mission is to provide access to quality health care');
  });

  it('reports no claim from EEO, benefits or requirement sections anywhere in the corpus', () => {
    for (const label of labels) {
      const { description } = postingFromText(readFileSync(textPath(label.id), 'utf8'));
      for (const text of claimsIn(description)) {
        expect(text, label.id).not.toMatch(
          /equal (employment )?opportunity|without regard to|reasonable accommodation|401\(k\)|paid time off/i,
        );
      }
    }
  });
});

describe('findClaims on snippets', () => {
  it('keeps purpose statements', () => {
    expect(
      claimsIn('Our mission is to make excellent healthcare affordable and attainable for everyone.'),
    ).toHaveLength(1);
    expect(claimsIn('About us\n\nSimply put: our code saves trees!')).toHaveLength(1);
    expect(
      claimsIn(
        'We are committed to disrupting the healthcare system and increasing access to healthcare for millions across the country.',
      ),
    ).toHaveLength(1);
  });

  it('rejects boilerplate that uses mission words', () => {
    const text = [
      'We are an equal opportunity employer and value diversity; we make a difference by including everyone.',
      'Benefits',
      'We offer health insurance, dental and vision coverage to improve the well-being of our employees.',
      'Requirements',
      '5+ years of experience improving patient outcomes with machine learning.',
      'If you need a reasonable accommodation to take part in the hiring process, please let us know.',
    ].join('\n\n');
    expect(claimsIn(text)).toEqual([]);
  });

  it("never takes equal-opportunity lines or the employer's own hiring diversity for a claim", () => {
    const text = [
      'About us',
      'Our mission is to end the cycle of homelessness, one child at a time.',
      'We encourage women, people of indigenous origins, and persons with disabilities to apply.',
      'Acme is dedicated to creating an equitable, inclusive, and supportive work environment for everyone.',
    ].join('\n\n');
    expect(claimsIn(text)).toEqual(['Our mission is to end the cycle of homelessness, one child at a time.']);
  });

  it('rejects duties even when they mention impact', () => {
    const text =
      "What You'll Do\n\n* Build dashboards that track outcomes\n* Partner with clinicians to improve data quality";
    expect(claimsIn(text)).toEqual([]);
  });

  it('does not split sentences at abbreviations', () => {
    const sentences = segmentDescription(
      'Established in 1997, L.A. Care Health Plan is a public agency. It serves members.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Established in 1997, L.A. Care Health Plan is a public agency.',
      'It serves members.',
    ]);
  });

  it('keeps offsets through bullets and markup', () => {
    const text = '## About us\n\n* _We exist to bring care to people with serious mental illness._\n';
    const [claim] = findClaims(text, healthcare);
    expect(claim).toBeDefined();
    expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text);
    expect(claim!.text.startsWith('We exist')).toBe(true);
  });
});

describe('findClaims: the employer talking outside its "about us"', () => {
  it('keeps a slogan dense with purpose, however short', () => {
    expect(claimsIn('Helping People. Changing Lives.\n\nRequirements\n\n- SQL')).toContain('Changing Lives.');
  });

  it('keeps "you will" sentences that tell the impact of the work, not the duties', () => {
    const text =
      "The Role\n\nAs a key member of our team, you will work on projects that directly impact the lives of patients across the country.\n\nWhat you'll do\n\n- You will build dashboards for the care team.";
    expect(claimsIn(text)).toEqual([
      'As a key member of our team, you will work on projects that directly impact the lives of patients across the country.',
    ]);
  });

  it('keeps a mission that shapes who the employer hires', () => {
    expect(
      claimsIn("About you\n\n- We're looking for someone excited and passionate about our mission."),
    ).toHaveLength(1);
  });

  it('reads a prose paragraph after a list of requirements as the company talking again', () => {
    const text = [
      'Requirements',
      '- 3+ years of Python',
      '- A degree in statistics',
      'We know that great results need great people. Regardless of your role, we invite you to reimagine healthcare with us.',
    ].join('\n');
    expect(claimsIn(text)).toEqual([
      'Regardless of your role, we invite you to reimagine healthcare with us.',
    ]);
  });

  it('keeps the founding purpose and "At Acme, we…"', () => {
    expect(
      claimsIn(
        'We started Acme in 2012 to create the kind of health insurance company we would want for ourselves.',
      ),
    ).toHaveLength(1);
    expect(claimsIn('At Acme, we are helping independent practices make health care better.')).toHaveLength(
      1,
    );
  });

  it('reports a repeated mission statement once', () => {
    const text =
      'At Acme, we are on a mission to raise the standard of healthcare for everyone.\n\nAbout Acme\n\nWe are on a mission to raise the standard of healthcare for everyone.';
    expect(claimsIn(text)).toHaveLength(1);
  });

  it('does not take care for its own staff for a mission', () => {
    expect(claimsIn('About us\n\nAcme is committed to the safety and well-being of our employees.')).toEqual(
      [],
    );
    expect(claimsIn('We are committed to creating an equitable and inclusive work environment.')).toEqual([]);
  });
});

describe('the company as subject', () => {
  const companySubject = SUBJECT_CUES.find((c) => c.id === 'company-subject')!.pattern;
  it.each([
    ['Acme Health is a health plan for seniors.', true],
    ['The company is revolutionizing behavioral care.', true],
    ['At Acme, we help people get care.', true],
    ['Studies have shown that women apply less often.', false],
    ['It is about making care available to everyone.', false],
  ])('%s: %s', (text, expected) => {
    expect(companySubject.test(text)).toBe(expected);
  });
});
