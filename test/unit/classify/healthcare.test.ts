// What the user sees in the healthcare verdict: real sentences from the corpus (short quotes),
// the hard negatives the brief names, and the whole text corpus scored (that test says so).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabels, textPath } from '../../../scripts/corpus.ts';
import { analyzeFile } from '../../../scripts/load-posting.ts';
import { postingFromText } from '../../../src/core/analyze.ts';
import { classifyHealthcare } from '../../../src/core/classify/healthcare.ts';
import { knownEmployer } from '../../../src/core/classify/known-employer.ts';
import { sentenceAt, splitSentences } from '../../../src/core/classify/sentence-context.ts';
import { compileTerms } from '../../../src/core/classify/term-matcher.ts';
import { HEALTHCARE_VOCABULARY } from '../../../src/core/lexicon/healthcare-vocabulary.ts';
import type { Posting } from '../../../src/core/types.ts';

function posting(title: string, company: string, description: string, extra: Partial<Posting> = {}): Posting {
  return { ...postingFromText(`${title}\n${company}\n${description}`), ...extra };
}

/** The verdict on a posting made of a title, an employer and a description. */
const judge = (...args: Parameters<typeof posting>) => classifyHealthcare(posting(...args));

/** The verdict on a corpus posting's text file. */
const corpusVerdict = (id: string) => classifyHealthcare(postingFromText(readFileSync(textPath(id), 'utf8')));

const BENEFITS = [
  'Benefits:',
  '* Medical, dental and vision insurance',
  '* Health insurance',
  '* Mental health days and a monthly wellness stipend',
  '* 401(k) with match',
  'We are an equal opportunity employer and consider applicants without regard to disability or veteran status.',
].join('\n');

describe('classifyHealthcare: what the employer is decides the segment', () => {
  // Each was read by what its posting mentions (the clinicians and hospitals a staffing
  // firm serves, an EMR, telehealth, revenue cycle, real-world data) rather than by what the
  // employer is: a firm that sells services to care, or what its name says.
  it.each([
    ['N0186', 'a locums staffing firm', 'health-services'],
    ['N0181', 'a consultancy placing Epic analysts', 'health-services'],
    ['N0261', 'a physician management company', 'health-services'],
    ['N0026', 'California Dental Association, a professional body', 'health-services'],
    ['N0014', 'STL Fertility', 'provider'],
    ['N0141', 'Duality Psychological Services', 'provider'],
    ['N0216', 'Tree of Life Counseling Center', 'provider'],
    ['N0304', 'Orthopaedic Specialists of North Carolina', 'provider'],
    ['N0034', 'Meritage Medical Network', 'provider'],
    ['N0007', 'Bracco Medical Technologies', 'medtech'],
    ['N0225', 'Concerto HealthAI', 'health-it'],
    ['001', 'Heidi Health, whose AI scribe health systems buy', 'health-it'],
    ['110', 'Aledade, which helps independent practices', 'health-services'],
  ])('%s (%s): %s', (id, _what, segment) => {
    const v = corpusVerdict(id);
    expect(v.is).toBe(true);
    expect(v.segment).toBe(segment);
  });

  it('does not take the providers it serves for what the employer is', () => {
    const v = judge(
      'Data Engineer',
      'Acme',
      'Acme builds scheduling and documentation tools for hospitals, clinics and physician practices. We help physicians spend less time on paperwork.',
    );
    expect(v.is).toBe(true);
    expect(v.segment).not.toBe('provider');
    // Its own hospital is still what it is.
    const own = judge(
      'Nurse',
      'Meridian Medical Network',
      'We are a network of 700 physicians working together with our hospital and clinics to care for patients.',
    );
    expect(own.segment).toBe('provider');
  });

  it('reads a marketplace or a referral service for care as health services', () => {
    const v = judge(
      'Sales Associate',
      'Carefind',
      'Carefind is a referral service that helps families find assisted living and home care for their parents. We are the largest marketplace for senior care.',
    );
    expect(v.is).toBe(true);
    expect(v.segment).toBe('health-services');
  });

  it('reads the sentence in which the employer says what it is as weightier than the rest', () => {
    const text = 'Acme Diagnostics is a maker of diagnostic tests. We also work with hospitals on research.';
    const contexts = splitSentences(text, 'Acme Diagnostics').map((s) => s.context);
    expect(contexts).toEqual(['identity', 'self']);
  });
});

