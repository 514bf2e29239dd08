// Words that place a mission claim in one of the contract's themes. A claim can touch
// several; the theme with the highest total wins, ties going to the earlier entry in
// THEME_ORDER (the narrower, more telling themes come first).
//
// How the labels read, and so the rules: a named result for people (outcomes, lives,
// health) outweighs change language ("we transform X to improve outcomes" is about
// outcomes); change aimed at a system, an industry or a field is `transform`; technology
// is the theme only when the claim says the change comes through it; `mission-culture`
// is the team and what drives it, and gives way when the claim names what changes.
import type { Theme } from '../types.ts';

export interface ThemeCue {
  pattern: RegExp;
  weight: number;
}

export const THEME_CUES: Readonly<Record<Exclude<Theme, 'other'>, readonly ThemeCue[]>> = {
  'value-based-care': [
    {
      pattern:
        /\bvalue[- ]based\b|\bfee[- ]for[- ]service\b|\baccountable care\b|\bshared savings\b|\b(?:full|financial|downside) risk\b|\baligns? incentives\b|\bpaid for (?:what|keeping|outcomes)/i,
      weight: 4,
    },
  ],
  sdoh: [
    {
      pattern:
        /\bsocial determinants\b|\bsdoh\b|\broot causes\b|\bwhere (?:people|we|they|you) live,? work\b|\beviction\b|\bhomeless\w*|\bsocial (?:isolation|needs|care)\b|\bloneliness\b|\bfood (?:insecurity|access)\b|\bhousing\b|\btransportation\b|\bsocial engagement\b/i,
      weight: 3,
    },
  ],
  'care-at-home': [
    {
      pattern:
        /\b(?:in-home|home-based|at-home|in the home|hospital at home|home health|home care|senior care|caretakers?|caregivers? (?:and|to) (?:the )?families|(?:care|hospital|heal\w*|recover\w*|treat\w*) (?:\w+ ){0,2}(?:at|to the) home|hospital home)\b/i,
      weight: 3,
    },
  ],
  prevention: [
    {
      pattern:
        /\bprevent(?:ion|ive|ative)?\b|\bearly detection\b|\bscreenings?\b|\bcatch \w+ early\b|\bvaccin\w+/i,
      weight: 1.5,
    },
  ],
  equity: [
    {
      pattern:
        /\bequit(?:y|able)\b|\bunderserved\b|\bunder-served\b|\bvulnerable\b|\blow[- ]income\b|\bdisenfranchised\b|\boverlooked\b|\bmarginali[sz]ed\b|\bsafety[- ]net\b|\bthose (?:who|most) in need\b|\bin need\b|\bneed it most\b|\bstigmati[sz]ed\b|\bgap\b|\bno matter (?:their|your|one(?:'|’)s) (?:zip ?code|income|background|insurance)\b|\bregardless of (?:their |your )?(?:income|zip ?code|insurance|ability to pay)\b/i,
      weight: 2.5,
    },
  ],
  affordability: [
    {
      pattern:
        /\baffordab\w*|\bexpensive\b|\blower(?:ing)? (?:the )?costs?\b|\bcost[- ]saving|\bsaving (?:\w+ )?(?:thousands|money|dollars)|\bat lower costs?\b/i,
      weight: 2.5,
    },
  ],
  access: [
    {
      pattern:
        /\baccess(?:ible|ibility)?\b|\bbarriers?\b|\bget (?:the )?care\b|\bfront door\b|\bright care at the right\b|\bconnect\w* (?:\w+ ){0,3}(?:to|with) (?:the )?(?:\w+ )?care\b|\bfaster\b|\bsooner\b|\bwhere they are\b|\bmeet people\b|\b(?:care|therapies|treatments?) (?:they|that \w+) (?:need|deserve)\b|\bwherever (?:and whenever )?(?:people|patients|they) need\b/i,
      weight: 2.5,
    },
  ],
  'patient-experience': [
    {
      pattern:
        /\bexperiences?\b|\bempath\w*|\bfeel heard\b|\bhuman touch\b|\bdoctor in the family\b|\bguide\b|\bengage\b|\binspire\b|\bpeace of mind\b|\bwhat matters most\b|\bconvenien\w*|\bpersonali[sz]ed\b|\bcompassion\w*/i,
      weight: 1.5,
    },
  ],
  'tech-ai': [
    // Technology as the means: the claim says the change comes through it.
    {
      pattern:
        /\b(?:ai|artificial intelligence|machine learning|data science|algorithm\w*|analytics|intelligence at the core|power of (?:\w+ )?data|(?:through|using|with|by) (?:\w+ )?technology|technology (?:has|to|that)|digital transformation|innovati\w+ applications)\b/i,
      weight: 2,
    },
    // Technology named in passing ("a technology company", "our platform"): a weak hint.
    { pattern: /\b(?:technology|software|digital|cloud|platform|data)\b/i, weight: 0.5 },
  ],
  transform: [
    {
      pattern:
        /\btransform\w*|\brevolutioni[sz]\w*|\breinvent\w*|\breimagin\w*|\bdisrupt\w*|\bredefin\w*|\bstatus quo\b|\bfix (?:a|the) broken\b|\b(?:future of|shap\w+ the future|(?:better|greener|sustainable|lower carbon|healthier) future)\b|\bchange (?:health ?care|health care|the world)\b|\bpositive changes?\b|\bbetter (?:health ?care|health care)\b|\bhealth care (?:work|system) better\b|\bpush\w* the boundaries\b|\bflip the script\b|\bmake the nhs better\b|\bdent in the universe\b|\bchang\w+ (?:the )?(?:industry|system)/i,
      weight: 2,
    },
    // A whole system, industry or field as what the employer sets out to change.
    {
      pattern:
        /\b(?:health ?care|health care|care|energy|education) (?:system|industry|landscape|ecosystem|market|sector)\b|\b(?:raise|rais\w+) the (?:standard|bar)\b|\brevolution\b|\bclimate change\b|\brestore nature\b|\bwork for people\b/i,
      weight: 1.5,
    },
  ],
  outcomes: [
    {
      pattern:
        /\boutcomes?\b|\bhealthier\b|\bhealthiest\b|\bhealth goals\b|\blives\b|\bwell-?being\b|\bquality of life\b|\bsav\w+ lives\b|\blife-(?:saving|changing)\b|\bstay (?:well|healthy)\b|\bimprov\w+ (?:\w+ )?health\b|\bbetter health\b|\breverse\b|\bfeel better\b|\bhealth improvement\b|\blifelong health\b|\b(?:better|best|enhanc\w+ (?:patient )?) care\b|\b(?:readmi\w+|re-?hospitali[sz]\w+|hospitali[sz]ations|(?:inpatient|hospital|nicu|icu) admissions|emergency (?:department|room) visits|complications|mortality|survival|remission|recover(?:y|ies))\b/i,
      weight: 2,
    },
  ],
  'mission-culture': [
    {
      pattern:
        /\bmission[- ](?:driven|oriented|led|aligned)\b|\bpurpose-driven\b|\bpassion(?:ate)? (?:about|for) (?:our|the) mission\b|\bbigger than ourselves\b|\bwe(?:'|’)re looking for\b|\bseeking a\b|\byou(?:'|’)ll be working\b|\bmeaningful (?:work|way)\b|\bpride ourselves\b|\bwho wants to\b|\bif you(?:'|’)re passionate\b|\bthe work you do\b|\bunited by\b|\bcommitment to the [\w ]+ mission\b|\bmotivated by our mission\b|\bexcited (?:and passionate )?about our mission\b/i,
      weight: 2.25,
    },
    // The people and what drives them: "if you are passionate…", "we care deeply…", "come join us and make an impact".
    {
      pattern:
        /\bpassion(?:ate)?\b|\bour (?:work|team|employees|team members|associates)\b|\bif you (?:are|want)\b|\bwe care deeply\b|\bcome join\b|\bjoin us and\b|\bteam of\b|\bgroup of\b|\bhighly motivated\b|\bwe leave work\b|\b(?:make|making) (?:a|an) (?:positive |real |lasting |meaningful |big )?(?:social )?(?:difference|impact)[!.]?$|\bone thing in common\b|\binspired by\b|\bwhere you can\b/i,
      weight: 1,
    },
  ],
};

export const THEME_ORDER: readonly Exclude<Theme, 'other'>[] = [
  'value-based-care',
  'sdoh',
  'care-at-home',
  'prevention',
  'access',
  'equity',
  'affordability',
  'patient-experience',
  'tech-ai',
  // A named result before the change language that often comes with it.
  'outcomes',
  'transform',
  // The team and its drive give way to any theme that names what changes.
  'mission-culture',
];
