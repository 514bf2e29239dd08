// Headings that tell what kind of text follows. A mission claim is far more likely
// under "About us" than under "Requirements"; the claim finder uses these as a prior.

export const SECTION_KINDS = [
  'none',
  'about',
  'mission',
  'values',
  'why-join',
  'role',
  'duties',
  'requirements',
  'benefits',
  'legal',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface HeadingRule {
  kind: Exclude<SectionKind, 'none'>;
  /** Tested against the heading text, lower-cased, without markup. */
  pattern: RegExp;
}

// First match wins, so the narrower kinds come before the broader ones.
export const HEADING_RULES: readonly HeadingRule[] = [
  {
    kind: 'legal',
    pattern:
      /\b(?:equal (?:employment )?opportunit|eeo|e-verify|accommodation|non-?discrimination|privacy|disclaimer|legal|fraud|notice to (?:applicants|recruiters)|agency|pay transparency|drug[- ]free|background check|affirmative action|diversity|california residents)/,
  },
  {
    kind: 'benefits',
    pattern:
      /\b(?:benefits?|perks|compensation|salary|pay (?:range|band)|what we offer|we offer|offers you|what you(?:'|’)ll get|what(?:'|’)s in it for you|rewards|dental|insurance|401)/,
  },
  {
    kind: 'role',
    pattern:
      /^(?:about (?:the|this|your) (?:role|position|job|opportunity|team)|about the senior|(?:main|basic) purpose|purpose of (?:the )?(?:role|position|job)|your mission)/,
  },
  { kind: 'requirements', pattern: /^(?:about you|a bit about you)/ },
  {
    kind: 'why-join',
    pattern:
      /\b(?:why (?:join|work|you(?:'|’)ll love|you will (?:love|flourish))|why us|life at|working (?:at|with us)|join us|what makes us)/,
  },
  {
    kind: 'mission',
    pattern:
      /\b(?:mission|(?:our|the|company) (?:vision|purpose|story|impact)|vision,? (?:and|&) (?:mission|values)|why we exist|what we believe)\b/,
  },
  { kind: 'values', pattern: /\bvalues\b/ },
  {
    kind: 'about',
    pattern:
      /^(?:about\b|who we are|more about|company (?:overview|description|profile|information)|our company|the company\b|overview of the (?:company|organi[sz]ation))/,
  },
  {
    kind: 'requirements',
    pattern:
      /\b(?:requirements?|qualifications?|what you(?:'|’)ll bring|what you (?:will )?bring|skills|experience|education|who you are|you have|must haves?|nice to haves?|preferred|minimum|competenc|knowledge|abilities|licen[cs]e|certificat|ideal candidate|what we(?:'|’)re looking for|we(?:'|’)re looking for|need to succeed)/,
  },
  {
    kind: 'duties',
    pattern:
      /\b(?:responsibilit|duties|what you(?:'|’)ll do|what you will|you will|in this role|the work|day to day|day-to-day|key (?:accountabilit|activities|tasks|functions)|essential functions|tasks|your impact|what you(?:'|’)ll achieve|scope|the opportunity|you(?:'|’)ll be doing|you get to do)/,
  },
  {
    kind: 'role',
    pattern:
      /\b(?:job (?:summary|description|overview|purpose|category|details)|position (?:summary|overview|description)|role|summary|overview|the team|department|team)\b/,
  },
];