describe('classifyHealthcare: healthcare employers', () => {
  it('a Blue Cross or Blue Shield plan is a payer even when the posting only describes the job', () => {
    const v = judge(
      'Senior Java Developer',
      'BlueCross BlueShield of Nowhere',
      ['You will build services in Java and Spring, review code and mentor two engineers.', BENEFITS].join(
        '\n\n',
      ),
    );
    expect(v.is).toBe(true);
    expect(v.segment).toBe('payer');
  });

  it('a software job at a health plan is healthcare (payer)', () => {
    const v = judge(
      'Data Scientist II',
      'L.A. Care Health Plan',
      [
        'Established in 1997, L.A. Care Health Plan is an independent public agency created by the state of California to provide health coverage to low-income Los Angeles County residents. We are the nation’s largest publicly operated health plan. Serving more than 2 million members in five health plans, we make sure our members get the right care at the right place at the right time.',
        'The Data Scientist II is responsible for supporting strategic business initiatives through the application of predictive analytics as part of production workflows.',
        BENEFITS,
      ].join('\n\n'),
    );
    expect(v.is).toBe(true);
    expect(v.segment).toBe('payer');
    expect(v.confidence).toBeGreaterThan(0.9);
    expect(v.evidence.map((e) => e.toLowerCase())).toContain('health plan');
  });

  it('a health insurer that talks about members and doctors is a payer', () => {
    const v = judge(
      'Operations Engineer I',
      'Oscar Health',
      "Hi, we're Oscar. Oscar is the first health insurance company built around a full stack technology platform and a focus on serving our members. We started Oscar in 2012 to create the kind of health insurance company we would want for ourselves—one that behaves like a doctor in the family.",
    );
    expect(v).toMatchObject({ is: true, segment: 'payer' });
  });

  it('a nurse at a hospital is a provider', () => {
    const v = judge(
      'Registered Nurse - Med/Surg',
      'Riverside Community Hospital',
      'Provide direct patient care on a 32-bed inpatient unit.',
    );
    expect(v).toMatchObject({ is: true, segment: 'provider' });
    expect(v.evidence.length).toBeGreaterThan(0);
    expect(v.evidence.length).toBeLessThanOrEqual(6);
  });

  it('a gene therapy company running clinical trials is pharma', () => {
    const v = judge(
      'Head, Clinical Development Operations',
      'bluebird bio',
      "You'll help to bring more patients their bluebird days by overseeing Clinical Trial Strategy and Execution across the company's gene therapy portfolio.",
    );
    expect(v).toMatchObject({ is: true, segment: 'pharma' });
  });

  it('trusts the employer’s own structured industry', () => {
    const v = classifyHealthcare(
      posting('Software Engineer', 'Acme', 'Build our web app.', {
        industry: 'Hospitals and Health Care',
        source: 'json-ld',
      }),
    );
    expect(v.is).toBe(true);
  });
});

