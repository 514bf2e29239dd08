// Job titles that only exist where care is delivered, paid for or made. A title is strong
// evidence but not proof (a school nurse works for a school), so the strongest titles stay
// below the weight of a veterinary name or an education-heavy description.
import type { HealthcareTerm } from './healthcare-term.ts';

export const HEALTHCARE_TITLE_WORDS: readonly HealthcareTerm[] = [
  {
    label: 'nurse',
    patterns: ['nurses?', 'nursing', 'lpn', 'lvn', 'cna', 'midwi(?:fe|ves)', 'nurse practitioner'],
    weight: 2.5,
    segment: 'provider',
  },
  {
    label: 'RN',
    patterns: ['RN', 'RNs', 'APRN', 'NP'],
    weight: 2.5,
    segment: 'provider',
    caseSensitive: true,
  },
  {
    label: 'physician',
    patterns: [
      'physicians?',
      'doctors?',
      'hospitalists?',
      'surgeons?',
      'psychiatrists?',
      'anesthesiologists?',
      'physician assistant',
    ],
    weight: 2.5,
    segment: 'provider',
  },
  {
    label: 'clinical role',
    patterns: [
      'medical assistants?',
      'phlebotomists?',
      'sonographers?',
      'radiologic',
      'radiographers?',
      'medical technologists?',
      'clinical laboratory',
      'lab processor',
      'medical lab',
      'respiratory therapists?',
      'physical therapists?',
      'occupational therapists?',
      'speech(?:-language)? pathologists?',
      'behavior technicians?',
      'bcba',
      'rbt',
      'dental (?:hygienists?|assistants?)',
      'dentists?',
      'optometrists?',
      'paramedics?',
      'emts?',
      'home health aides?',
      'caregivers?',
      'patient care',
    ],
    weight: 2.3,
    segment: 'provider',
  },
  {
    label: 'patient',
    patterns: ['patients?', 'patient access', 'patient navigators?'],
    weight: 2.0,
    segment: 'provider',
  },
  { label: 'clinical', patterns: ['clinical', 'medical'], weight: 1.2, segment: null },
  { label: 'healthcare', patterns: ['health ?care'], weight: 0.8, segment: null },
  {
    label: 'pharmacist',
    patterns: ['pharmacists?', 'pharmacy tech(?:nician)?s?'],
    weight: 2.0,
    segment: 'health-services',
  },
  {
    label: 'medical coding',
    patterns: ['medical (?:coders?|billers?|billing|coding)', 'revenue cycle'],
    weight: 1.8,
    segment: 'health-services',
  },
  {
    label: 'payer role',
    patterns: [
      'prior authorization',
      'utilization (?:management|review)',
      'claims (?:processor|examiner)',
      'hedis',
      'risk adjustment',
    ],
    weight: 1.8,
    segment: 'payer',
  },
  {
    label: 'pharma role',
    patterns: [
      'clinical (?:development|research|trials?|operations)',
      'pharmacovigilance',
      'drug safety',
      'medical science liaison',
    ],
    weight: 2.0,
    segment: 'pharma',
  },

  // Titles that place the work outside healthcare.
  {
    label: 'veterinary',
    patterns: ['veterinar(?:y|ians?)', 'vet tech', 'kennel', 'groomers?', 'animal'],
    weight: -3.0,
    segment: 'non-healthcare',
  },
  {
    label: 'teacher',
    patterns: ['teachers?', 'tutors?', 'instructional', 'curriculum'],
    weight: -1.5,
    segment: 'non-healthcare',
  },
];
