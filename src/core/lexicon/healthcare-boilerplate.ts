// How to recognise the parts of a posting that every employer writes: benefits, pay and
// equal-opportunity text. Health words there ("medical, dental and vision", "mental health
// days") describe the job's perks, not the employer's business, so the classifier skips them.
// Also how to recognise the parts where the employer describes itself, which weigh more.

/** A sentence matching any of these is boilerplate whatever section it sits in. */
export const BOILERPLATE_SENTENCE_PATTERNS: readonly string[] = [
  'equal (?:employment )?opportunit(?:y|ies)',
  'affirmative action',
  'without regard to',
  'regardless of (?:race|age|gender|sex)',
  'national origin',
  'sexual orientation',
  'gender identity',
  'veteran status',
  'protected veterans?',
  'reasonable accommodations?',
  'e-verify',
  '40[13] ?\\(?[kb]\\)?',
  'paid time off',
  'pto',
  '(?:medical|dental|vision|life|disability|pet) (?:insurance|coverage|benefits?)',
  'medical,? dental',
  'health,? dental',
  'dental,? (?:and |& )?vision',
  'parental leave',
  'tuition (?:reimbursement|assistance)',
  'employee assistance program',
  'flexible spending',
  'health savings',
  'hsa',
  'fsa',
  'commuter benefits',
  'benefits? (?:package|program|offerings?|include|including)',
  '(?:competitive|comprehensive|generous|great|excellent|full) (?:benefits|compensation)',
  'wellness (?:programs?|stipends?|benefits?|reimbursement|days?|allowance)',
  'mental health (?:days?|benefits?|resources|stipend)',
  'gym (?:membership|reimbursement|stipend)',
  'background (?:check|screening)',
  'drug[- ](?:screen(?:ing|s)?|tests?|testing|free)',
  'salary range',
  'pay range',
  'compensation range',
  'covid-19 vaccin(?:e|ation|ated)',
  'job types?:',
  'work location:',
  '(?:employee|staff|nhs|retail|travel) discounts?',
  'discount (?:program|scheme)s?',
  'pet (?:insurance|discounts?|services plans?)',
  'cycle to work',
  'bike loans?',
  'season ticket',
  'annual leave',
  'holiday (?:allowance|pay)',
  'pension',
  'paid directly',
  'prior to (?:beginning |starting )?employment',
  'condition of employment',
  'tb (?:test|clearance|screening)',
  // Anti-fraud notices from boards and employers.
  'bank (?:account )?(?:or credit card )?details',
  '(?:do|does) not (?:charge|ask for|require) (?:any )?(?:fees|payment|money)',
  'recruit(?:ment|ing) (?:fraud|scams?)',
];

/**
 * Words that are benefits only when the sentence also offers something to the employee
 * ("We offer health insurance"), not when it describes the business ("we guide consumers
 * through their health insurance options").
 */
export const BENEFIT_WORD_PATTERNS: readonly string[] = [
  'health (?:insurance|coverage|benefits?|care (?:benefits|coverage)|plans?)',
  'healthcare (?:benefits|coverage)',
  'wellness',
  'mental health',
  'insurance',
];

export const BENEFIT_OFFER_PATTERNS: readonly string[] = [
  'we offer',
  'offer(?:s|ed|ing)?',
  'eligible',
  'eligibility',
  'employees?',
  'you and your',
  'your (?:family|dependents|spouse)',
  'perks?',
  'benefits',
  'package',
  '(?:employer|company)[- ](?:paid|sponsored)',
  'premiums?',
  'day one',
  'full[- ]time',
  'stipend',
];

/** Section headings whose content is benefits, pay or legal text. */
export const BOILERPLATE_HEADING_PATTERNS: readonly string[] = [
  '(?:our |the )?benefits?',
  'perks',
  'what we offer',
  "what you(?:'|’)?ll get",
  'what(?:\\s+is)? in it for you',
  "why you(?:\\s+will|(?:'|’)ll) love",
  '(?:pay|compensation|salary|total rewards)',
  'eeo',
  'equal (?:employment )?opportunity',
  'diversity',
  'accommodations?',
  'job types?',
  'schedule',
  'work location',
  'physical demands',
  'working conditions',
  'covid',
  'disclaimer',
  'legal',
];

/** Section headings under which the employer describes itself. */
export const SELF_HEADING_PATTERNS: readonly string[] = [
  'about (?!the (?:role|job|position|opportunity|team)|you|this)',
  'who we are',
  'our (?:mission|story|company|values|vision|purpose|culture)',
  'why (?:join|work|us)',
  'why [a-z]',
  'company (?:description|overview|profile)',
  'the company',
  'mission',
  'overview',
];

/** Headings that start the job's own sections: they end an "about us" or benefits section. */
export const JOB_HEADING_PATTERNS: readonly string[] = [
  'about (?:the (?:role|job|position|opportunity|team)|you|this)',
  'responsibilities',
  'requirements',
  'qualifications',
  "what you(?:'|’)?ll (?:do|bring|need)",
  'what you will (?:do|bring|need)',
  'the role',
  'role',
  'position (?:summary|description|overview|purpose)',
  'job (?:description|summary|details|duties|purpose)',
  '(?:essential |key |primary )?(?:duties|functions)',
  'key responsibilities',
  'skills',
  'experience',
  'education',
  'who you are',
  'you (?:have|are|will)',
  "what we(?:'|’)?re looking for",
  'what we are looking for',
  '(?:preferred|minimum|basic|required) (?:qualifications|requirements|skills)',
  'nice to have',
  'bonus points',
  'main purpose of (?:the )?role',
  'summary',
];