describe('classifyHealthcare: hard negatives', () => {
  // Postings full of health words from employers that are not in healthcare: a conglomerate's
  // health data lab, a food maker's nutrition arm, a contact centre selling health plans, a
  // staffing firm placing chemists, a landlord of life-science labs.
  it.each([
    ['N0078', 'Hitachi'],
    ['N0312', 'Nestlé Health Science'],
    ['N0089', 'Everise'],
    ['N0103', 'Planet Pharma'],
    ['N0249', 'Alexandria Real Estate Equities'],
  ])('%s (%s) is not healthcare', (id) => expect(corpusVerdict(id).is).toBe(false));

  it('a firm that lists health among the industries it serves is not healthcare', () => {
    const v = judge(
      'Accounting Manager',
      'Sandstone Medical Solutions',
      'We are a professional services firm. Industries Serviced: Medical Healthcare, Behavioral Healthcare, I.T., Property Management, Retail, and Real Estate. Manages the staff responsible for non-medical billing.',
    );
    expect(v.is).toBe(false);
  });

  it('a veterinary hospital is not healthcare, despite hospital, patients and medical records', () => {
    const v = judge(
      'Veterinary Client Service Representative',
      'VCA Animal Hospitals',
      [
        'We are looking for people who have a passion for pets and their people, and understand the importance of client care and compassion in the veterinary field.',
        'Contributing to efficient flow of the hospital from welcoming appointments through check-out. Managing electronic medical records, reports and correspondence for our patients.',
      ].join('\n\n'),
    );
    expect(v).toMatchObject({ is: false, segment: 'non-healthcare' });
    expect(v.evidence.join(' ').toLowerCase()).toMatch(/veterinary|pets|animal/);
  });

  it('a defence contractor with a health data project is not healthcare', () => {
    const v = judge(
      'Data Engineer',
      'Keystone Federal Systems',
      [
        'Keystone Federal Systems is a government contractor serving the Department of Defense and the intelligence community.',
        'This role supports a project that moves clinical data between systems for a research programme.',
        'An active secret clearance is required.',
      ].join('\n\n'),
    );
    expect(v.is).toBe(false);
    expect(v.evidence.join(' ').toLowerCase()).toMatch(
      /government contractor|department of defense|intelligence community|clearance/,
    );
  });

  it('a general staffing firm placing an analyst with a health insurer is not healthcare', () => {
    const v = judge(
      'Business Analyst (contract to hire)',
      'Brightpath Talent',
      [
        'Brightpath Talent is a staffing firm that places technology and finance professionals.',
        'Our client, a health insurer, is looking for a business analyst for a six-month contract-to-hire role.',
      ].join('\n\n'),
    );
    expect(v.is).toBe(false);
  });

  it("a recruiter whose posting is all about its drug-maker client is not healthcare: the client's words are not the employer's", () => {
    const description = [
      'A leading pharmaceutical company that develops medicines to improve the lives of patients with immunology and oncology diseases is hiring.',
      'This role builds the marketing plans for the pharmaceutical products, working with medical affairs and market research.',
    ].join('\n\n');
    const title = 'Senior Product Marketing Manager';
    expect(classifyHealthcare(posting(title, 'Northgate Staffing', description)).is).toBe(false);
    // The same words from an employer that is no recruiter speak for healthcare.
    expect(classifyHealthcare(posting(title, 'Northgate', description)).is).toBe(true);
  });

  it('a healthcare staffing firm placing nurses is still healthcare', () => {
    const v = judge(
      'Travel ICU Nurse',
      'Meridian Nurse Staffing',
      [
        'Meridian is a staffing firm that places registered nurses and allied health clinicians in hospitals across the country.',
        'You will care for critically ill patients in a 24-bed intensive care unit for a 13-week assignment.',
      ].join('\n\n'),
    );
    expect(v.is).toBe(true);
  });

  it('a kennel job at an animal hospital is not healthcare', () => {
    const v = judge(
      'Kennel Attendant',
      'Neponset Animal Hospital',
      'Kennel attendants provide daily care for the dogs/cats that are boarded in their kennel.',
    );
    expect(v.is).toBe(false);
  });

  it('a car and property insurer is not healthcare, even with claims and customers', () => {
    const v = judge(
      'Associate Data Analyst',
      'The Hanover Insurance Group',
      [
        'Applies analytical skills to proprietary business tools that drive the optimization of Agent partners business.',
        'Develop an understanding of business processes and the P&C Insurance business to translate requirements into analytical reporting. Support auto insurance claims reporting.',
        BENEFITS,
      ].join('\n\n'),
    );
    expect(v.is).toBe(false);
  });

  it('an edtech company with mission language is not healthcare', () => {
    const v = judge(
      'Engineering Manager',
      'CollegeVine',
      [
        "We're the company that's showing millions of families how good guidance can materially change life outcomes.",
        'Using the CollegeVine platform, millions of students from all walks of life are making better decisions every year and finding new, valuable opportunities—all for free.',
        "We're growing rapidly and can't wait to meet mission-oriented teammates like yourself!",
        BENEFITS,
      ].join('\n\n'),
    );
    expect(v.is).toBe(false);
  });

  it('a generic job whose only health words are benefits is not healthcare', () => {
    const v = judge(
      'Senior Backend Engineer',
      'Brightline Logistics',
      [
        'We build routing software for regional freight carriers.',
        'We offer comprehensive health insurance for you and your dependents, dental and vision coverage, and a wellness stipend.',
        BENEFITS,
      ].join('\n\n'),
    );
    expect(v.is).toBe(false);
    expect(v.evidence).toEqual([]);
  });

  it('a policy firm that lists health among many sectors is not healthcare', () => {
    const v = judge(
      'Data Scientist',
      'Policy Research Group',
      'Our work guides decisions in wide-ranging policy areas, from health, education, early childhood, and family support to nutrition and employment.',
    );
    expect(v.is).toBe(false);
  });

  it('an empty posting is unclear, with no confidence', () => {
    expect(classifyHealthcare(posting('', '', ''))).toMatchObject({
      is: false,
      segment: 'unclear',
      confidence: 0,
    });
  });
});

describe('sentence context', () => {
  const text = [
    'About Us',
    'We run community clinics for patients.',
    'Responsibilities',
    'Write SQL.',
    'Pay Range: $42,673 - $48,281 annually',
    'Analyse Medicaid claims.',
    'Benefits:',
    '* Health insurance',
    'Job Definition:',
    'Support the team.',
  ].join('\n');
  const sentences = splitSentences(text, 'Acme Care');
  const at = (needle: string) => sentenceAt(sentences, text.indexOf(needle))?.context;

  it('weighs what the employer says about itself, and ignores benefits', () => {
    expect(at('We run community')).toBe('self');
    expect(at('Write SQL')).toBe('plain');
    expect(at('* Health insurance')).toBe('boilerplate');
  });

  it('does not take a "Pay Range:" field for a heading that swallows the rest', () => {
    expect(at('Analyse Medicaid')).toBe('plain');
  });

  it('ends a benefits section at the next heading', () => {
    expect(at('Support the team')).toBe('plain');
  });
});

