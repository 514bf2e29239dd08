// How a posting says who pays the company and how. Only statements count: a customer
// noun must sit in a selling context ("we partner with health plans", "our customers,
// including health systems"), or a phrase must make the model unmistakable ("Medicare
// Shared Savings Program", "SaaS business", "public agency").
import type { Customer, RevenueModel } from '../types.ts';

export interface StakeholderNoun {
  customer: Customer;
  pattern: RegExp;
}

/** Words that open a selling context; customer nouns are looked for just after them. */
export const SELLING_CONTEXT =
  /\b(?:partner(?:s|ed|ing)? with|partnering with|in partnership with|partnerships? with|work(?:s|ing)? (?:directly |closely )?with|serv(?:e|es|ing) (?=(?:our |its )?(?:customers|clients|providers|pay[eo]rs|health plans|hospitals|health systems|employers|pharma|life sciences))|sell(?:s|ing)? (?:\w+ )?to|sold to|our (?:customers|clients)(?:,| include| are| such as)|customers(?:,)? (?:including|include|such as|like|in)|clients (?:including|include|such as|in)|contracts? (?:across|with)|enabl(?:e|es|ing)|(?:solutions?|efficienc\w+|tools|platform|services|software|products) (?:for|to)|(?:used|trusted|relied on|chosen) by|(?:assists|helps|assisting|helping|(?:we|to) (?:assist|help)) (?=(?:healthcare |health care )?(?:providers|clinicians|hospitals|health systems|physicians|health plans|payers|employers))|provid(?:es|ing) (?:services|software|solutions) (?:for|to)|helping (?:\w+ ){0,2}(?:pharmaceutical|life sciences|biotech)|supports? the|supporting|buyers)\b/gi;

/** How far after a selling context a customer noun still belongs to it. */
export const CONTEXT_WINDOW = 180;

// Order matters only for readability; every noun found in the window counts.
export const STAKEHOLDER_NOUNS: readonly StakeholderNoun[] = [
  {
    customer: 'payer',
    pattern:
      /\b(?:health plans?|pay[eo]rs?|insurers|health insurers|insurance (?:companies|carriers)|managed care (?:plans|organizations)|HMOs?|MCOs)\b/i,
  },
  {
    customer: 'provider',
    pattern:
      /\b(?:health systems?|hospitals|(?:healthcare |health care |at-risk )?providers|provider groups|(?:medical |physician |private )?practices|clinicians|physicians|therapists|clinics|healthcare employers|staffing agencies|[A-Z]{2,5} clinicians)\b/,
  },
  {
    customer: 'employer',
    pattern:
      /\b(?<!healthcare |health care )employers\b|\bfortune 500\b|\bbenefits? buyers\b|\bfor their employees\b|\bemployee base\b/i,
  },
  {
    customer: 'pharma',
    pattern:
      /\b(?:pharmaceutical|biotech\w*|life sciences?|pharma)(?: and \w+)? (?:companies|industry|customers|clients|sponsors)\b|\bpharmaceutical,/i,
  },
  {
    customer: 'government',
    pattern:
      /\b(?:government(?:al)? (?:pay[eo]rs|organizations|agencies|customers)|(?:state and local |local |state )?governments?|districts|public sector|medicare(?! advantage)|medicaid(?! managed care| (?:health )?plans?)|federal agencies)\b/i,
  },
];

export interface ModelRule {
  id: string;
  pattern: RegExp;
  customers: readonly Customer[];
  revenue: readonly RevenueModel[];
  /** The rule does not apply when this also matches (e.g. insurance "products"). */
  unless?: RegExp;
}

/**
 * A duty written as an order ("Assist with … the annual Medicare cost reports", "Research and
 * identify other insurance, Medicare, Medicaid"): the job touches a payer, the employer does not
 * say it is paid by one.
 */
export const DUTY_OPENING =
  /^\W*(?:assist|research|prepare|review|ensure|maintain|perform|process|verify|submit|coordinate|monitor|analy[sz]e|identify|complete|conduct|collect|obtain|code|audit|bill|support|manage|provide|develop|build|lead|create|design|help|serve|act|drive) /i;

