// Generic words in an employer's name that say what it does ("... Medical Center",
// "... Therapeutics", "... Animal Hospital"). Never a particular company: the classifier must
// judge employers it has never seen. A name is one short string, so these weigh more than a
// word in the description, but "Health" alone is weak: plenty of insurers, gyms and apps use it.
import type { HealthcareTerm } from './healthcare-term.ts';

export const HEALTHCARE_NAME_WORDS: readonly HealthcareTerm[] = [
  { label: 'Hospital', patterns: ['hospitals?', 'infirmary'], weight: 2.5, segment: 'provider' },
  {
    label: 'Medical Center',
    patterns: [
      'medical (?:center|centre|system|group|college)s?',
      'health ?(?:system|network)s?',
      'health (?:services|partners)',
    ],
    weight: 2.5,
    segment: 'provider',
  },
  {
    label: 'Clinic',
    patterns: [
      'clinics?',
      'physicians',
      'therapy',
      'therapists',
      'surgical',
      'surgery',
      'dental',
      'dentistry',
      'orthodontics',
    ],
    weight: 2.0,
    segment: 'provider',
  },
  {
    label: 'Care Centers',
    patterns: [
      'care (?:centers?|centres?|homes?|communities)',
      'nursing',
      'rehab(?:ilitation)?',
      'hospice',
      'senior living',
      'behavioral',
      'behavioural',
      'autism',
      'dialysis',
      'kidney',
      'cancer',
      'pediatrics?',
      "children's",
    ],
    weight: 2.0,
    segment: 'provider',
  },
  { label: 'Healthcare', patterns: ['health ?care'], weight: 2.0, segment: null },
  { label: 'Medical', patterns: ['medical', 'medicine', 'clinical'], weight: 1.5, segment: null },
  { label: 'Health', patterns: ['health'], weight: 1.2, segment: null },
  {
    label: 'Health Plan',
    // Blue Cross and Blue Shield is a federation of some thirty independent health plans
    // that share the name, so the name itself says "health plan".
    patterns: ['health ?plans?', 'health insurance', 'health maintenance', 'blue ?cross', 'blue ?shield'],
    weight: 2.5,
    segment: 'payer',
  },
  {
    label: 'Pharmaceuticals',
    patterns: ['pharma(?:ceuticals?)?', 'therapeutics', 'biotherapeutics', 'biopharma'],
    weight: 3.0,
    segment: 'pharma',
  },
  {
    label: 'Biotech',
    patterns: [
      'bio',
      'biotech(?:nology|nologies)?',
      'biosciences?',
      'bioscience',
      'life sciences',
      'biologics',
      'genetics',
      'genomics',
      'oncology',
    ],
    weight: 2.0,
    segment: 'pharma',
  },
  {
    label: 'Diagnostics',
    patterns: ['diagnostics?', 'medical devices?', 'imaging', 'orthopa?edics', 'medtech'],
    weight: 2.0,
    segment: 'medtech',
  },
  {
    label: 'Pharmacy',
    patterns: ['pharmacy', 'rx', 'home health', 'home care', 'homecare', 'caregivers?'],
    weight: 1.5,
    segment: 'health-services',
  },
  {
    label: 'Digital Health',
    patterns: ['digital health', 'telehealth', 'telemedicine'],
    weight: 2.5,
    segment: 'digital-health',
  },
  {
    label: 'Public Health',
    patterns: [
      'public health',
      'department of health',
      'health department',
      'ministry of health',
      'NHS',
      'health (?:&|and) human services',
    ],
    weight: 3.0,
    segment: 'public-health',
  },

  // Names that place the employer outside healthcare.
  {
    label: 'Animal',
    patterns: ['animals?', 'veterinary', 'vet', 'vets', 'pets?', 'equine'],
    weight: -4.0,
    segment: 'non-healthcare',
  },
  {
    label: 'Insurance',
    patterns: ['insurance group', 'mutual', 'casualty', 'auto', 'property'],
    weight: -1.5,
    segment: 'non-healthcare',
  },
  {
    label: 'School',
    patterns: ['university', 'college', 'school', 'academy', 'education', 'learning', 'ed', 'teaching'],
    weight: -1.0,
    segment: 'non-healthcare',
  },
  {
    label: 'Bank',
    patterns: ['bank', 'capital', 'financial', 'credit', 'payments?', 'lending', 'markets'],
    weight: -1.5,
    segment: 'non-healthcare',
  },
  {
    label: 'Energy',
    patterns: ['energy', 'solar', 'wind', 'climate', 'carbon', 'power', 'electric'],
    weight: -1.5,
    segment: 'non-healthcare',
  },
];