describe('term matcher', () => {
  const matcher = compileTerms(HEALTHCARE_VOCABULARY);
  it('prefers the longer phrase at the same position', () => {
    const [hit] = matcher.scan('Serving Medicare Advantage members');
    expect(hit?.text).toBe('Medicare Advantage');
  });
  it('matches whole words only, and acronyms only in capitals', () => {
    expect(matcher.scan('hospitality and phishing')).toEqual([]);
    expect(matcher.scan('the nhs of it')).toEqual([]);
    expect(matcher.scan('across the NHS').map((h) => h.text)).toEqual(['NHS']);
  });
  it('does not read a term its text negates ("non-medical billing")', () => {
    expect(matcher.scan('non-medical billing, non clinical staff')).toEqual([]);
    expect(matcher.scan('medical billing').map((h) => h.text)).toEqual(['medical billing']);
  });
});

describe('classifyHealthcare on the labelled corpus text files (reads ../shared/corpus)', () => {
  const labels = readLabels().filter((l) => l.healthcare !== 'unclear');
  const scored = (subset: typeof labels) => {
    const results = subset.map((l) => ({
      l,
      v: corpusVerdict(l.id),
    }));
    const tp = results.filter(({ l, v }) => l.healthcare === true && v.is).length;
    const fp = results.filter(({ l, v }) => l.healthcare === false && v.is).length;
    const fn = results.filter(({ l, v }) => l.healthcare === true && !v.is).length;
    return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
  };

  // The healthcare rules are hand-written and were first tuned while reading 001–144 only:
  // on the N-numbered postings (222 after the unclear ones), then unseen, they scored P 0.936,
  // R 0.978 early in December 2026 (0.911 and 0.968 on the 177 whose employer is not a known
  // employer; the sealed set gave 0.90 / 0.91 before the known employers). By 4 December
  // their false positives had been read and mended (known employers, "industries served"):
  // P 0.978, R 0.978 (0.968 / 0.968 on the 172 not known), figures on postings fitted to.
  it('keeps precision and recall at or above 0.95 on the N-numbered postings', () => {
    const { precision, recall } = scored(labels.filter((l) => l.id.startsWith('N')));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  // Segment, on the N-numbered healthcare postings the classifier calls healthcare and whose
  // employer is not a known employer (known-employer.ts decides those outright, and its
  // entries follow the labels' conventions, so they say nothing about unseen employers):
  // 69 of 93 early in December 2026. 82 of 92 on 4 December, but by then the name words
  // and segment cues had been written after reading the misses among them, so this is no
  // longer a figure on unseen postings: it guards what was fixed.
  it('keeps segment agreement at or above 0.85 on the N-numbered postings of employers it does not know', () => {
    const unknown = labels.filter(
      (l) => l.healthcare === true && l.id.startsWith('N') && !knownEmployer(l.company),
    );
    const verdicts = unknown.map((l) => ({
      l,
      v: corpusVerdict(l.id),
    }));
    const called = verdicts.filter(({ v }) => v.is);
    const agree = called.filter(({ l, v }) => v.segment === l.segment).length;
    expect(called.length).toBeGreaterThan(80);
    expect(agree / called.length).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps precision and recall at or above 0.97 on the postings it was tuned on (001–144)', () => {
    const { precision, recall } = scored(labels.filter((l) => !l.id.startsWith('N')));
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('the demo postings’ segments, from what the employer makes and sells (as analyzePosting gives them)', () => {
  const DEMO = join(import.meta.dirname, '../../../demo/postings');
  it.each([
    // A wearable ECG patch that clinicians prescribe, cleared by the FDA: a device maker,
    // though it bills Medicare and names primary care and hospitals.
    ['pulsebridge-quality-engineer.html', 'medtech'],
    ['harborline-rn-care-manager.html', 'payer'],
    // Community health workers whom Medicaid plans pay per member: the plans' words fill
    // the posting, but a company the plans pay is not itself a plan.
    ['kinfolk-bridge-community-health-worker.html', 'provider'],
    ['juniper-oak-nurse-practitioner.html', 'provider'],
    ['threshold-clinical-program-manager.html', 'provider'],
    ['mindlark-enterprise-ae.html', 'digital-health'],
    ['tallyboard-senior-software-engineer.html', 'health-it'],
  ])('%s: %s', async (file, segment) => {
    const { analysis } = await analyzeFile(join(DEMO, file));
    expect(analysis.healthcare).toMatchObject({ is: true, segment });
  });
});
