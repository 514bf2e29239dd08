// Words that do not make an employer healthcare but, once it is, say which kind: a health
// company that describes itself in terms of software and customers builds health IT; one
// that talks of an app and members delivers digital health. Only counted where the employer
// speaks about itself (its "about" text, sentences with "we"/"our"/its name), never in the
// job's duties, where every engineer writes software.
import type { HealthcareTerm } from './healthcare-term.ts';

export const HEALTHCARE_SEGMENT_CUES: readonly HealthcareTerm[] = [
  {
    label: 'software for healthcare',
    patterns: [
      'software',
      'saas',
      'enterprise',
      'analytics',
      'interoperab(?:le|ility)',
      'ai',
      'artificial intelligence',
      'technology (?:company|solutions|platform)',
      'data (?:platform|company|solutions)',
      '(?:our )?(?:customers|clients)',
      'life sciences (?:industry|companies|customers|clients|organi[sz]ations)',
      '(?:for|help|helps|helping|empower|empowers|enable|enables) (?:clinicians|providers|hospitals|health systems|payers|health plans|practices|pharma(?:ceutical)? companies)',
    ],
    weight: 1,
    segment: 'health-it',
  },
  {
    label: 'care through an app',
    patterns: [
      'apps?',
      'mobile',
      'virtual',
      'virtually',
      'online',
      'digital',
      'on-demand',
      'personali[sz]ed',
      'coaching',
      'consumers?',
      'anytime',
      'mental health',
      'members',
    ],
    weight: 1,
    segment: 'digital-health',
  },
  {
    label: 'services sold to care',
    patterns: [
      'marketplace',
      '(?:insurance )?(?:broker|brokerage)',
      'referral (?:service|network)',
      'navigat(?:e|es|ion|ing)',
      'advisors?',
      'consult(?:ing|ants?)',
      'staffing',
      'placement',
    ],
    weight: 1,
    segment: 'health-services',
  },
];
