// Questions a candidate can ask to test whether a company's stated mission matches
// what it does. The core six hold for any company; the theme and trait questions make
// them specific to what the posting claims and to what it leaves out.
import type { Theme } from '../types.ts';
import type { BusinessTrait } from './tradeoffs.ts';
import { wordedFor } from './worded-for.ts';

export type CoreQuestionId = 'margin' | 'buyer' | 'north-star' | 'promotion' | 'conflict' | 'patient-story';

/** The core questions, in their default order of importance. */
export const CORE_QUESTIONS: Readonly<Record<CoreQuestionId, string>> = {
  margin:
    'Which part of the business earns most of the margin, and which parts are there mainly to support it?',
  buyer:
    'Who exactly signs the contracts and pays you, and what does that buyer need to see to renew? Does that fit what you mean by the mission?',
  'north-star':
    'What is the one metric the company steers by, and does everyone you meet name the same one? Does it track patients getting better?',
  promotion:
    'How are promotions decided on this team, and are they tied to that metric or to something else?',
  conflict:
    'Tell me about a time the mission and the business goals pulled in different directions. What did the company decide, and who decided?',
  'patient-story':
    'Can you tell me about a specific patient or member the company helped, and how you know it made a difference?',
};

/** The same questions, worded for an employer outside healthcare (no patients to ask about). */
export const CORE_QUESTIONS_OUTSIDE_HEALTHCARE: Readonly<Partial<Record<CoreQuestionId, string>>> = {
  'north-star':
    'What is the one metric the company steers by, and does everyone you meet name the same one? Does it track the good the company says it does?',
};

/** The buyer question once the posting says who pays (`who`: "health plans and employers"). */
export const buyerQuestionFor = (who: string, healthcare: boolean) =>
  `The posting suggests you are paid by ${who}. What does that buyer need to see to renew, and where does that diverge from what is best for ${healthcare ? 'patients' : 'the people you serve'}?`;

export const THEME_QUESTIONS: Readonly<Record<Theme, readonly string[]>> = {
  transform: [
    'What specifically will be different for patients in five years if you succeed, and who will be worse off?',
  ],
  access: [
    'When demand grows, how do you add clinician capacity: more hires, shorter visits, or a cheaper channel? How do you check quality holds?',
  ],
  equity: [
    'What share of the people you serve are on Medicaid, uninsured or low-income, and how is care for them paid for?',
  ],
  sdoh: [
    'How much of each dollar for social needs reaches the person, and how much stays with you and your partners?',
  ],
  'value-based-care': [
    'How much of your revenue is at risk on total cost, and how do you make sure savings do not come from withholding needed care?',
  ],
  affordability: [
    'Whose prices or revenue go down when your product saves money, and who keeps the savings?',
  ],
  outcomes: [
    'Which outcome do you measure, against what comparison group, and has anyone outside the company checked it?',
  ],
  'patient-experience': [
    'How do you measure the patient experience, and what happened the last time it conflicted with cost?',
  ],
  'care-at-home': [
    'Who pays for care at home, at what price compared with a hospital stay, and who decides when a patient should escalate?',
  ],
  prevention: ['How do you handle false positives and the follow-up care they trigger, and who pays for it?'],
  'tech-ai': [
    'Who captures the savings your technology creates: your customers, patients, or the company? What happens when the software gets it wrong?',
  ],
  'mission-culture': [
    'How does the mission show up in day-to-day decisions on this team, beyond the careers page?',
  ],
  other: ['How would you know, a year from now, that the company achieved what it says it is here to do?'],
};

export const TRAIT_QUESTIONS: Readonly<Record<BusinessTrait, readonly string[]>> = {
  payer: [
    "What does the health plan measure you on, and have you ever had to choose between the plan's savings and a patient's care?",
  ],
  provider: [
    'Does your product raise what your provider customers bill, lower their costs, or neither? How do they justify the price?',
  ],
  employer: ['What happens to members when their employer does not renew the contract?'],
  patient: ['What do patients pay out of pocket, and who is priced out?'],
  pharma: [
    'How do you keep work paid for by drug and device makers from becoming marketing for their products?',
  ],
  government: ['How exposed is the budget to changes in public funding or contract rebids?'],
  'fee-for-service': ['What keeps volume from becoming the goal when you are paid per visit?'],
  'value-based': [
    'Which costs have you cut under risk contracts, and which care got less frequent as a result?',
  ],
  'capitation-pmpm': [
    'How do you make sure fixed per-member payments do not lead to under-treating members?',
  ],
  'subscription-saas': [
    'Do customers renew because patients do better or because the software saves them staff time?',
  ],
  'commission-marketplace': ['What is your take rate, and who ends up paying it?'],
  'product-sales': ['How do you decide where the product should not be used?'],
  'public-funding': ['What happens to the service if a grant or public contract ends?'],
  'software-middleman': [
    'If your software makes the process cheaper, do prices for patients fall, or does the margin stay with you?',
  ],
  'payer-unknown': [
    'Who pays you: patients, employers, health plans, providers, drug makers or government? Who is the end user?',
  ],
};

/** The trait questions above whose words are healthcare's, asked of any other employer. */
export const OUTSIDE_HEALTHCARE_TRAIT_QUESTIONS: Readonly<Partial<Record<BusinessTrait, readonly string[]>>> =
  {
    provider: ['Does your product raise what your customers charge, lower their costs, or neither?'],
    employer: ['What happens to the people you serve when their employer does not renew the contract?'],
    patient: ['What do customers pay out of their own pocket, and who is priced out?'],
    'fee-for-service': ['What keeps volume from becoming the goal when you are paid per job or per sale?'],
    'capitation-pmpm': [
      'How do you make sure a fixed fee per person does not lead to serving each one less?',
    ],
    'subscription-saas': [
      'Do customers renew because the people they serve are better off, or because the product saves them time?',
    ],
    'payer-unknown': ['Who pays you: the people you serve, businesses, or government? Who is the end user?'],
  };

/** The questions a business trait raises, worded for a healthcare employer or for another. */
export const traitQuestions = wordedFor(TRAIT_QUESTIONS, OUTSIDE_HEALTHCARE_TRAIT_QUESTIONS);
