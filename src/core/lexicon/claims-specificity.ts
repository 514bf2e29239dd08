// What makes a mission claim specific: a concrete population (who), a mechanism (how),
// a measured result (how much), and who pays. Each entry carries the plain words the
// reasons use, so "names a population: older adults" reads naturally.

export interface NamedPattern {
  /** Shown to the user after "names a population:" and the like; `$0` is the match. */
  label: string;
  pattern: RegExp;
}

const CONDITION =
  "(?:autism|diabetes|prediabetes|type 2 diabetes|hypertension|obesity|cancer|dementia|alzheimer(?:'|’)?s|hiv|kidney disease|dialysis|disabilit(?:y|ies)|addiction|substance use(?: disorders?)?|opioid use(?: disorder)?|serious mental illness|mental illness|(?:a )?mental health (?:or substance use )?conditions?|chronic (?:conditions?|illness(?:es)?|diseases?)|rare diseases?|heart[- ](?:disease|failure)|copd|depression|musculoskeletal (?:issues|conditions|pain))";

/** Concrete populations. Generic words (patients, people, members, everyone) are not here on purpose. */
export const POPULATIONS: readonly NamedPattern[] = [
  {
    label: 'a low-income population',
    pattern: /\blow[- ]income\b|\bpoverty\b|\buninsured\b|\bunderinsured\b/i,
  },
  {
    label: 'older adults',
    pattern:
      /\bseniors?\b|\bolder adults\b|\belderly\b|\bsenior care\b|\baging adults\b|\b(?:people|adults|patients|those|members) (?:aged )?(?:6[05]|7[05]) (?:and|or) (?:older|over)\b/i,
  },
  { label: 'Medicaid or Medicare members', pattern: /\b(?:medicaid|medicare|medi-cal|dual[- ]eligible)\b/i },
  { label: 'veterans', pattern: /\bveterans\b/i },
  {
    label: 'children or students in a named setting',
    pattern:
      /\bk-12\b|\b(?:school-?aged|school) children\b|\bchildren (?:and|&) (?:adolescents|families)\b|\binfants?\b|\bnewborns?\b/i,
  },
  {
    label: 'women or new parents',
    pattern: /\bwomen\b|\bmothers\b|\bnew parents\b|\bpregnan\w+\b|\bmaternal\b/i,
  },
  {
    label: 'a named community',
    pattern:
      /\blgbtq\+?|\bblack americans\b|\blatin[oax]\b|\bhispanic\b|\bindigenous\b|\bnative american\b|\bimmigrants?\b|\brefugees?\b/i,
  },
  {
    label: 'a rural population',
    pattern: /\brural (?:communities|areas|americans|residents|populations?)\b|\bin rural\b/i,
  },
  {
    label: 'people in a named setting',
    pattern:
      /\bcorrectional (?:settings|facilities)\b|\bincarcerated\b|\bhomeless\w*\b|\bexperiencing homelessness\b|\bnursing homes?\b/i,
  },
  {
    label: 'residents of a named place',
    pattern:
      /\b(?:[A-Z][a-z]+ ){1,3}(?:county|counties|state|city)(?:(?:'|’)s)? (?:[a-z-]+ ){0,5}(?:residents|communities)\b|\bresidents of [A-Z]/,
  },
  {
    label: 'people with a named condition',
    pattern: new RegExp(
      `\\b(?:people|persons?|patients|individuals|adults|children|kids|members|those|families|anyone|everyone)(?: [a-z]+){0,2} (?:with|living with|affected by|suffering from|struggling with|recovering from|in recovery from|diagnosed with|at risk (?:of|for)|after|following) (?:a |an )?(?:(?:mild|moderate|severe|chronic|advanced|early|serious|complex|multiple|untreated)[- ])?${CONDITION}`,
      'i',
    ),
  },
  {
    label: 'patients with a named condition',
    pattern: new RegExp(
      `\\b${CONDITION} (?:patients|population|community|care)\\b|\\b(?:transplant|oncology|dialysis) patients\\b`,
      'i',
    ),
  },
  { label: "an employer's workforce", pattern: /\btheir employees and (?:their )?families\b/i },
];

/** Mechanisms: how the employer says it gets the result. */
export const MECHANISMS: readonly NamedPattern[] = [
  {
    label: 'a named service',
    pattern:
      /\b(?:provid|deliver|offer|implement|launch|build|run|operat|giv|bring)\w* (?:\w+[ ,-]+){0,5}?(?:health (?:coverage|insurance|plans?)|coverage|therapy|treatment|medications?|prescriptions?|screenings?|protocols?|programs?|initiatives?|care teams?|clinics?|(?:care|health|medical) cent(?:er|re)s?|home visits|visits|telehealth|virtual care|practice management|clinical solutions|medical services|services|nutrition|coaching|content)\b/i,
  },
  {
    label: 'a way of delivering care',
    pattern:
      /\b(?:nurse|peer|physician|pharmacist|clinician|community)[- ]led\b|\b(?:home visits|house calls|care managers?|care coordinat\w+|case management|(?:remote|continuous) monitoring|monitoring service|therapy sessions|free rides|rides to|outreach program|health coaching|coaching)\b|\b(?:peer-led|peer support|care teams?|community health workers|home-based|in-home|in the home|at home|in school|virtually|telehealth|telemedicine|virtual care|virtual-first|personali[sz]ed nutrition|matching service|matches?|bridge between|behavior change protocols|whole-person|comprehensive care|preventive|coordinated)\b/i,
  },
  {
    label: 'partners who carry it out',
    pattern:
      /\bpartner(?:s|ing)? with (?:\w+ ){0,3}(?:health systems|health plans|hospitals|provider groups|districts|schools|employers|payers|clinics)\b/i,
  },
  {
    label: 'access to named care',
    pattern:
      /\baccess to (?:[\w-]+,? (?:and )?){0,4}(?:health ?care|care|providers|coverage|services|treatment|therapy)\b/i,
  },
  {
    label: 'a setting of care',
    pattern:
      /\bin (?:correctional settings|psychiatric hospitals|residential treatment|schools|the home|clinics)\b/i,
  },
];

/**
 * Measured results: a number tied to an outcome or a reach. Counts of employees, years
 * in business or publications say nothing about impact and are left out.
 */
export const MEASURES: readonly NamedPattern[] = [
  {
    label: 'a counted reach or result',
    pattern:
      /(?:\b\d[\d,.]*\+?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|hundreds of|tens of))\s?(?:millions?|billions?|thousands?|k\b)\+?(?: of)?(?: [\w-]+){0,3}? (?:members|patients|people|lives|hours|visits|americans|students|families|clinicians|users|residents|children|adults|seniors|veterans|consumers|artists|countries|individuals|in need|(?:of )?dollars)\b/i,
  },
  {
    label: 'a counted reach or result',
    pattern: /\b\d[\d,.]*\+? (?:members|patients|lives|visits|hospitals|clinics|states|countries)\b/i,
  },
  {
    label: 'a percentage change',
    pattern:
      /\b\d[\d,.]*\s?(?:%|percent)\s(?:\w+ ){0,3}(?:reduction|fewer|lower|less|more|increase|improvement|decrease|drop)|\b(?:reduc|cut|lower|improv|increas|decreas)\w* (?:[\w-]+ ){0,4}(?:by )?\d[\d,.]*\s?(?:%|percent)|\b(?:fell|fall|falls|dropped|drops?|rose|risen|rises?|grew|grows?|climbed|declined)\b (?:by )?(?:an average of |about |nearly |roughly )?\d[\d,.]*\s?(?:%|percent|points?)|\bfrom \d[\d,.]*\s?% to \d[\d,.]*\s?%/i,
  },
  {
    label: 'a share of the people it serves',
    pattern:
      /\b\d[\d,.]*\s?(?:%|percent) of (?:(?:our|the|its|their|them|those) )?(?:[\w-]+ ){0,3}(?:members|patients|people|participants|students|families|users|clients|residents|children|adults|seniors|veterans)\b/i,
  },
  { label: 'a counted reach or result', pattern: /\bthousands of dollars\b/i },
  {
    label: 'a counted reach or result',
    pattern:
      /(?<![\d,.-])\b\d[\d,.]*\+? (?!(?:staff|team|employees?|full-time|part-time)\b)(?:[a-z-]+ ){0,2}(?:patients|members|households|homes|students|residents|children|adults|seniors|veterans|clients|individuals|users|consumers|installs|installations|systems|rides|vaccinations|surgeries|procedures|visits|appointments|employers|claims|people|families|lives|districts|schools|calls|meals|prescriptions|tests)\b/i,
  },
  {
    label: 'a change from one figure to another',
    pattern: /\bfrom (?:about |roughly |nearly )?\d[\d,.]*\s?(?:%|percent|[a-z]+)? to \d/i,
  },
  {
    label: 'a comparison with a baseline',
    pattern:
      /\d[^.;]{0,80}\b(?:compared (?:with|to)|relative to|versus|instead of|than (?:comparable|similar|matched|eligible|the|before|those))\b|\b(?:less|more|fewer) than (?:half|a third|a quarter|twice|double)\b|\b\d[\d,.]*\s?(?:%|percent|times) (?:fewer|lower|less|more|higher|faster)\b/i,
  },
  {
    label: 'a measured share',
    pattern:
      /\b\d[\d,.]*\s?(?:%|percent) (?:are|were|reached|had|have|saw|achieved|got|returned|stayed|remained|completed)\b/i,
  },
  {
    label: 'a study or evaluation with figures',
    pattern:
      /\b\d[\d,.]*-(?:patient|person|member|participant|site|clinic) (?:study|trial|evaluation)\b|\b(?:study|trial|evaluation)\b[^.;]{0,140}\d[\d,.]*\s?(?:%|percent|points?|times|grade levels?|minutes|hours|days)/i,
  },
  {
    label: 'time or money saved',
    pattern:
      /\b(?:median|average|mean) (?:[\w-]+ ){0,10}?(?:was|is|of|fell|dropped) \d|\b(?:sav|cut|reduc|shorten)\w* [^.;]{0,60}\b\d[\d,.]*\s?(?:minutes?|hours?|days?|weeks?|months?)\b/i,
  },
  // Last: pay, funding and revenue are sums of money too, so any other measure comes first.
  {
    label: 'a sum of money',
    pattern:
      /[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?(?![\d,.]|\s?(?:million|billion|bn|m|k)\b)(?! (?:in )?(?:funding|revenue|valuation|series|investment))/i,
  },
];

/** Who pays, when a claim says it. */
export const PAYER_MENTIONS: readonly NamedPattern[] = [
  {
    label: 'who pays',
    pattern:
      /\b(?:health plans?|insurers?|payers?|medicaid|medicare|employers?|districts|governments?|the state|health systems|hospitals|pharma\w*|life sciences companies|out[- ]of[- ]pocket|cash[- ]pay|free of charge|for free|at no cost|regardless of (?:their )?(?:insurance|ability to pay))\b/i,
  },
];
