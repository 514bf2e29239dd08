// Red lines in the user's own words, read as the business-model traits they name, so a
// posting can be checked against them: "is paid a fixed amount for every member" is
// capitation, "takes a cut of each referral" a commission. Lines that name no trait
// ("sells patient data to advertisers") stay questions to ask.
import type { BusinessTrait } from './tradeoffs.ts';

export interface RedLineWords {
  trait: BusinessTrait;
  pattern: RegExp;
}

export const RED_LINE_WORDS: readonly RedLineWords[] = [
  {
    trait: 'capitation-pmpm',
    pattern:
      /\bfixed (?:monthly )?(?:fee|amount|payment|sum)s?\b.*\b(?:per|for|every|each) (?:member|patient|enrollee|head|person|life)|\bper[- ](?:member|head)\b|\bcapitat\w*|\bpmpm\b/i,
  },
  {
    trait: 'fee-for-service',
    pattern:
      /\b(?:per|for each|for every|by the) (?:visit|procedure|test|scan|service)s?\b|\bfee[- ]for[- ]service\b|\bvolume\b/i,
  },
  {
    trait: 'value-based',
    pattern:
      /\b(?:keep|keeping|hold|cut|cutting)\w* (?:total )?(?:costs?|spending) down\b|\bshared savings\b|\b(?:takes?|bears?|taking|bearing) (?:financial |full )?risk\b|\bvalue[- ]based\b|\bpaid (?:to|for) spend(?:ing)? less\b/i,
  },
  {
    trait: 'commission-marketplace',
    pattern:
      /\bcommissions?\b|\ba cut\b|\breferral fees?\b|\btake rate\b|\bfinder(?:'|’)?s fees?\b|\bper (?:lead|referral|placement)\b/i,
  },
  {
    trait: 'payer',
    pattern:
      /\b(?:sells?|selling|works? for|paid by) (?:to )?(?:health )?(?:insurers?|insurance compan\w+|health plans?|pay[eo]rs?)\b/i,
  },
  {
    trait: 'pharma',
    pattern: /\bpharma\w*\b|\bdrug (?:compan(?:y|ies)|makers?|money)\b|\bdevice makers?\b/i,
  },
  {
    trait: 'patient',
    pattern: /\bout[- ]of[- ]pocket\b|\bpatients pay\b|\bcash[- ]pay\b|\bcharges? patients\b/i,
  },
  {
    trait: 'product-sales',
    pattern: /\bsell(?:s|ing)? (?:more )?(?:units|devices|drugs|pills|products)\b|\bunits sold\b/i,
  },
  { trait: 'software-middleman', pattern: /\bmiddle ?(?:man|men)\b/i },
  { trait: 'subscription-saas', pattern: /\bsubscriptions?\b|\bsaas\b/i },
];

/** The traits a red line in the user's own words names (none: it stays a question). */
export const traitsInWords = (line: string): BusinessTrait[] =>
  RED_LINE_WORDS.filter((w) => w.pattern.test(line)).map((w) => w.trait);
