import { describe, expect, it } from 'vitest';
import { notAPosting } from '../../../src/core/analyze.ts';
import { compareWithTheory } from '../../../src/core/theory/compare.ts';
import { analysis, claim, theory } from './fixtures.ts';

const payerPosting = analysis({
  claims: [
    claim('access', 'specific', 'We cut wait times for a first visit from 30 days to 3.'),
    claim('transform', 'vague'),
  ],
  businessModel: {
    customers: ['payer'],
    revenue: ['value-based'],
    evidence: [
      'We partner with health plans across five states.',
      'Our value-based contracts share savings.',
    ],
  },
});

describe('compareWithTheory', () => {
  it('says there is nothing to compare on a page that is not a posting', () => {
    const c = compareWithTheory(notAPosting('unknown'), theory());
    expect(c.overall).toBe('unknown');
    expect(c.items).toEqual([]);
  });

  it('without a theory, invites one and still passes on the questions and prompts', () => {
    const c = compareWithTheory(payerPosting, null);
    expect(c.hasTheory).toBe(false);
    expect(c.overall).toBe('unknown');
    expect(c.summary).toMatch(/theory of change/);
    expect(c.questions).toEqual(payerPosting.questions);
    expect(c.prompts).toContain('A tradeoff of access.');
  });

  it('marks a red line as tension, names it, quotes the evidence, and puts it first', () => {
    const c = compareWithTheory(payerPosting, theory({ themes: ['access'], redLines: ['sells-to-payers'] }));
    expect(c.overall).toBe('tension');
    expect(c.summary).toBe('Crosses your red line: the company sells to health plans (payers).');
    const first = c.items[0]!;
    expect(first).toMatchObject({ kind: 'customer', key: 'payer', verdict: 'tension', redLine: true });
    expect(first.reason).toMatch(/red line/);
    expect(first.reason).toMatch(/partner with health plans/);
    // The red line's question leads the list.
    expect(c.questions?.[0]).toMatch(/health plan/);
  });

  it('is aligned when a wanted theme is claimed specifically and a wanted payer pays', () => {
    const c = compareWithTheory(payerPosting, theory({ themes: ['access'], customers: ['payer'] }));
    expect(c.overall).toBe('aligned');
    const access = c.items.find((i) => i.key === 'access')!;
    expect(access.verdict).toBe('aligned');
    expect(access.reason).toMatch(/30 days to 3/);
    expect(c.items.find((i) => i.key === 'payer')?.verdict).toBe('aligned');
    expect(c.summary).toMatch(/^Fits your theory: /);
  });

  it('treats a wanted theme claimed only vaguely as unknown, with its question', () => {
    const c = compareWithTheory(payerPosting, theory({ themes: ['transform'] }));
    const item = c.items.find((i) => i.key === 'transform')!;
    expect(item.verdict).toBe('unknown');
    expect(item.reason).toMatch(/vaguely/);
    expect(c.questions?.some((q) => /five years/.test(q))).toBe(true);
  });

  it('marks a refused tradeoff as tension and says which, and mixes with what fits', () => {
    const c = compareWithTheory(
      payerPosting,
      theory({ themes: ['access'], refused: ['trait:value-based:0'] }),
    );
    const vb = c.items.find((i) => i.key === 'value-based')!;
    expect(vb.verdict).toBe('tension');
    expect(vb.redLine).toBe(false);
    expect(vb.reason).toMatch(/refuse/);
    expect(vb.reason).toMatch(/rewards doing less/);
    expect(c.overall).toBe('mixed');
    expect(c.summary).toBe('Mixed. Fits: access to care. Conflicts: paid for keeping total costs down.');
  });

  it('a refused theme cost is a conflict when the claim is specific, a question when it is vague', () => {
    const refusing = theory({ refused: ['theme:access:0', 'theme:transform:0'] });
    const c = compareWithTheory(payerPosting, refusing);
    const access = c.items.find((i) => i.key === 'access')!;
    expect(access.verdict).toBe('tension');
    expect(access.reason).toMatch(/specific about access to care .*30 days to 3.*you refuse its cost/);
    const transform = c.items.find((i) => i.key === 'transform')!;
    expect(transform.verdict).toBe('unknown');
    expect(transform.reason).toMatch(/only vaguely; you refuse its cost, so ask/);
    expect(c.questions?.some((q) => /five years/.test(q))).toBe(true);
  });

  it('does not repeat a tradeoff the user already accepted as a prompt', () => {
    const c = compareWithTheory(payerPosting, theory({ customers: ['payer'], accepted: ['trait:payer:0'] }));
    expect(c.prompts?.some((p) => p.startsWith('Selling to health plans'))).toBe(false);
  });

  it('asks who pays when the posting does not say, and can treat that as a red line', () => {
    const silent = analysis({ claims: [claim('outcomes', 'vague')] });
    const asked = compareWithTheory(silent, theory({ customers: ['patient'] }));
    expect(asked.items.find((i) => i.key === 'payer-unknown')?.verdict).toBe('unknown');
    expect(asked.overall).toBe('unknown');
    const red = compareWithTheory(silent, theory({ redLines: ['payer-unknown'] }));
    expect(red.overall).toBe('tension');
    expect(red.summary).toMatch(/won't say who pays it/);
  });

  it('turns red lines in the user’s own words into questions', () => {
    const c = compareWithTheory(
      payerPosting,
      theory({ customRedLines: ['sells patient data to advertisers.'] }),
    );
    expect(c.questions).toContain(
      'Is there any part of the business, or of a partner it depends on, that sells patient data to advertisers?',
    );
  });

  it('says when the employer is not in healthcare', () => {
    const other = analysis({
      healthcare: { is: false, segment: 'non-healthcare', confidence: 0.9, evidence: [] },
    });
    expect(compareWithTheory(other, theory()).summary).toMatch(/^Not a healthcare employer\./);
  });

  it('names the salary trade when the posting sells its mission', () => {
    const mission = analysis({ claims: [claim('mission-culture', 'vague')] });
    expect(compareWithTheory(mission, theory({ salaryTradePct: 10 })).prompts?.[0]).toMatch(/at most 10%/);
    expect(compareWithTheory(mission, theory({ salaryTradePct: 0 })).prompts?.[0]).toMatch(
      /not take a pay cut/,
    );
  });

  it('gives every item a reason and a label, and keeps lists bounded', () => {
    const c = compareWithTheory(payerPosting, theory({ themes: ['access'], customers: ['employer'] }));
    for (const item of c.items) {
      expect(item.reason.length).toBeGreaterThan(20);
      expect(item.label).toBeTruthy();
    }
    expect(c.items.find((i) => i.key === 'payer')?.reason).toMatch(
      /not by those you think should pay \(employers\)/,
    );
    expect(c.questions!.length).toBeLessThanOrEqual(12);
    expect(c.prompts!.length).toBeLessThanOrEqual(6);
    expect(new Set(c.questions).size).toBe(c.questions!.length);
  });
});

describe('a posting outside healthcare', () => {
  const energy = analysis({
    company: 'Gridwell Energy',
    healthcare: { is: false, segment: 'non-healthcare', confidence: 0.8, evidence: [] },
    claims: [claim('access', 'specific', 'We are improving access to clean energy for 2,900 households.')],
  });

  it('does not hold its claims against a healthcare theory ("access to clean energy" is not access to care)', () => {
    const c = compareWithTheory(energy, theory({ themes: ['access'] }));
    expect(c.items.filter((i) => i.kind === 'theme')).toEqual([]);
    expect(c.summary).toMatch(/^Not a healthcare employer\./);
    expect(c.summary).not.toMatch(/Access to care/);
  });

  it('names who pays and how in the words of its own trade, prompts and questions included', () => {
    const installer = analysis({
      company: 'Gridwell Energy',
      healthcare: { is: false, segment: 'non-healthcare', confidence: 0.8, evidence: [] },
      claims: [],
      businessModel: {
        customers: ['patient', 'provider'],
        revenue: ['fee-for-service', 'capitation-pmpm'],
        evidence: ['Homeowners pay us for each project we complete.'],
      },
    });
    const theories = [
      theory({ customers: ['payer'] }),
      theory({ customers: ['patient'], revenue: ['fee-for-service'] }),
      theory({ redLines: ['paid-per-volume'] }),
      theory({ accepted: ['trait:patient:0'] }),
    ];
    for (const t of theories) {
      const c = compareWithTheory(installer, t);
      const traits = c.items.filter((i) => i.kind === 'customer' || i.kind === 'revenue');
      expect(traits.length).toBeGreaterThan(0);
      const said = [
        ...traits.flatMap((i) => [i.label, i.reason]),
        ...(c.prompts ?? []),
        ...(c.questions ?? []),
      ];
      // The user's red line and payers are quoted as they chose them; the rest is Mission
      // Lens's own words.
      const own = said
        .join('\n')
        .replaceAll('is paid per visit or procedure', '…')
        .replace(/you think should pay \([^)]*\)/g, '…');
      expect(own).not.toMatch(
        /clinician|patient|\bcare\b|health plan|\bvisits?\b|procedure|\bmembers?\b|medical|hospital/i,
      );
    }
  });

  it.each([
    'gridwell-field-operations-manager.html', // heat pumps: homeowners pay per project
    'brightfield-curriculum-product-manager.html', // tutoring: school districts pay per student
    'cedar-hollow-veterinary-technician.html', // a veterinary hospital: pet owners pay
  ])('%s: no healthcare words in its questions and tradeoffs', async (file) => {
    const { analyzeFile } = await import('../../../scripts/load-posting.ts');
    const { join } = await import('node:path');
    const { analysis: other } = await analyzeFile(join(import.meta.dirname, '../../../demo/postings', file));
    expect(other.healthcare.is).toBe(false);
    const asked = [...other.questions, ...other.claims.flatMap((c) => [...c.questions, ...c.tradeoffs])];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.join('\n')).not.toMatch(
      /clinician|patient|\bcare\b|health plan|\bvisits?\b|procedure|\bmembers?\b|medical|insurance/i,
    );
  });
});

