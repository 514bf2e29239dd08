// Words that place a mission claim in one of the contract's themes. A claim can touch
// several; the theme with the highest total wins, ties going to the earlier entry in
// THEME_ORDER (the narrower, more telling themes come first).
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
      weight: 3,
    },
  ],
  sdoh: [
    {
      pattern:
        /\bsocial determinants\b|\bsdoh\b|\bsocial (?:isolation|needs|care)\b|\bloneliness\b|\bfood (?:insecurity|access)\b|\bhousing\b|\btransportation\b|\bsocial engagement\b/i,
      weight: 3,
    },
  ],
  'care-at-home': [
    {
      pattern:
        /\b(?:in-home|home-based|at-home|in the home|hospital at home|home health|home care|senior care|caretakers?|caregivers? (?:and|to) (?:the )?families)\b/i,
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
        /\bequit(?:y|able)\b|\bunderserved\b|\bunder-served\b|\bvulnerable\b|\blow[- ]income\b|\bdisenfranchised\b|\boverlooked\b|\bmarginali[sz]ed\b|\bsafety[- ]net\b|\bthose (?:who|most) in need\b|\bin need\b|\bneed it most\b|\bstigmati[sz]ed\b|\bgap\b/i,
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
        /\baccess(?:ible|ibility)?\b|\bbarriers?\b|\bget (?:the )?care\b|\bfront door\b|\bright care at the right\b|\bconnect\w* (?:\w+ ){0,3}(?:to|with) (?:the )?(?:\w+ )?care\b|\bfaster\b|\bsooner\b|\bwhere they are\b|\bmeet people\b/i,
      weight: 2,
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
    {
      pattern:
        /\b(?:ai|artificial intelligence|machine learning|data science|analytics|technology|software|digital|cloud|platform|data|algorithm\w*|intelligence|innovati\w+ applications)\b/i,
      weight: 1.25,
    },
  ],
  transform: [
    {
      pattern:
        /\btransform\w*|\brevolutioni[sz]\w*|\breinvent\w*|\breimagin\w*|\bdisrupt\w*|\bredefin\w*|\bstatus quo\b|\bfix (?:a|the) broken\b|\bfuture\b|\bchange (?:health ?care|health care|the world)\b|\bpositive changes?\b|\bbetter (?:health ?care|health care)\b|\bhealth care (?:work|system) better\b|\bpush\w* the boundaries\b|\bflip the script\b|\bmake the nhs better\b|\bdent in the universe\b|\bchang\w+ (?:the )?(?:industry|system)/i,
      weight: 2,
    },
  ],
  outcomes: [
    {
      pattern:
        /\boutcomes?\b|\bhealthier\b|\bhealth goals\b|\blives\b|\bwell-?being\b|\bquality of life\b|\bsav\w+ lives\b|\blife-saving\b|\bstay (?:well|healthy)\b|\bimprov\w+ (?:\w+ )?health\b|\bbetter health\b|\breverse\b|\bfeel better\b|\bhealth improvement\b|\blifelong health\b/i,
      weight: 1.75,
    },
  ],
  'mission-culture': [
    {
      pattern:
        /\bmission[- ](?:driven|oriented|led|aligned)\b|\bpurpose-driven\b|\bpassion(?:ate)? (?:about|for) (?:our|the) mission\b|\bour (?:work|team|employees|team members|associates)\b|\bbigger than ourselves\b|\bwe(?:'|’)re looking for\b|\bseeking a\b|\byou(?:'|’)ll be working\b|\bmeaningful (?:work|way)\b|\bpride ourselves\b|\bwho wants to\b|\bif you(?:'|’)re passionate\b|\bthe work you do\b|\bunited by\b|\bcommitment to the [\w ]+ mission\b|\bmotivated by our mission\b|\bexcited (?:and passionate )?about our mission\b/i,
      weight: 2.25,
    },
  ],
};

export const THEME_ORDER: readonly Exclude<Theme, 'other'>[] = [
  'value-based-care',
  'sdoh',
  'care-at-home',
  'prevention',
  'equity',
  'affordability',
  'access',
  'mission-culture',
  'patient-experience',
  'tech-ai',
  'transform',
  'outcomes',
];
