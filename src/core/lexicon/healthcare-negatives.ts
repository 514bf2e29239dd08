// Vocabulary that points away from a healthcare employer: the businesses most often mistaken
// for healthcare because they share its words ("hospital", "claims", "members", "mission").
// Each is counted once like any term, so a health company that mentions students once is not
// pushed out; a business built on them is.
import type { HealthcareTerm } from './healthcare-term.ts';

const NON = 'non-healthcare' as const;

// Health named as one item in a list of sectors: a firm that serves many (research,
// consulting, software), not a health business. Housing, food and transport are left out:
// health plans name them as needs of their members.
const SECTOR =
  '(?:education|early childhood|employment|finance|financial services|banking|retail|energy|manufacturing|media|defen[cs]e|agriculture|international development|telecom(?:munications)?|real estate|hospitality|logistics|consumer goods)';

export const NON_HEALTHCARE_VOCABULARY: readonly HealthcareTerm[] = [
  // Animal care shares nearly all of care's words, so its markers weigh heavily.
  {
    label: 'veterinary',
    patterns: ['veterinar(?:y|ians?)', 'vet techs?', 'animal hospitals?'],
    weight: -3.5,
    segment: NON,
  },
  { label: 'pets', patterns: ['pets?', 'pet owners?', 'pet parents?'], weight: -1.5, segment: NON },
  {
    label: 'animals',
    patterns: ['animals?', 'animal care', 'animal health', 'kennels?', 'dogs?', 'cats?', 'canine', 'feline'],
    weight: -1.5,
    segment: NON,
  },

  // Insurance that is not health insurance.
  {
    label: 'property and casualty insurance',
    patterns: [
      'property (?:and|&) casualty',
      'p&c',
      '(?:auto|car|vehicle|motor|home|homeowners|renters|commercial|property) insurance',
      'personal lines',
      'commercial lines',
      'independent agents?',
      'agent partners?',
    ],
    weight: -1.8,
    segment: NON,
  },
  {
    label: 'life insurance and annuities',
    patterns: ['annuit(?:y|ies)', 'life insurers?', 'insurance industry'],
    weight: -1.0,
    segment: NON,
  },

  // Education.
  { label: 'students', patterns: ['students?', 'learners?', 'pupils?'], weight: -1.0, segment: NON },
  {
    label: 'teachers',
    patterns: ['teachers?', 'educators?', 'teaching', 'classrooms?', 'tutors?'],
    weight: -1.0,
    segment: NON,
  },
  {
    label: 'schools',
    patterns: [
      'k-?12',
      'schools? districts?',
      'curricul(?:um|a)',
      'edtech',
      'higher education',
      'college admissions?',
    ],
    weight: -1.2,
    segment: NON,
  },

  // Climate and energy.
  {
    label: 'climate',
    patterns: ['climate', 'carbon', 'emissions', 'decarboni[sz](?:e|ation)', 'net[- ]zero'],
    weight: -1.3,
    segment: NON,
  },
  {
    label: 'energy',
    patterns: [
      'renewables?',
      '(?:clean|renewable|solar|wind) energy',
      'offshore wind',
      'solar',
      'utilit(?:y|ies) (?:customers|companies)',
      'energy (?:efficiency|usage|transition)',
      'electricity',
      'power grid',
    ],
    weight: -1.3,
    segment: NON,
  },
  {
    label: 'conservation',
    patterns: ['conservation', 'wildlife', 'forests?', 'biodiversity'],
    weight: -1.3,
    segment: NON,
  },

  // Money.
  {
    label: 'fintech',
    patterns: ['fintech', 'financial services', 'banking', 'banks?', 'credit unions?'],
    weight: -1.3,
    segment: NON,
  },
  {
    label: 'lending',
    patterns: [
      'lend(?:ing|ers?)',
      'loans?',
      'borrowers?',
      'credit (?:cards?|scores?|history)',
      'debt collection',
      'debtors?',
      'receivables',
    ],
    weight: -1.3,
    segment: NON,
  },
  {
    label: 'markets',
    patterns: [
      'trading',
      'traders',
      'exchanges',
      'securities',
      'capital markets',
      'derivatives',
      'crypto(?:currenc(?:y|ies))?',
    ],
    weight: -1.2,
    segment: NON,
  },
  {
    label: 'merchants',
    patterns: ['merchants?', 'point of sale', 'small businesses', 'restaurants?', 'retailers?', 'shoppers'],
    weight: -0.9,
    segment: NON,
  },
  {
    label: 'donors',
    patterns: ['donors?', 'fundrais(?:ing|ers?)', 'nonprofits?', 'donations?'],
    weight: -0.8,
    segment: NON,
  },

  {
    label: 'many sectors',
    patterns: [
      `health(?: ?care)?(?:,| and| &| or|, and|, or) ${SECTOR}`,
      `${SECTOR}(?:,| and| &| or|, and|, or) health(?: ?care)?`,
    ],
    weight: -1.5,
    segment: NON,
  },

  // Other businesses with mission language.
  {
    label: 'media',
    patterns: ['music', 'listeners?', 'podcasts?', 'artists?', 'streaming'],
    weight: -1.0,
    segment: NON,
  },
  { label: 'automotive', patterns: ['automotive', 'vehicles?', 'dealerships?'], weight: -1.0, segment: NON },
  {
    label: 'government software',
    patterns: ['local governments?', 'municipalit(?:y|ies)', 'public sector agencies'],
    weight: -0.8,
    segment: NON,
  },

  // The hard cases the sealed set names (issue 11): employers that touch health in one
  // project or one client but are something else. Light weights: a healthcare staffing
  // firm or consultancy still has the clinical and business vocabulary to outweigh them.
  {
    label: 'staffing and recruiting',
    patterns: [
      'staffing (?:agency|agencies|firm|firms|company|services|solutions|partner)',
      'recruit(?:ing|ment) (?:agency|agencies|firm|firms|partner)',
      'our client(?:,| is)',
      'on behalf of (?:our|a) client',
      'contract[- ]to[- ]hire',
      'w-?2 contract',
    ],
    weight: -1.0,
    segment: NON,
  },
  {
    label: 'consulting',
    patterns: [
      'consulting (?:firm|company|practice|services)',
      'consultanc(?:y|ies)',
      'management consult\\w*',
      'advisory (?:firm|services)',
      'professional services (?:firm|company)',
    ],
    weight: -0.8,
    segment: NON,
  },
  {
    // "Industries serviced: medical, behavioral, IT, property management, retail": a firm
    // that lists health among the industries it serves.
    label: 'industries served',
    patterns: ['industries (?:we )?(?:serve|served|serviced)'],
    weight: -1.0,
    segment: NON,
  },
  {
    label: 'defence and government contracting',
    patterns: [
      'defen[cs]e (?:contractors?|industry|programs?|and intelligence)',
      'department of defen[cs]e',
      'dod',
      'national laborator(?:y|ies)',
      '(?:federal|government) contract(?:or|ors|ing)',
      '(?:security|secret|top secret) clearance',
      'intelligence community',
      'national security',
      'aerospace',
    ],
    weight: -1.5,
    segment: NON,
  },
  {
    label: 'real estate',
    patterns: ['real estate investment trust', 'reit', 'tenants?', 'leasing', 'square feet', 'office space'],
    weight: -1.2,
    segment: NON,
  },
  {
    label: 'events and trade shows',
    patterns: [
      'trade shows?',
      'exhibitions?',
      'exhibitors?',
      'live events',
      'events (?:business|company|portfolio)',
    ],
    weight: -1.2,
    segment: NON,
  },
  {
    label: 'consumer products',
    patterns: [
      'consumer (?:products|goods|brands?|packaged goods)',
      'skin ?care',
      'beauty',
      'cosmetics?',
      'dietary supplements?',
      'vitamins?',
      'e-?commerce',
    ],
    weight: -1.0,
    segment: NON,
  },
  {
    label: 'faith',
    patterns: ['prayer', 'catholic faith', 'spiritual(?:ity)?', 'meditation'],
    weight: -0.6,
    segment: NON,
  },
];