describe("red lines in the user's own words", () => {
  const capitated = analysis({
    businessModel: {
      customers: ['government'],
      revenue: ['capitation-pmpm'],
      evidence: ['The state pays us a fixed monthly amount for each member.'],
    },
  });

  it.each([
    'is paid a fixed amount for every member each month',
    'gets a fixed monthly fee per patient',
    'is capitated',
  ])('"%s" is checked against a capitated posting', (line) => {
    const c = compareWithTheory(capitated, theory({ customRedLines: [line] }));
    expect(c.overall).toBe('tension');
    expect(c.summary).toBe(`Crosses your red line: the company ${line}.`);
    expect(c.items.find((i) => i.key === 'capitation-pmpm')?.redLine).toBe(true);
  });

  it('is not crossed by a posting paid another way, and a line naming no trait stays a question', () => {
    const perVisit = analysis({
      businessModel: { customers: ['payer'], revenue: ['fee-for-service'], evidence: [] },
    });
    const c = compareWithTheory(perVisit, theory({ customRedLines: ['is paid a fixed fee per member'] }));
    expect(c.items.some((i) => i.redLine)).toBe(false);
    const q = compareWithTheory(capitated, theory({ customRedLines: ['sells patient data to advertisers'] }));
    expect(q.items.some((i) => i.redLine)).toBe(false);
    expect(q.questions?.join('\n')).toMatch(/sells patient data to advertisers/);
  });

  it('reads the phrasings of each trait', async () => {
    const { traitsInWords } = await import('../../../src/core/lexicon/red-line-words.ts');
    expect(traitsInWords('takes a cut of every patient referral')).toEqual(['commission-marketplace']);
    expect(traitsInWords('makes its money per visit')).toEqual(['fee-for-service']);
    expect(traitsInWords('is paid to keep costs down')).toEqual(['value-based']);
    expect(traitsInWords('takes drug company money')).toEqual(['pharma']);
    expect(traitsInWords('sells to health insurers')).toEqual(['payer']);
    expect(traitsInWords('charges patients out of pocket')).toEqual(['patient']);
    expect(traitsInWords('sells patient data to advertisers')).toEqual([]);
  });
});

