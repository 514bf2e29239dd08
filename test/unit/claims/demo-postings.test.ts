// The demo board's postings (demo/postings, fictional and never trained on) each report
// measured results: every one of them must come out as a specific claim, as a user
// trying Mission Lens on the demo would expect; and the equal-opportunity line is no claim.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../scripts/load-posting.ts';

const DEMO = join(import.meta.dirname, '../../../demo/postings');

/** Per demo page: a few words from each sentence that reports a measured result. */
const MEASURED: Record<string, string[]> = {
  'brightfield-curriculum-product-manager.html': ['we serve 780,000 students', 'gained 1.3 grade levels'],
  'cedar-hollow-veterinary-technician.html': ['around 9,000 emergency patients', 'gave 3,100 vaccinations'],
  'gridwell-field-operations-manager.html': ['more than 18,400 heat pump systems', '2,900 households'],
  'harborline-rn-care-manager.html': [
    '310,000 low-income residents',
    'from 61% to 78%',
    '212,000 free rides',
  ],
  'juniper-oak-nurse-practitioner.html': ['panels of about 450', '31% fewer inpatient admissions'],
  'kinfolk-bridge-community-health-worker.html': [
    'support 12,400 health plan members',
    '71% of enrolled members',
  ],
  'mindlark-enterprise-ae.html': ['2.3 million employees', 'PHQ-9 scores fall', 'median wait'],
  'pulsebridge-quality-engineer.html': ['2,400-patient study', 'more than 310,000 patients wore'],
  'tallyboard-senior-software-engineer.html': ['from 16 minutes to 9', '96.8% are accepted'],
  'threshold-clinical-program-manager.html': ['more than 9,800 patients', 'cut 30-day readmissions by 22%'],
};

describe('measured results on the demo postings', () => {
  it.each(Object.entries(MEASURED))('%s: each is found as a specific claim', async (file, phrases) => {
    const { analysis } = await analyzeFile(join(DEMO, file));
    for (const phrase of phrases) {
      const claim = analysis.claims.find((c) => c.text.includes(phrase));
      expect(claim, `no claim holds "${phrase}"`).toBeDefined();
      expect(claim?.specificity, phrase).toBe('specific');
      expect(claim?.names.howMuch, phrase).toBe(true);
    }
  });

  it('does not take the equal-opportunity invitation to apply for a mission claim (Kinfolk Bridge)', async () => {
    const { analysis } = await analyzeFile(join(DEMO, 'kinfolk-bridge-community-health-worker.html'));
    expect(analysis.claims.map((c) => c.text).join('\n')).not.toMatch(
      /encourage people with lived experience/,
    );
  });
});
