// Starting points for a theory of change, each one a position someone could hold and
// someone else could argue with, with its cost stated. The user adapts them; none is
// Mission Lens's own view.
import { blankTheory, type Theory } from './theory.ts';

export interface TheoryTemplate {
  id: string;
  name: string;
  /** One line shown next to the choice. */
  gist: string;
  theory: Omit<Theory, 'v' | 'template' | 'updatedAt'>;
}

export const TEMPLATES: readonly TheoryTemplate[] = [
  {
    id: 'automated-primary-care',
    name: 'Automated primary care',
    gist: 'Software handles routine primary care; doctors take the hard cases.',
    theory: {
      area: 'Routine primary care',
      belief:
        'Routine primary care (colds, refills, simple check-ins) should be handled end to end by automated, AI-driven services.',
      because:
        'That makes everyday care cheaper and available at any hour, and leaves doctors time for complex patients. The cost: some problems that needed a face-to-face visit will be missed.',
      themes: ['tech-ai', 'access', 'affordability'],
      customers: ['patient', 'employer'],
      revenue: ['subscription-saas'],
      accepted: ['theme:tech-ai:1', 'theme:access:0'],
      refused: ['trait:fee-for-service:0'],
      redLines: ['commission-on-patients'],
      customRedLines: [],
      salaryTradePct: 5,
    },
  },
  {
    id: 'frequent-screening',
    name: 'Frequent screening',
    gist: 'Test people every few months so disease is caught early.',
    theory: {
      area: 'Early detection of disease',
      belief: 'People should have lab tests or scans every few months, not every few years.',
      because:
        'Catching disease early saves lives and suffering. The cost: more false alarms, worry, follow-up procedures and spending downstream.',
      themes: ['prevention', 'outcomes'],
      customers: ['patient', 'employer', 'payer'],
      revenue: ['fee-for-service', 'subscription-saas'],
      accepted: ['theme:prevention:0', 'theme:prevention:1'],
      refused: ['theme:value-based-care:0'],
      redLines: ['pharma-funded'],
      customRedLines: [],
      salaryTradePct: 10,
    },
  },
  {
    id: 'hospital-capacity',
    name: 'More hospital capacity',
    gist: 'Hospitals give the best care for a serious disease, so build more of it.',
    theory: {
      area: 'Hospital care for one serious disease',
      belief: 'We should expand hospital capacity for a disease where hospitals clearly give the best care.',
      because:
        'For that disease, hospital teams get the best results. The cost: care in a hospital is always more expensive, and I think that is worth paying here.',
      themes: ['access', 'outcomes'],
      customers: ['provider', 'government', 'payer'],
      revenue: ['fee-for-service', 'public-funding'],
      accepted: ['theme:access:1', 'trait:fee-for-service:0'],
      refused: ['theme:value-based-care:0', 'trait:value-based:0'],
      redLines: ['paid-to-spend-less'],
      customRedLines: [],
      salaryTradePct: 15,
    },
  },
  {
    id: 'patient-engagement',
    name: 'Patient engagement sold to hospitals',
    gist: 'Personalised outreach gets patients to vaccinations and check-ups.',
    theory: {
      area: 'Getting patients to preventive care',
      belief:
        'Personalised, data-driven outreach is how you get people to do the things that keep them well: flu shots, check-ups, screenings.',
      because:
        'People act when the message fits them. The cost: hospitals pay large contracts for the staff and software, and pass that on in their prices.',
      themes: ['prevention', 'patient-experience', 'tech-ai'],
      customers: ['provider'],
      revenue: ['subscription-saas'],
      accepted: ['trait:provider:0', 'theme:patient-experience:1'],
      refused: [],
      redLines: ['pharma-funded'],
      customRedLines: [],
      salaryTradePct: 5,
    },
  },
];

export const BLANK_TEMPLATE_ID = 'blank';

/** A theory to start editing from: a template's content, or a blank one. */
export function theoryFromTemplate(id: string, now: number): Theory {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) return { ...blankTheory(now), updatedAt: now };
  return structuredClone({ ...blankTheory(now), ...template.theory, template: template.id, updatedAt: now });
}