describe("red lines in the user's own words, held against the tells", () => {
  const demo = async (file: string) => {
    const { analyzeFile } = await import('../../../scripts/load-posting.ts');
    const { join } = await import('node:path');
    return (await analyzeFile(join(import.meta.dirname, '../../../demo/postings', file))).analysis;
  };

  it.each([
    'denies care to raise margins',
    'delays or denies needed treatment to save money.',
    'uses prior authorization to block care',
  ])('"%s" may be crossed by Harborline, whose care managers work on prior authorizations', async (line) => {
    const harborline = await demo('harborline-rn-care-manager.html');
    const c = compareWithTheory(harborline, theory({ customRedLines: [line] }));
    const item = c.items.find((i) => i.kind === 'tell');
    expect(item).toMatchObject({
      key: 'utilization-management',
      verdict: 'unknown',
      redLine: false,
      mayCross: true,
    });
    expect(item?.reason).toContain(
      `May cross your red line: you won't work for a company that ${line.replace(/\.$/, '')}.`,
    );
    expect(item?.quotes).toMatch(/prior authorizations/);
    expect(c.summary).toMatch(/^May cross your red line \(utilization management\); ask/);
    expect(c.overall).not.toBe('aligned');
    // The tell's own question is asked first.
    expect(c.questions?.[0]).toMatch(/denied or changed at review/);
  });

  it('the listed red line "delays or denies care to hold costs down" reads the same tell', async () => {
    const harborline = await demo('harborline-rn-care-manager.html');
    const c = compareWithTheory(harborline, theory({ redLines: ['denies-care'] }));
    expect(c.items.find((i) => i.mayCross)).toMatchObject({ kind: 'tell', key: 'utilization-management' });
    expect(c.items.find((i) => i.mayCross)?.reason).toMatch(
      /^May cross your red line: you won't work for a company that delays or denies care to hold costs down\./,
    );
    // Where the posting shows no such practice, the line is asked, never dropped.
    const threshold = await demo('threshold-clinical-program-manager.html');
    const none = compareWithTheory(threshold, theory({ redLines: ['denies-care'] }));
    expect(none.items.some((i) => i.mayCross)).toBe(false);
    expect(none.questions?.join('\n')).toMatch(/that delays or denies care to hold costs down\?/);
  });

  it('is silent where the posting shows no such practice, and the line stays a question', async () => {
    const threshold = await demo('threshold-clinical-program-manager.html');
    const c = compareWithTheory(threshold, theory({ customRedLines: ['denies care to raise margins'] }));
    expect(c.items.some((i) => i.kind === 'tell')).toBe(false);
    expect(c.summary).not.toMatch(/May cross/);
    expect(c.questions?.join('\n')).toMatch(/denies care to raise margins\?/);
  });

  it('a red line that is crossed outright still leads, and a possible one is listed beside it', async () => {
    const harborline = await demo('harborline-rn-care-manager.html');
    const c = compareWithTheory(
      harborline,
      theory({ customRedLines: ['is paid a fixed fee per member', 'denies care to raise margins'] }),
    );
    expect(c.overall).toBe('tension');
    expect(c.summary).toMatch(/^Crosses your red line/);
    expect(c.items[0]?.redLine).toBe(true);
    expect(c.items.find((i) => i.mayCross)?.key).toBe('utilization-management');
  });

  it('reads the phrasings of each practice', async () => {
    const { tellsInWords, traitsInWords } = await import('../../../src/core/lexicon/red-line-words.ts');
    expect(tellsInWords('games risk scores')).toEqual(['risk-adjustment']);
    expect(tellsInWords('upcodes patients for Medicare money')).toEqual(['risk-adjustment']);
    expect(tellsInWords('inflates diagnoses to get paid more')).toEqual(['risk-adjustment']);
    expect(tellsInWords('only reports the people who finish the program')).toEqual(['completers-only']);
    expect(tellsInWords('cherry-picks its outcomes')).toEqual(['completers-only']);
    expect(tellsInWords('funds its own studies to prove it works')).toEqual(['sponsored-study']);
    expect(tellsInWords('overstates its results')).toEqual(['up-to-result']);
    expect(tellsInWords('limits the number of visits to cut costs')).toEqual(['utilization-management']);
    // Payment words are traits, not practices; a line naming neither stays a question.
    expect(tellsInWords('is paid a fixed fee per member')).toEqual([]);
    expect(traitsInWords('denies care to raise margins')).toEqual([]);
    expect(tellsInWords('sells patient data to advertisers')).toEqual([]);
  });

  it('every possible red line passes the schema the popup and the list check', async () => {
    const { ComparisonSchema } = await import('../../../src/shared/comparison-schema.ts');
    const harborline = await demo('harborline-rn-care-manager.html');
    const longest = 'x'.repeat(140);
    const c = compareWithTheory(
      harborline,
      theory({ customRedLines: [`denies care ${longest}`.slice(0, 140)], themes: ['access'] }),
    );
    expect(c.items.some((i) => i.mayCross)).toBe(true);
    expect(ComparisonSchema.safeParse(c).success).toBe(true);
  });
});

