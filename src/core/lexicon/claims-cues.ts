// The words that make a sentence read as an employer stating its purpose or impact,
// and the words that make it read as something else (a duty, a requirement, a perk,
// legal text). Weights are log-odds-like nudges; the claim finder adds them up with
// the section prior and keeps sentences above a threshold.

import type { SectionKind } from './claims-sections.ts';

export interface Cue {
  id: string;
  pattern: RegExp;
  weight: number;
}

/** Purpose and impact language. A sentence needs at least one of these to be a claim. */
export const PURPOSE_CUES: readonly Cue[] = [
  {
    id: 'mission-word',
    pattern:
      /\b(?:our|the|a|its|their|shared|collective|company(?:'|’)?s?) (?:\w+ ){0,2}(?:mission|vision|purpose)\b|\bmission (?:is|to)\b|\bon a mission\b/i,
    weight: 3,
  },
  {
    id: 'mission-driven',
    pattern: /\b(?:mission|purpose|values?)[- ](?:driven|oriented|led|aligned|first)\b/i,
    weight: 2.5,
  },
  {
    id: 'exists-to',
    pattern:
      /\bexists? to\b|\breason (?:we|for)\b|\b(?:was |were )?(?:founded|started|created|launched|built) (?:[\w&'’.-]+ ){0,3}?(?:in \d{4},? )?(?:with the (?:goal|aim|mission) )?to (?:create|build|make|fix|change|help|bring|give|improve|solve|transform|reinvent|provide|empower|end)\b/i,
    weight: 2.5,
  },
  {
    id: 'believe',
    pattern: /\bwe (?:firmly |deeply |truly )?believe\b|\bwe envision\b|\bwe aspire\b/i,
    weight: 2,
  },
  {
    id: 'change-verb',
    pattern:
      /\b(?:transform(?:s|ing|ed|ation|ational|ative)?|revolutioni[sz]\w*|reinvent\w*|reimagin\w*|disrupt\w*|redefin\w*|rethink\w*|fix(?:ing)? (?:a|the) broken|status quo|flip the script|shap\w+ the future|future of (?:health|care|medicine|\w+ care))\b/i,
    weight: 2,
  },
  {
    id: 'difference',
    pattern:
      /\b(?:mak\w*|made) (?:a |an )?(?:real |positive |meaningful |lasting |big |huge |tangible |measurable |social )?(?:difference|impact|dent)\b|\b(?:social|positive|meaningful|global|lasting|real|high|scalable|direct|tangible|broad) impact\b|\bimpact(?:s|ing)? (?:on )?(?:the )?(?:lives|health|people|patients|communit)|\bimpacting lives\b|\bimpact\w* (?:on )?(?:the )?(?:[\w-]+ ){0,2}(?:outcomes|success|lives|field)\b/i,
    weight: 2,
  },
  {
    id: 'lives',
    pattern:
      /\b(?:improv|chang|touch|sav|transform|better|enrich|empower|impact)\w* (?:the |their |people(?:'|’)s |patients(?:'|’) |many )?(?:lives|life)\b|\blives of\b|\b(?:live|lead) (?:healthier|better|longer|fuller)\b|\blife[- ](?:saving|changing)\b|\bsav(?:e|ing) lives\b|\bmeaningful lives\b|\btake back their lives\b|\b(?:mak|help)\w* (?:\w+ )?lives (?:better|easier|healthier)\b/i,
    weight: 2,
  },
  {
    id: 'health-goal',
    pattern:
      /\b(?:healthier|better health|health outcomes|clinical outcomes|patient outcomes|improv\w* (?:the )?(?:health|care|quality|access|well-?being)|improv\w* (?:[\w-]+ ){0,3}outcomes|enhanc\w* (?:patient )?care|well-?being|quality of life|quality(?:,)? (?:health ?care|care)|high[- ]quality (?:health ?care|care)|stay(?:s)? (?:well|healthy)|keep\w* (?:patients|people) healthy|health goals|lifelong health|peace of mind)\b/i,
    weight: 1.5,
  },
  {
    id: 'access',
    pattern:
      /\b(?:access to|accessible|accessibility|provid\w+ (?:\w+ ){0,2}(?:health coverage|health ?care|care) (?:to|for)|barriers|get (?:the )?care|reach (?:more )?(?:patients|people)|expand (?:our|its|their) reach|care (?:they|that \w+) (?:need|deserve)|where and when|meet people where they are|for everyone|for all\b|to all\b|no matter)\b/i,
    weight: 1.5,
  },
  {
    id: 'equity',
    pattern:
      /\b(?:underserved|under-served|vulnerable|low[- ]income|safety[- ]net|disenfranchised|marginali[sz]ed|overlooked|stigmati[sz]ed|those (?:who|most) in need|in need\b|need it most|health equity|care equity|equitable|educational equity|inequit\w*|fallen through)\b/i,
    weight: 2,
  },
  {
    id: 'cost',
    pattern:
      /\b(?:affordab\w*|lower(?:ing)? (?:the )?costs?|reduc\w* (?:health ?care |the )?costs?|contain \w+ costs|costs? of (?:health ?care|care)|at (?:a )?(?:lower|sustainable) cost|saving (?:\w+ )?(?:thousands|money))\b/i,
    weight: 1.5,
  },
  {
    id: 'better-system',
    pattern:
      /\b(?:better|modern|stronger|fairer|healthier|sustainable|cleaner|greener) (?:health ?care|health care system|system|world|future|planet|place|way)\b|\b(?:health ?care|health care) (?:work|system) better\b|\bhelping (?:people|patients|families|students|communities|businesses)\b|\b(?:creat|build|shap)\w* (?:a |an )?(?:(?:[\w-]+,? )(?:and )?){0,6}(?:health ?care|health care|care) system\b|\bchange the world\b|\bbigger than ourselves\b|\bgreater good\b/i,
    weight: 1.5,
  },
  {
    id: 'change-object',
    pattern:
      /\b(?:chang\w*|improv\w*|fix\w*|advanc\w*|better\w*|driv\w*|push\w*) (?:the )?(?:health ?care|health care|medicine|the world|the industry|lives|education|the (?:health|care) system)\b|\bpositive change|\bmak\w* (?:the )?(?:health ?care|health care|care|medicine|the world|lives|nhs|(?:health|care) system) better\b|\bdrive (?:health ?care|health care) forward|\bpath to better\b|\bfight\w* (?:climate|disease|cancer)|\bclimate change\b|\bclean energy\b|\bsustainab\w+ (?:future|planet|energy)|\bsav(?:e|es|ing) (?:trees|the planet|lives)\b|\bclos\w+ the [\w ]{1,20}gap\b|\bdent in the universe\b|\bin the service of\b/i,
    weight: 1.5,
  },
  {
    id: 'care-quality',
    pattern:
      /\b(?:compassionate|empathetic|human(?:e)?|personali[sz]ed|coordinated|continuous|whole-person|evidence-based|culturally (?:competent|responsive)) (?:care|way|manner|approach|treatment)|\bdeeply human\b|\bwhat matters most\b|\bbest (?:clinical )?(?:outcome|care)\b|\b(?:better|best) solutions for patients\b|\bdeserve (?:a )?better\b|\bwho (?:could|can) really use\b|\bmeaningful work\b|\bsocial (?:isolation|determinants)|\bloneliness\b|\bfood insecurity\b|\bhousing\b/i,
    weight: 2,
  },
  {
    id: 'whom-for',
    pattern:
      /\bfor (?:patients|people|families|students|children|seniors|members|communities|everyone|society|the planet)\b|\bpatients (?:everywhere|worldwide|sooner|faster)\b|\b(?:wherever|whenever) (?:and (?:whenever|wherever) )?(?:people|patients|they) need\b|\bwith (?:autism|diabetes|disabilities|cancer|addiction|serious mental illness)\b/i,
    weight: 1,
  },
  {
    // "…someone excited about our mission": the employer saying its mission shapes who it hires.
    id: 'mission-fit',
    pattern:
      /\b(?:passionate|excited|motivated|inspired|driven|care[sd]?|believes?) (?:\w+ ){0,2}(?:about|by|in) (?:our|the|this) (?:mission|purpose|cause)\b/i,
    weight: 1,
  },
  {
    id: 'thrive',
    pattern: /\b(?:thrive|flourish|empower\w*|inspire (?:and|people)|feel (?:better|heard)|changemakers?)\b/i,
    weight: 1,
  },
  {
    id: 'commitment',
    pattern:
      /\b(?:committed to|dedicated to|passionate about|devoted to|focused on|strive to|aim(?:s)? to|working to|determined to|pride ourselves)\b/i,
    weight: 0.75,
  },
  {
    id: 'beneficiary',
    pattern:
      /\b(?:patients?|(?<!(?:team|staff|our|its) )(?:members|people)|families|communit(?:y|ies)|society|the world|planet|everyone|millions|americans|seniors|children|students|veterans|consumers|caregivers|clinicians)\b/i,
    weight: 0.75,
  },
  {
    id: 'scale-result',
    pattern:
      /\b\d[\d,.]*\+? ?(?:million|billion|thousand|k\b|%)|\b(?:hundreds|tens) of (?:thousands|millions)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:million|billion)\b|\bmillions of (?:people|patients|members|students|families|users|lives)\b|\bmore than \d[\d,.]* (?:patients|people|members|clinicians|families)/i,
    weight: 1,
  },
];

/** Language that marks text as something other than a claim, however it is phrased. */
export const NEGATIVE_CUES: readonly Cue[] = [
  {
    id: 'eeo',
    pattern:
      /\b(?:equal (?:employment )?opportunit\w*|eeo|without regard to|regard(?:less)? (?:to|of) (?:race|age|sex)|reasonable accommodations?|protected (?:veteran|class|status|characteristic)|e-?verify|drug[- ]free|background (?:check|screening)|affirmative action|sexual orientation|gender identity|national origin|genetic information|marital status|veteran status|disability status|privacy (?:policy|notice)|applicants? (?:with|who|for)|qualified (?:applicants|candidates|individuals)|consideration for employment|recruitment agenc\w*|unsolicited resumes?|at-will|pay transparency|fair chance)\b/i,
    weight: -8,
  },
  {
    id: 'benefits',
    pattern:
      /\b(?:401\s?\(?k\)?|dental|vision (?:insurance|coverage|plans?)|medical,? dental|pto|paid time off|time off|parental leave|paid leave|tuition|stock options?|equity (?:grant|package|compensation)|health (?:insurance|benefits|coverage) for (?:you|employees)|insurance (?:coverage|plans?)|paid holidays|sabbatical|reimburse\w*|wellness (?:program|stipend|allowance)|employee assistance|retirement|bonus(?:es)?|commuter|perks|salary|compensation|pay range|base pay|hourly rate|per hour|benefits package|competitive (?:pay|benefits))\b/i,
    weight: -5,
  },
  {
    id: 'requirement',
    pattern:
      /\b(?:\d+\+ years?|(?:at least|minimum of|min\.?) (?:\d+|one|two|three|four|five) years?|\d+(?:-\d+)? years? (?:of )?(?:professional |relevant |hands-on |industry |work )?experience (?:in|with|as)|experience (?:with|in|using|working|building|developing)|degree (?:in|or)|bachelor|master(?:'|’)?s|ph\.?d|proficien\w*|familiarity|knowledge of|ability to|skills? in|(?:communication|interpersonal|analytical|technical|problem[- ]solving) skills|must (?:have|be)|(?:is )?(?:required|preferred|a plus)\b|background in|track record|fluency|expertise (?:in|with))/i,
    weight: -3,
  },
  {
    id: 'duty',
    pattern:
      /\b(?:you will|you(?:'|’)ll|the (?:successful )?(?:candidate|incumbent|individual|position|role)|this (?:role|position|individual|person)|responsible for|responsibilities|reports? to|will be (?:responsible|expected|required)|in this role|as (?:a|an|the) [\w -]{2,40}(?:engineer|scientist|analyst|manager|developer|nurse|designer|lead)\b)/i,
    weight: -1.5,
  },
  {
    id: 'diversity',
    pattern:
      /\b(?:diversity|(?:diverse|equitable|inclusive)(?:,? (?:and )?(?:diverse|equitable|inclusive|supportive|welcoming))* (?:team|workforce|work environment|environment|workplace|culture|candidates|backgrounds)|inclusion (?:is|and)|belonging|dei\b|deib\b)/i,
    weight: -2.5,
  },
  {
    id: 'employee-care',
    pattern:
      /\b(?:our (?:employees|associates|team members|people)(?:'|’)? (?:health|well-?being|growth)|(?:of|for|to) our (?:own )?(?:employees|associates|team members|staff|workforce)\b|our (?:employees|people|team members) (?:are|as) our|work-life balance|career (?:growth|development|path)|professional development|grow (?:your|their) career|flexible (?:work|schedule))\b/i,
    weight: -4,
  },
  {
    id: 'application',
    pattern:
      /\b(?:apply (?:now|today|here|online)|click (?:here|to apply)|submit (?:your|a) (?:resume|application)|cover letter|interview process|hiring process)\b/i,
    weight: -2,
  },
  {
    id: 'hiring',
    pattern:
      /\b(?:seeking|looking for|searching for|hiring|recruiting|to join (?:our|the|a) [\w -]{0,30}team|join our talent)\b/i,
    weight: -1.5,
  },
  {
    id: 'workplace',
    pattern:
      /\b(?:workplace|work environment|fast-paced environment|work-hard|our (?:employees|people) (?:are|make)|best teams|talent is|team mates|teammates|hired more than|early stages of scaling)\b/i,
    weight: -2,
  },
  {
    id: 'values-list',
    pattern: /\b(?:core values|our values|values:|following values|embody)\b/i,
    weight: -2,
  },
  {
    id: 'question',
    pattern: /\?\s*$/,
    weight: -2,
  },
];

/** Who is speaking. Purpose stated by the employer is the heart of a claim. */
export const SUBJECT_CUES: readonly Cue[] = [
  { id: 'we', pattern: /\b(?:we|we(?:'|’)re|we(?:'|’)ve|our|ours|us)\b/i, weight: 1 },
  {
    id: 'join-us',
    pattern: /\b(?:join (?:us|our|the)|come (?:join|help)|help us|be part of)\b/i,
    weight: 0.75,
  },
  // "Acme Health is a …", "Acme exists to …", "At Acme, we …": the company as subject
  // (not a pronoun or "Studies have shown…").
  {
    id: 'company-subject',
    pattern:
      /^(?:[Aa]t |[Ff]ounded in \d{4},? |[Ee]stablished in \d{4},? |[Hh]eadquartered in [\w ,.]+, |[Tt]oday,? |[Ss]ince \d{4},? )?(?!(?:It|This|That|These|Those|There|They|You|He|She|Studies|Research|Candidates|Applicants)\s)(?:[A-Z][\w.&'’-]*(?:\s|,\s)){0,5}?(?:(?:company|organi[sz]ation|firm|team) )?(?:is|are|was|has|have|exists?|helps?|brings?|provides?|offers?|delivers?|partners?|powers?|builds?|makes?|enables?|works?|serves?|supports?|transforms?|aims?|seeks?|combines?|uses?|touches|applies|strives?)\b|^[Aa]t (?:[A-Z][\w.&'’-]*\s?){1,5},\s(?:we|our)\b/,
    weight: 1,
  },
];

/** Prior for the section a sentence sits in. */
export const SECTION_PRIOR: Readonly<Record<SectionKind, number>> = {
  none: 0,
  about: 1.5,
  mission: 2.5,
  'why-join': 1,
  role: 0,
  duties: -2,
  requirements: -3,
  benefits: -2.5,
  values: -0.5,
  legal: -8,
  other: -0.5,
};

/**
 * Sections made of list items; a prose paragraph in the employer's voice there is not one
 * of them. Not benefits: prose under a benefits heading is still about the benefits
 * ("We believe in taking care of our people…").
 */
export const LIST_SECTIONS: ReadonlySet<SectionKind> = new Set(['requirements', 'duties']);

/**
 * Cues that say what the work changes in the world, or that the mission shapes the
 * team: with one of them, "you will…" is not a duty and "we're looking for…" is not
 * an advert for the role.
 */
export const IMPACT_CUE_IDS: ReadonlySet<string> = new Set([
  'difference',
  'lives',
  'change-object',
  'equity',
  'better-system',
  'mission-fit',
  'mission-driven',
]);

/** Cues that tie the team itself to the mission; with one of them, talk of the team is a claim too. */
export const MISSION_CUE_IDS: ReadonlySet<string> = new Set(['mission-fit', 'mission-driven']);

/** Purpose weight at which a two- or three-word fragment still reads as a claim (a slogan). */
export const SLOGAN_PURPOSE = 3;

/** Cues at or above this weight can open a claim on their own; weaker ones only add to one. */
export const STRONG_CUE_WEIGHT = 1.5;

/** Weak cues together can open a claim when they add up to this ("committed to serving the community"). */
export const WEAK_CUES_TO_OPEN = 1.5;

/** Score at or above which a sentence is reported as a claim. */
export const CLAIM_THRESHOLD = 2.75;

/**
 * Sections are sticky, and postings often put an unheaded company paragraph after the
 * requirements; a sentence in the employer's voice there gets only this much of the prior.
 */
export const VOICE_DAMPING = 0.25;
