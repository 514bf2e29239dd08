// Red lines in the user's own words, read as the business-model traits they name, so a
// posting can be checked against them: "is paid a fixed amount for every member" is
// capitation, "takes a cut of each referral" a commission. A line may instead name a
// practice that a tell shows (lexicon/tells.ts): "denies care to raise margins" is what
// utilization management can become, "games risk scores" what risk-adjustment coding can.
// Lines that name neither ("sells patient data to advertisers") stay questions to ask.
import type { TellId } from './tells.ts';
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

export interface RedLineTellWords {
  tell: TellId;
  pattern: RegExp;
}

// Care, a claim or a treatment as the object of a denial, a delay or a limit.
const CARE =
  '(?:care|claims?|treatments?|coverage|services|procedures|requests|referrals|medications?|drugs|visits|tests|scans)';

export const RED_LINE_TELL_WORDS: readonly RedLineTellWords[] = [
  {
    tell: 'utilization-management',
    pattern: new RegExp(
      `\\b(?:den(?:y|ies|ying|ial of)|delay(?:s|ing)?|ration(?:s|ing)?|restrict(?:s|ing)?|withhold(?:s|ing)?|refus(?:e|es|ing)|limit(?:s|ing)?|block(?:s|ing)?|gatekeep(?:s|ing)?) (?:\\w+ ){0,3}?${CARE}\\b|\\butili[sz]ation (?:management|review)\\b|\\bprior[- ]auth\\w*|\\bpre-?authori[sz]\\w*|\\bdenials?\\b`,
      'i',
    ),
  },
  {
    tell: 'risk-adjustment',
    pattern:
      /\bup-?cod\w*|\b(?:inflat|pad|gam|exaggerat|juic|maximi[sz])\w* (?:\w+ ){0,2}?(?:diagnos[ei]s|risk scores?|coding|codes|risk adjustment)\b|\brisk[- ]adjust\w*|\bcodes? (?:for|to) (?:money|revenue|profit)\b/i,
  },
  {
    tell: 'completers-only',
    pattern:
      /\bcherry[- ]?pick\w*|\b(?:only|just) (?:counts?|reports?|measures?) (?:\w+ ){0,3}?(?:completers|successes|(?:those|people|patients|members|users|participants) who (?:finish|complete|stay))|\bhid(?:e|es|ing) (?:\w+ ){0,3}?(?:drop-?outs|failures|bad results)\b/i,
  },
  {
    tell: 'sponsored-study',
    pattern:
      /\b(?:pays? for|fund(?:s|ing)?|sponsor(?:s|ing)?|runs?) (?:its own |their own )?(?:studies|research|trials|evidence)\b|\b(?:biased|self-funded|self-run|unreplicated|industry-funded) (?:studies|research|trials|evidence)\b/i,
  },
  {
    tell: 'up-to-result',
    pattern:
      /\boverstat\w*|\b(?:inflat|exaggerat|hyp)\w* (?:its |their )?(?:results|outcomes|impact|savings)\b|\bmisleading (?:results|outcomes|claims|marketing|figures|numbers)\b|\bbest[- ]case (?:numbers|figures|results)\b/i,
  },
];

/** The tells a red line in the user's own words names ("denies care" names utilization management). */
export const tellsInWords = (line: string): TellId[] =>
  RED_LINE_TELL_WORDS.filter((w) => w.pattern.test(line)).map((w) => w.tell);