describe('a red line against a business model the posting does not state', () => {
  const inferredPayer = analysis({
    businessModel: {
      customers: ['payer'],
      revenue: [],
      evidence: ['(inferred) Our analytics help health plans close gaps in care.'],
    },
  });

  it('may be crossed, and says that Mission Lens inferred it and from what', () => {
    const c = compareWithTheory(inferredPayer, theory({ redLines: ['sells-to-payers'] }));
    const item = c.items.find((i) => i.key === 'payer');
    expect(item).toMatchObject({ verdict: 'unknown', redLine: false, mayCross: true });
    expect(item?.reason).toBe(
      "May cross your red line: you won't work for a company that sells to health plans (payers). The posting does not say so; Mission Lens inferred it from “Our analytics help health plans close gaps in care.”. Ask before you go further.",
    );
    expect(c.summary).toMatch(
      /^May cross your red line \(paid by health plans\); ask before you go further\./,
    );
    expect(c.overall).not.toBe('aligned');
  });

  it('is crossed outright once the posting states it', () => {
    const stated = analysis({
      businessModel: {
        customers: ['payer'],
        revenue: [],
        evidence: ['Health plans pay us for each member.'],
      },
    });
    const c = compareWithTheory(stated, theory({ redLines: ['sells-to-payers'] }));
    expect(c.items.find((i) => i.key === 'payer')).toMatchObject({ verdict: 'tension', redLine: true });
    expect(c.summary).toMatch(/^Crosses your red line/);
  });

  it('"won\'t say who pays it" is crossed by the silence itself', () => {
    const silent = analysis({ businessModel: { customers: [], revenue: [], evidence: [] } });
    const c = compareWithTheory(silent, theory({ redLines: ['payer-unknown'] }));
    expect(c.items.find((i) => i.key === 'payer-unknown')?.redLine).toBe(true);
  });
});