/** Phrases that state the model outright, wherever they sit in a sentence. */
export const MODEL_RULES: readonly ModelRule[] = [
  {
    id: 'public-body',
    pattern:
      /\bpublic(?:ly)? (?:agency|operated|funded)\b|\bstate agency\b|\bcreated by the state\b|\b(?:owned and )?operated by the (?:commonwealth|state|county|city)\b|\bmedicaid waiver\b|\bfederal employment\b/i,
    customers: ['government'],
    revenue: ['public-funding'],
  },
  {
    id: 'medicare-medicaid',
    pattern: /\b(?:medicare|medicaid|medi-cal)\b/i,
    customers: ['government'],
    revenue: [],
    // Private plans that administer those programs pay as health plans, not as government.
    unless: /\b(?:medicare advantage|medicaid managed care|managed medicaid|medicaid (?:health )?plans)\b/i,
  },
  {
    id: 'value-based',
    pattern:
      /\bvalue[- ]based (?:contracts?|payments?|payment structure|partnerships?|arrangements?|agreements?)\b|\bshared savings\b|\baccountable care organi[sz]ation\b|\btak(?:e|es|ing) (?:on )?(?:full |financial |downside )?risk\b/i,
    customers: [],
    revenue: ['value-based'],
  },
  {
    id: 'payer-contracts',
    pattern: /\bcontracts? (?:across|with) (?:a )?(?:wide )?(?:variety of )?pay[eo]rs\b/i,
    customers: ['payer'],
    revenue: [],
  },
  {
    id: 'capitation',
    pattern: /\bper member per month\b|\bpmpm\b|\bcapitation\b/i,
    customers: [],
    revenue: ['capitation-pmpm'],
  },
  {
    id: 'saas',
    pattern: /\bsaas\b|\bsoftware[- ]as[- ]a[- ]service\b|\bsubscriptions?\b/i,
    customers: [],
    revenue: ['subscription-saas'],
  },
  {
    id: 'marketplace-fee',
    pattern: /\btake rate\b|\btransaction fees?\b|\bcommission on (?:each|every)\b|\bbooking fees?\b/i,
    customers: [],
    revenue: ['commission-marketplace'],
  },
  {
    id: 'product-sales',
    pattern:
      /\b(?:offers?|sells?|commerciali[sz]\w*|manufactur\w*|markets) (?:\w+,? ){0,3}(?:products|devices|diagnostics?|tests|medicines|drugs|therapies)\b|\bdevelop\w* (?:novel |new |innovative )?(?:medicines|drugs)\b/i,
    customers: [],
    revenue: ['product-sales'],
    unless: /\b(?:insurance|managed care|health plan|benefits?|financial) products\b/i,
  },
  {
    id: 'fee-for-service',
    pattern:
      /\bbill(?:s|ing)? (?:insurance|pay[eo]rs|medicare|medicaid)\b|\bfee[- ]for[- ]service (?:basis|reimbursement|payments?)\b|\baccept(?:s|ing)? (?:most )?insurance\b/i,
    customers: [],
    revenue: ['fee-for-service'],
  },
  {
    id: 'employer-benefit',
    pattern: /\b(?:as an? (?:employee )?benefit|employer-sponsored|benefits? buyers)\b/i,
    customers: ['employer'],
    revenue: [],
  },
  {
    id: 'our-customers-deliver-care',
    pattern: /\bour (?:customers|clients) (?:deliver|provide) care\b/i,
    customers: ['provider'],
    revenue: [],
  },
];

/** Public bodies recognisable from the employer's name alone (City of Hope is a private cancer centre). */
export const PUBLIC_EMPLOYER =
  /\b(?:department of|veterans affairs|veterans health administration|commonwealth of|county of|city of(?! hope\b)|state of [A-Z]\w+ (?:department|agency)|national health service|\bnhs\b|health education england|public health (?:agency|department)|ministry of health)/i;

/** Sentences where payer words mean something else: EEO text, employee perks, requirements. */
export const NOT_ABOUT_THE_BUSINESS =
  /\b(?:equal (?:employment )?opportunity|opportunity employer|affirmative action|without regard|401\s?\(?k\)?|dental|paid time off|employer (?:match|contributions?|paid|sponsored 401)|employer-paid|qualif(?:y|ied) for federal|years? of experience|\d+\+ years\b|track record|experience (?:with|in)|knowledge of|familiarity|preferred\b|base pay|on target earnings|student loan|benefits include|you(?:'|’)ll|you will|will support the|(?:job|role|position) requires|liaison)|^\W*(?:access to|work(?:s|ing)? with|partner(?:s|ing)? with|collaborate)\b/i;
