// What employers and boards say about themselves in structured data: JSON-LD `industry`
// (LinkedIn-style sector names) and `occupationalCategory` (free text or SOC/O*NET codes).
// These are the employer's own words, so they weigh the most; "Software Development" or
// "Insurance" say nothing either way, because health IT and health plans use them too.
import type { HealthcareTerm } from './healthcare-term.ts';

export const HEALTHCARE_INDUSTRIES: readonly HealthcareTerm[] = [
  {
    label: 'hospitals and health care',
    patterns: [
      'hospitals?',
      'health ?care',
      'medical practices?',
      'mental health care',
      'nursing homes?',
      'individual and family services',
    ],
    weight: 3.5,
    segment: 'provider',
  },
  {
    label: 'health insurance',
    patterns: ['health insurance', 'health plans?', 'managed care'],
    weight: 3.5,
    segment: 'payer',
  },
  {
    label: 'pharmaceuticals',
    patterns: [
      'pharmaceuticals?',
      'pharmaceutical manufacturing',
      'biotechnology(?: research)?',
      'life sciences',
    ],
    weight: 3.5,
    segment: 'pharma',
  },
  {
    label: 'medical devices',
    patterns: ['medical (?:devices?|equipment)(?: manufacturing)?', 'diagnostics?'],
    weight: 3.5,
    segment: 'medtech',
  },
  {
    label: 'health IT',
    patterns: ['health ?care (?:it|software|technology)', 'health information technology'],
    weight: 3.5,
    segment: 'health-it',
  },
  {
    label: 'public health',
    patterns: ['public health', 'government administration.*health'],
    weight: 3.0,
    segment: 'public-health',
  },
  { label: 'medical', patterns: ['medical', 'clinical', 'health'], weight: 2.5, segment: null },
  // SOC 29-xxxx healthcare practitioners, 31-xxxx healthcare support.
  {
    label: 'healthcare occupation',
    patterns: [
      '29-\\d{4}(?:\\.\\d\\d)?',
      '31-\\d{4}(?:\\.\\d\\d)?',
      'nursing(?: and midwifery)?',
      'allied health',
    ],
    weight: 2.0,
    segment: 'provider',
  },

  { label: 'veterinary', patterns: ['veterinary', 'animal'], weight: -4.0, segment: 'non-healthcare' },
  {
    label: 'non-health sector',
    patterns: [
      'education',
      'e-learning',
      'higher education',
      'primary/secondary education',
      'financial services',
      'banking',
      'capital markets',
      'renewable',
      'utilities',
      'oil and gas',
      'retail',
      'automotive',
      'construction',
      'real estate',
      'hospitality',
      'restaurants',
      'food and beverage',
      'manufacturing',
      'entertainment',
      'media',
      'insurance agencies',
      'property and casualty',
    ],
    weight: -2.5,
    segment: 'non-healthcare',
  },
];