describe("a red line in the user's own words that names no trait and no tell", () => {
  const peOwned = analysis({
    claims: [
      claim(
        'outcomes',
        'vague',
        'Backed by a private equity firm, we are growing fast to help more patients.',
      ),
    ],
  });

  it('may be crossed where a sentence of the posting has its words in a row', () => {
    const c = compareWithTheory(peOwned, theory({ customRedLines: ['is owned by private equity.'] }));
    const item = c.items.find((i) => i.kind === 'red-line');
    expect(item).toMatchObject({ key: 'own-words-0', label: 'Is owned by private equity', mayCross: true });
    expect(item?.reason).toMatch(
      /^May cross your red line: you won't work for a company that is owned by private equity\. The posting says: “Backed by a private equity firm/,
    );
    expect(c.questions?.[0]).toBe(
      'Is there any part of the business, or of a partner it depends on, that is owned by private equity?',
    );
  });

  it('is not matched by the same words apart, in another order, or alone', async () => {
    const { sentenceNaming } = await import('../../../src/core/theory/own-words-match.ts');
    const line = 'sells patient data to advertisers';
    expect(sentenceNaming(line, ['We sell de-identified patient data to advertisers.'])).not.toBeNull();
    expect(sentenceNaming(line, ['Make use of the data and drive patient activation.'])).toBeNull();
    expect(sentenceNaming(line, ['We care for patients and advertise on radio.'])).toBeNull();
    expect(
      sentenceNaming('tests products on animals', ['We offer products, testing services and software.']),
    ).toBeNull();
    expect(sentenceNaming('is evil', ['We are not evil.'])).toBeNull();
  });

  it('stays a question, without a point, when nothing in the posting comes close', () => {
    const c = compareWithTheory(peOwned, theory({ customRedLines: ['sells patient data to advertisers'] }));
    expect(c.items.some((i) => i.kind === 'red-line')).toBe(false);
    expect(c.questions?.join('\n')).toMatch(/sells patient data to advertisers\?/);
  });
});

describe('the longest red lines the theory allows', () => {
  it('keep every field of the comparison within the schema the popup and the list check', async () => {
    const { ComparisonSchema } = await import('../../../src/shared/comparison-schema.ts');
    const { LIMITS } = await import('../../../src/core/theory/theory.ts');
    const lines = Array.from({ length: LIMITS.customRedLines }, (_, i) =>
      `is owned by private equity ${'and more words '.repeat(12)}${i}`.slice(0, LIMITS.customRedLine),
    );
    const posting = analysis({
      healthcare: { is: false, segment: 'non-healthcare', confidence: 0.9, evidence: [] },
      claims: [claim('other', 'vague', 'A private equity firm backs us.')],
      businessModel: { customers: ['payer'], revenue: [], evidence: ['(inferred) Health plans buy it.'] },
    });
    const c = compareWithTheory(posting, theory({ customRedLines: lines, redLines: ['sells-to-payers'] }));
    expect(c.items.filter((i) => i.mayCross).length).toBe(LIMITS.customRedLines + 1);
    expect(ComparisonSchema.safeParse(c).success).toBe(true);
  });
});
