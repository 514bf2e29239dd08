// Starting points for a theory of change, each one a position someone could hold and
// someone else could argue with, with its cost stated. The user adapts them; none is
// Mission Lens's own view. "common" ones are what people looking for healthcare work
// most often say they want; "example" ones are the sharper, more particular theories
// of the essay Mission Lens starts from.
import { blankTheory, type Theory } from './theory.ts';

export interface TheoryTemplate {
  id: string;
  name: string;
  /** One line shown next to the choice. */
  gist: string;
  kind: 'common' | 'example';
  theory: Omit<Theory, 'v' | 'template' | 'updatedAt'>;
}

export const TEMPLATES: readonly TheoryTemplate[] = [
  {
    id: 'value-based-primary-care',
    name: 'Value-based primary care',
    gist: 'Pay primary care to keep people well, not per visit.',
    kind: 'common',
    theory: {
      area: 'Primary care for people with long-term conditions',
      belief:
        'Primary care practices should be paid a set amount to look after their patients and share in what they save, instead of being paid for each visit.',
      because:
        'Paid per visit, a practice earns more when its patients are sicker; paid for results, it earns more by keeping them out of hospital. The cost: a practice paid to spend less will sometimes say no to care a patient wants, and may prefer patients who are easy to keep well.',
      themes: ['value-based-care', 'prevention', 'outcomes'],
      customers: ['payer', 'government'],
      revenue: ['value-based', 'capitation-pmpm'],
      accepted: ['theme:value-based-care:0', 'trait:capitation-pmpm:0'],
      refused: ['trait:fee-for-service:0', 'theme:outcomes:1'],
      redLines: ['paid-per-volume'],
      customRedLines: [],
      salaryTradePct: 10,
    },
  },
  {
    id: 'medicaid-access',
    name: 'Care for people on Medicaid',
    gist: 'Build for Medicaid patients first and accept Medicaid rates.',
    kind: 'common',
    theory: {
      area: 'Access to care for people on Medicaid',
      belief:
        'Companies should design their care for people on Medicaid first, and take Medicaid as payment, rather than treating them as an afterthought.',
      because:
        'People on Medicaid wait longest and are turned away most often, and care built around their lives works for others too. The cost: Medicaid pays less than other insurance, so the money has to come from volume and lean staffing, and a state budget can change the rules.',
      themes: ['access', 'equity', 'sdoh'],
      customers: ['government', 'payer'],
      revenue: ['capitation-pmpm', 'public-funding'],
      accepted: ['theme:equity:0', 'theme:access:1', 'trait:government:0'],
      refused: ['trait:patient:0'],
      redLines: ['patients-pay-cash'],
      customRedLines: [],
      salaryTradePct: 15,
    },
  },
  {
    id: 'mental-health-access',
    name: 'Mental health care, sooner',
    gist: 'Anyone who needs therapy or psychiatry is seen within a week.',
    kind: 'common',
    theory: {
      area: 'Mental health care',
      belief:
        'Anyone who needs therapy or psychiatric care should be seen within a week, by video or message if that is what it takes.',
      because:
        'Waiting lists are where people give up, and untreated mental illness costs lives, jobs and families. The cost: meeting that demand means shorter sessions, more care by video and chat, and clinicians carrying more patients, which can wear down both the care and the clinicians.',
      themes: ['access', 'outcomes', 'tech-ai'],
      customers: ['payer', 'employer'],
      revenue: ['fee-for-service', 'subscription-saas'],
      accepted: ['theme:access:0', 'theme:tech-ai:1'],
      refused: ['theme:outcomes:1', 'trait:commission-marketplace:0'],
      redLines: ['commission-on-patients'],
      customRedLines: [],
      salaryTradePct: 10,
    },
  },
  {
    id: 'health-equity',
    name: 'Health equity',
    gist: 'Close the gaps in health by income, race and place.',
    kind: 'common',
    theory: {
      area: 'Gaps in health by income, race and place',
      belief:
        'The gaps in health between rich and poor neighbourhoods, and between racial groups, should be closed by building care with the communities that fare worst.',
      because:
        'Averages hide the people doing worst, and care designed with them is care that reaches them. The cost: the work is slow, hard to measure and paid at low public rates, so it grows more slowly than a business built for people with good insurance.',
      themes: ['equity', 'sdoh', 'access'],
      customers: ['government', 'provider'],
      revenue: ['public-funding', 'value-based'],
      accepted: ['theme:equity:0', 'theme:sdoh:1'],
      refused: ['theme:equity:1', 'trait:patient:0'],
      redLines: ['patients-pay-cash', 'payer-unknown'],
      customRedLines: [],
      salaryTradePct: 20,
    },
  },
  {
    id: 'lower-prices',
    name: 'Lower prices',
    gist: 'Make care cheaper, and make its prices public.',
    kind: 'common',
    theory: {
      area: 'What patients and employers pay for care',
      belief:
        'The prices of care should be lower and published, so patients and employers can compare them before they buy.',
      because:
        'Much of what care costs comes from prices nobody can see or compare, and from middlemen who keep the savings. The cost: lower prices are lower income for hospitals, clinicians and drug makers, and cheaper plans often come with narrower networks.',
      themes: ['affordability', 'transform'],
      customers: ['patient', 'employer'],
      revenue: ['fee-for-service', 'subscription-saas'],
      accepted: ['theme:affordability:0', 'theme:affordability:1'],
      refused: ['theme:tech-ai:0', 'trait:software-middleman:0'],
      redLines: ['software-middleman', 'commission-on-patients'],
      customRedLines: [],
      salaryTradePct: 5,
    },
  },
  {
    id: 'automated-primary-care',
    name: 'Automated primary care',
    gist: 'Software handles routine primary care; doctors take the hard cases.',
    kind: 'example',
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
    kind: 'example',
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
    kind: 'example',
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
    kind: 'example',
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
