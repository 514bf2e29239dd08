// The domain vocabulary of care, coverage and clinical work, weighed when it appears in a
// posting's text. Weights are log-odds; see ./healthcare-term.ts. Words that turn up in any
// employer's benefits or safety boilerplate ("health", "wellness", "health insurance") are left
// out or only counted inside a phrase that names the business, because a benefit is not a
// business.
import type { HealthcareTerm } from './healthcare-term.ts';

export const HEALTHCARE_VOCABULARY: readonly HealthcareTerm[] = [
  // Any segment: the words of care itself.
  { label: 'healthcare', patterns: ['health ?care'], weight: 1.2, segment: null },
  {
    // A mission stated in terms of healthcare is the clearest sign of a healthcare business.
    label: 'healthcare mission',
    patterns: [
      '(?:better|modern|affordable|accessible|equitable|human) health ?care',
      'future of (?:health ?care|medicine|care)',
      '(?:transform|transforming|fix|fixing|reimagine|reimagining|improve|improving|revolutioni[sz]e|revolutioni[sz]ing|modernize|modernizing) (?:the )?(?:health ?care|care delivery|medicine)',
      '(?:work|working|career|careers|experience) in health ?care',
    ],
    weight: 1.5,
    segment: null,
  },
  {
    label: 'health insurance',
    patterns: ['health insurance', 'health coverage'],
    weight: 0.9,
    segment: 'payer',
  },
  {
    label: 'healthcare system',
    patterns: [
      'health ?care (?:system|industry|organi[sz]ations?|delivery|ecosystem|providers?|professionals?)s?',
    ],
    weight: 1.3,
    segment: null,
  },
  { label: 'patients', patterns: ['patients?', "patients?'s?"], weight: 1.3, segment: null },
  { label: 'clinicians', patterns: ['clinicians?', 'clinical staff'], weight: 1.3, segment: null },
  { label: 'clinical', patterns: ['clinical(?:ly)?'], weight: 0.7, segment: null },
  {
    label: 'physicians',
    patterns: ['physicians?', 'doctors?', 'medical providers?'],
    weight: 0.9,
    segment: null,
  },
  { label: 'nurses', patterns: ['nurses?', 'nursing'], weight: 1.0, segment: 'provider' },
  { label: 'medical', patterns: ['medical'], weight: 0.4, segment: null },
  { label: 'medicine', patterns: ['medicine'], weight: 0.6, segment: null },
  {
    label: 'health outcomes',
    patterns: ['health outcomes?', 'clinical outcomes?'],
    weight: 1.3,
    segment: null,
  },
  { label: 'population health', patterns: ['population health'], weight: 1.4, segment: null },
  {
    label: 'quality of care',
    patterns: ['quality (?:of )?care', 'high[- ]quality care'],
    weight: 1.1,
    segment: null,
  },
  { label: 'access to care', patterns: ['access to (?:health ?)?care'], weight: 1.1, segment: null },
  {
    label: 'care teams',
    patterns: ['care teams?', 'care coordinat(?:ion|ors?)'],
    weight: 1.0,
    segment: null,
  },
  {
    label: 'chronic conditions',
    patterns: ['chronic (?:conditions?|diseases?|illness(?:es)?|care)'],
    weight: 1.2,
    segment: null,
  },
  {
    label: 'diagnosis and treatment',
    patterns: ['diagnos(?:is|es|ed)', 'treatments?'],
    weight: 0.5,
    segment: null,
  },
  { label: 'illness', patterns: ['illness(?:es)?', 'diseases?'], weight: 0.5, segment: null },
  { label: 'HIPAA', patterns: ['hipaa'], weight: 1.3, segment: null },
  {
    label: 'protected health information',
    patterns: ['protected health information'],
    weight: 1.2,
    segment: null,
  },
  {
    label: 'medical records',
    patterns: ['medical records?', 'health records?', 'patient charts?'],
    weight: 0.7,
    segment: null,
  },
  {
    label: 'health tech',
    patterns: ['health ?tech', 'health technology', 'healthcare technology'],
    weight: 1.4,
    segment: null,
  },
  { label: 'PHI', patterns: ['PHI'], weight: 1.2, segment: null, caseSensitive: true },
  { label: 'NHS', patterns: ['NHS'], weight: 1.8, segment: null, caseSensitive: true },
  {
    label: 'behavioral health',
    patterns: ['behaviou?ral health', 'substance use', 'addiction'],
    weight: 1.1,
    segment: null,
  },
  {
    label: 'mental health care',
    patterns: ['mental health (?:care|services|providers?|conditions?|treatment|support for members)'],
    weight: 1.1,
    segment: null,
  },
  {
    label: 'therapy',
    patterns: ['therap(?:y|ies|ists?)', 'psychiatr(?:y|ic|ists?)'],
    weight: 0.6,
    segment: null,
  },
  {
    label: 'specialty care',
    patterns: [
      'oncology',
      'cardiology',
      'pediatrics?',
      'paediatrics?',
      'radiology',
      'orthopa?edics?',
      'dermatology',
      'neurology',
      'obstetrics',
      'dialysis',
      'renal',
    ],
    weight: 0.8,
    segment: null,
  },
  { label: 'caregivers', patterns: ['caregivers?', 'care givers?'], weight: 0.8, segment: null },

  // Providers: places and work of care delivery.
  { label: 'hospital', patterns: ['hospitals?'], weight: 1.2, segment: 'provider' },
  {
    label: 'health system',
    patterns: ['health systems?', 'medical (?:center|centre)s?', 'academic medical'],
    weight: 1.5,
    segment: 'provider',
  },
  { label: 'clinic', patterns: ['clinics?'], weight: 0.8, segment: 'provider' },
  {
    label: 'patient care',
    patterns: ['patient care', 'bedside', 'patient safety', 'patient access'],
    weight: 1.2,
    segment: 'provider',
  },
  {
    label: 'primary care',
    patterns: [
      'primary care',
      'urgent care',
      'acute care',
      'ambulatory',
      'emergency (?:department|room)',
      'intensive care',
      'icu',
    ],
    weight: 1.3,
    segment: 'provider',
  },
  {
    label: 'inpatient / outpatient',
    patterns: ['inpatient', 'outpatient', 'in-patient', 'out-patient'],
    weight: 1.3,
    segment: 'provider',
  },
  { label: 'surgery', patterns: ['surg(?:ery|eries|ical|eons?)'], weight: 0.7, segment: 'provider' },
  {
    label: 'skilled nursing',
    patterns: [
      'skilled nursing',
      'long[- ]term care',
      'hospice',
      'palliative',
      'assisted living',
      'post-acute',
    ],
    weight: 1.3,
    segment: 'provider',
  },
  {
    label: 'care delivery',
    patterns: ['care delivery', 'deliver(?:s|ing)? care', 'provide(?:s|d)? care'],
    weight: 1.0,
    segment: 'provider',
  },
  {
    label: 'lab specimens',
    patterns: ['specimens?', 'phlebotomy', 'laborator(?:y|ies) (?:testing|services)'],
    weight: 1.0,
    segment: 'provider',
  },
  {
    label: 'behavioral care',
    patterns: ['applied behavior analysis', 'aba therapy', 'autism'],
    weight: 1.0,
    segment: 'provider',
  },

  // Payers: coverage, members and the programmes that pay.
  {
    label: 'health plan',
    patterns: [
      'health plans?',
      'health insurers?',
      'health insurance (?:company|companies|plans|carrier|provider)',
    ],
    weight: 1.6,
    segment: 'payer',
  },
  { label: 'Medicaid', patterns: ['medicaid', 'medi-cal'], weight: 1.5, segment: 'payer' },
  { label: 'Medicare', patterns: ['medicare'], weight: 1.2, segment: 'payer' },
  {
    label: 'Medicare Advantage',
    patterns: ['medicare advantage', 'dual[- ]eligible', 'd-snp'],
    weight: 1.0,
    segment: 'payer',
  },
  { label: 'managed care', patterns: ['managed care', 'mco'], weight: 1.5, segment: 'payer' },
  {
    label: 'members',
    patterns: ['members?(?: health| care| experience)', 'our members', 'enrollees?'],
    weight: 0.5,
    segment: 'payer',
  },
  {
    label: 'claims',
    patterns: ['(?:medical|health|healthcare|pharmacy) claims?', 'claims data'],
    weight: 1.2,
    segment: 'payer',
  },
  {
    label: 'prior authorization',
    patterns: ['prior auth(?:orization)?s?', 'utilization (?:management|review)', 'pre-?certification'],
    weight: 1.5,
    segment: 'payer',
  },
  {
    label: 'HEDIS',
    patterns: ['hedis', 'star ratings?', 'risk adjustment', 'ncqa'],
    weight: 1.4,
    segment: 'payer',
  },
  {
    label: 'provider network',
    patterns: ['provider networks?', 'network providers?', 'in-network'],
    weight: 1.0,
    segment: 'payer',
  },
  {
    label: 'Affordable Care Act',
    patterns: ['affordable care act', 'ACA', 'CMS'],
    weight: 0.9,
    segment: 'payer',
    caseSensitive: true,
  },
  {
    label: 'care management',
    patterns: ['care management', 'case management', 'disease management'],
    weight: 0.9,
    segment: 'payer',
  },
  {
    label: 'benefits plan sponsors',
    patterns: ['health benefits? (?:company|platform|administrators?)', 'self-insured', 'plan sponsors?'],
    weight: 1.0,
    segment: 'payer',
  },

  // Pharma and life sciences.
  {
    label: 'pharmaceutical',
    patterns: ['pharmaceuticals?', 'biopharma(?:ceutical)?s?', 'pharma'],
    weight: 1.6,
    segment: 'pharma',
  },
  {
    label: 'biotech',
    patterns: ['biotech(?:nology)?', 'life sciences?', 'biologics?'],
    weight: 1.3,
    segment: 'pharma',
  },
  {
    label: 'therapeutics',
    patterns: ['therapeutics?', 'medicines', 'drugs?', 'vaccines?'],
    weight: 0.9,
    segment: 'pharma',
  },
  {
    label: 'clinical trials',
    patterns: [
      'clinical (?:trials?|studies|study|research|development|operations)',
      'drug (?:development|discovery)',
      'good clinical practice',
    ],
    weight: 1.6,
    segment: 'pharma',
  },
  {
    label: 'FDA',
    patterns: ['FDA', 'EMA', 'GxP', 'GMP'],
    weight: 0.8,
    segment: 'pharma',
    caseSensitive: true,
  },
  {
    label: 'gene and cell therapy',
    patterns: [
      'gene therap(?:y|ies)',
      'cell therap(?:y|ies)',
      'rare diseases?',
      'immunotherap(?:y|ies)',
      'oncology pipeline',
    ],
    weight: 1.3,
    segment: 'pharma',
  },
  {
    label: 'genomics',
    patterns: ['genomics?', 'genetic testing', 'biomarkers?', 'immunology'],
    weight: 0.9,
    segment: 'pharma',
  },

  // Medtech and diagnostics.
  {
    label: 'medical devices',
    patterns: ['medical devices?', 'medical technology', 'medtech', '510\\(k\\)'],
    weight: 1.6,
    segment: 'medtech',
  },
  // What only a device maker's posting says: its regulator's clearances and the quality
  // system that makes them. A provider that uses devices never writes design controls.
  {
    label: 'device regulation',
    patterns: [
      'fda[- ]cleared',
      'fda clearance',
      'design controls?',
      'design (?:assurance|history files?)',
      'iso 13485',
      'iec 62304',
      'iec 60601',
      '21 cfr (?:part )?820',
      'quality system regulation',
      'post-market surveillance',
    ],
    weight: 1.2,
    segment: 'medtech',
  },
  {
    label: 'diagnostics',
    patterns: [
      'diagnostics',
      'diagnostic (?:tests?|testing|labs?|laborator(?:y|ies)|imaging|devices?)',
      'in vitro',
      'ivd',
      'assays?',
    ],
    weight: 1.0,
    segment: 'medtech',
  },
  {
    label: 'transplant',
    patterns: ['transplant(?:s|ation)?', 'organ rejection'],
    weight: 1.0,
    segment: 'medtech',
  },
  {
    label: 'medical imaging',
    patterns: ['medical imaging', 'mri', 'ultrasound', 'x-rays?'],
    weight: 1.0,
    segment: 'medtech',
  },

  // Health IT: software and data for providers, payers and pharma.
  {
    label: 'EHR',
    patterns: ['ehrs?', 'emrs?', 'electronic (?:health|medical) records?'],
    weight: 1.4,
    segment: 'health-it',
  },
  {
    label: 'HL7 / FHIR',
    patterns: ['hl7', 'fhir', 'health information exchange', 'interoperability'],
    weight: 1.2,
    segment: 'health-it',
  },
  {
    label: 'healthcare data',
    patterns: [
      'health ?care data',
      'health data',
      'clinical data',
      'real[- ]world data',
      'real[- ]world evidence',
    ],
    weight: 1.2,
    segment: 'health-it',
  },
  {
    label: 'healthcare software',
    patterns: [
      'health ?care (?:software|saas|it|analytics|platform|solutions?)',
      'health it',
      'practice management',
    ],
    weight: 1.3,
    segment: 'health-it',
  },

  {
    // Pharma named as a market ("life sciences companies") is a vendor to pharma, not pharma.
    label: 'software for life sciences',
    patterns: [
      'life sciences? (?:companies|customers|clients|industry|industries)',
      '(?:pharma(?:ceutical)?|biotech|biopharma) (?:companies|customers|clients)',
    ],
    weight: 1.5,
    segment: 'health-it',
  },

  // Digital health: care delivered through an app or a screen.
  {
    label: 'telehealth',
    patterns: [
      'tele ?health',
      'tele ?medicine',
      'virtual (?:care|visits?|clinic|primary care|therapy)',
      'virtual-first',
    ],
    weight: 1.5,
    segment: 'digital-health',
  },
  {
    label: 'digital health',
    patterns: ['digital health', 'digital therapeutics?', 'digital care'],
    weight: 1.6,
    segment: 'digital-health',
  },
  {
    label: 'health coaching',
    patterns: ['health coach(?:es|ing)?', 'care navigation', 'navigat(?:e|ing) (?:their )?care'],
    weight: 0.9,
    segment: 'digital-health',
  },

  // Health services: the businesses around care.
  {
    label: 'healthcare staffing',
    patterns: [
      'health ?care staffing',
      'nurse staffing',
      'travel nurs(?:e|es|ing)',
      'per diem (?:nurses|shifts)',
    ],
    weight: 1.3,
    segment: 'health-services',
  },
  {
    label: 'revenue cycle',
    patterns: ['revenue cycle', 'medical (?:billing|coding|coders?)'],
    weight: 1.3,
    segment: 'health-services',
  },
  {
    label: 'home health',
    patterns: ['home health', 'home care', 'in-home care', 'care at home'],
    weight: 1.2,
    segment: 'health-services',
  },
  {
    label: 'pharmacy',
    patterns: ['pharmac(?:y|ies|ists?)', 'pharmacy benefits?', 'pharmacy benefit managers?'],
    weight: 1.0,
    segment: 'health-services',
  },
  {
    label: 'value-based care',
    patterns: [
      'value[- ]based (?:care|payments?|contracts?)',
      'accountable care',
      'bundled payments?',
      'fee[- ]for[- ]service',
    ],
    weight: 1.5,
    segment: 'health-services',
  },
  { label: 'PBM', patterns: ['PBMs?'], weight: 1.2, segment: 'health-services', caseSensitive: true },
  { label: 'ACO', patterns: ['ACOs?'], weight: 1.2, segment: 'health-services', caseSensitive: true },

  // Public health.
  {
    label: 'public health',
    patterns: ['public health', 'department of health', 'health department', 'ministry of health'],
    weight: 1.3,
    segment: 'public-health',
  },
  {
    label: 'epidemiology',
    patterns: ['epidemiolog(?:y|ical|ists?)', 'disease (?:surveillance|prevention)', 'immuni[sz]ations?'],
    weight: 1.0,
    segment: 'public-health',
  },
  { label: 'CDC', patterns: ['CDC'], weight: 1.0, segment: 'public-health', caseSensitive: true },
];
