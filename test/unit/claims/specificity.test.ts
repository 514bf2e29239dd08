// Specificity on sentences quoted from real postings in the labelled corpus.
import { describe, expect, it } from 'vitest';
import { namedIn } from '../../../src/core/claims/learned/features.ts';
import { judgeSpecificity, reasonsFor } from '../../../src/core/claims/specificity.ts';
import { themeOf } from '../../../src/core/claims/theme.ts';

describe('judgeSpecificity', () => {
  it('calls a claim with a population and a mechanism specific', () => {
    const v = judgeSpecificity(
      'L.A. Care Health Plan is an independent public agency created by the state of California to provide health coverage to low-income Los Angeles County residents.',
    );
    expect(v.specificity).toBe('specific');
    expect(v.names).toMatchObject({ who: true, how: true });
    expect(v.reasons).toContain('names a population: a low-income population');
  });

  it('calls a measured result specific', () => {
    const v = judgeSpecificity('Join us on our mission to reverse diabetes in 100 million people.');
    expect(v.specificity).toBe('specific');
    expect(v.names.howMuch).toBe(true);
  });

  it('calls a slogan vague and says what is missing', () => {
    const v = judgeSpecificity('Transforming the future of healthcare isn’t something we take lightly.');
    expect(v.specificity).toBe('vague');
    expect(v.reasons).toEqual(
      expect.arrayContaining([
        'names no population',
        'names no mechanism',
        'gives no measured result',
        'does not say who pays',
      ]),
    );
  });

  it('does not count a population without a mechanism', () => {
    const v = judgeSpecificity(
      'Every individual has a direct impact on our collective mission to improve the lives of organ transplant patients worldwide.',
    );
    expect(v.names.who).toBe(true);
    expect(v.specificity).toBe('vague');
  });

  it('names people by the condition they come from or are at risk of', () => {
    const v = judgeSpecificity(
      'We run nurse-led virtual clinics for people leaving hospital after heart failure, so fewer are readmitted.',
    );
    expect(v.specificity).toBe('specific');
    expect(judgeSpecificity('We coach adults at risk of type 2 diabetes.').names.who).toBe(true);
  });

  it.each([
    'NICU admissions among enrolled members fell 14% compared with eligible members who declined.',
    'The share of members who see a prenatal provider has risen from 61% to 78%.',
    'In 2025, 71% of enrolled members facing eviction were still housed six months later.',
    'Members who completed six sessions saw their PHQ-9 scores fall by an average of 5.4 points.',
  ])('calls a measured change specific: %s', (text) => {
    expect(judgeSpecificity(text).names.howMuch).toBe(true);
  });

  it('names older adults by their age and care centres as a service', () => {
    const v = judgeSpecificity('Acme runs 23 primary care centers exclusively for people 65 and older.');
    expect(v.names).toMatchObject({ who: true, how: true });
  });

  it('does not count employees, years or funding as a measured result', () => {
    expect(
      judgeSpecificity('We are a group of over 500 dedicated employees, committed to our mission.').names
        .howMuch,
    ).toBe(false);
    expect(
      judgeSpecificity('A mission-driven organization with more than 30 years of experience.').names.howMuch,
    ).toBe(false);
    expect(
      judgeSpecificity('Backed by nearly $100 million in funding, we are growing fast.').names.howMuch,
    ).toBe(false);
  });
});

describe('what the reasons name (the card and the popup show them)', () => {
  it.each([
    ['For heart-failure patients, our nurse-led home visits after discharge cut readmissions.', 'how'],
    ['Members with moderate depression saw their scores fall.', 'who'],
    ['For heart-failure patients, care continues at home.', 'who'],
    ['Therapists cut the time spent writing a note from 16 minutes to 9.', 'howMuch'],
    ['Of the claims we submit, 96.8% are accepted by payers on the first pass.', 'howMuch'],
    ['Students gained 1.3 grade levels, compared with 0.9 for similar students.', 'howMuch'],
    ['The median wait from sign-up to a first therapy appointment was 2.8 days.', 'howMuch'],
  ] as const)('%s names %s', (text, part) => {
    const v = judgeSpecificity(text);
    expect(v.names[part]).toBe(true);
    expect(v.reasons.join('; ')).not.toMatch(
      part === 'who'
        ? /names no population/
        : part === 'how'
          ? /names no mechanism/
          : /gives no measured result/,
    );
  });

  it('never shows a verdict its own reasons contradict', () => {
    const nothing = namedIn('We are transforming healthcare for everyone.');
    expect(reasonsFor(nothing, 'specific')[0]).toMatch(/reads as specific as a whole/);
    expect(reasonsFor(nothing, 'vague')[0]).toBe('names no population');
    const concrete = namedIn('Readmissions fell 22% for heart-failure patients.');
    expect(reasonsFor(concrete, 'vague')[0]).toMatch(/reads as vague as a whole/);
    expect(reasonsFor(concrete, 'specific')[0]).toMatch(/^names a population/);
  });

  it('says what is missing from a vague claim', () => {
    const v = judgeSpecificity('We are transforming healthcare for everyone.');
    expect(v.specificity).toBe('vague');
    expect(v.reasons).toEqual(
      expect.arrayContaining(['names no population', 'names no mechanism', 'gives no measured result']),
    );
  });
});

describe('themeOf', () => {
  it.each([
    ['Our mission is to make excellent healthcare affordable and attainable for everyone.', 'affordability'],
    [
      'By creating value-based contracts across a wide variety of payers, we aim to flip the script on the traditional fee-for-service model.',
      'value-based-care',
    ],
    ['Sidecar Health is redefining health insurance.', 'transform'],
    ['We’re working to bring care to the most underserved and stigmatized patients.', 'equity'],
    // A named result outweighs the change language around it.
    [
      'In partnership with teachers, we transform professional learning to improve student outcomes.',
      'outcomes',
    ],
    // Change aimed at a system is transform, even when the team is invited to it.
    [
      'Come join our team and disrupt a multi-billion dollar industry that has been waiting for change.',
      'transform',
    ],
    [
      'If you want to use your talents to transform healthcare in the United States, come join us!',
      'transform',
    ],
    // Technology is the theme when the change comes through it, not when it is named in passing.
    ['Lyra is transforming mental health care through technology with a human touch.', 'tech-ai'],
    ['We are a technology company expanding access to care for rural families.', 'access'],
    // The team and what drives it.
    ['Come join us and make a positive social impact!', 'mission-culture'],
    // Clinical results are outcomes.
    ['Our nurses follow patients home so that fewer of them are readmitted to hospital.', 'outcomes'],
  ])('places %s under %s', (text, theme) => {
    expect(themeOf(text, true)).toBe(theme);
  });
});
