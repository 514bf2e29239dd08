// The jobs a LinkedIn-style search pane swaps in place, for the pane tests of both browsers.
export interface Job {
  id: string;
  title: string;
  company: string;
  paragraphs: string[];
}

/** Two employers in turn, each job with its number in its title and first claim. */
export function job(i: number): Job {
  const kidney = i % 2 === 0;
  return {
    id: String(4200000000 + i),
    title: kidney ? `Care Navigator ${i}, Kidney Program` : `Community Health Worker ${i}`,
    company: kidney ? 'Riverstone Kidney Partners' : 'Eastgate Community Clinics',
    paragraphs: kidney
      ? [
          `Riverstone Kidney Partners is on a mission to transform kidney care for every patient we serve in region ${i}.`,
          'We help people with chronic kidney disease start dialysis at home instead of in a clinic, and our patients spent 41% fewer days in hospital last year.',
          'As a Care Navigator you will schedule visits, coordinate with nephrologists and keep patient records current.',
          'Requirements: two years of experience in a clinical setting; excellent communication skills.',
        ]
      : [
          `Eastgate Community Clinics believes everyone deserves access to quality care, wherever they live (team ${i}).`,
          'Our community health workers visit 1,200 uninsured families in Orrin County each month, and emergency visits among them fell 18% in two years.',
          'You will help families enrol in Medicaid, book appointments and find food and housing support.',
          'Requirements: a community health worker certificate or one year of outreach experience.',
        ],
  };
}
