// Tells on sentences quoted from real postings in the corpus (short quotes), on the demo
// postings, and on the look-alikes they must not take.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../scripts/load-posting.ts';
import { segmentDescription } from '../../../src/core/claims/segment.ts';
import { findTells } from '../../../src/core/tells/find-tells.ts';

const tellsIn = (text: string) => findTells(segmentDescription(text)).map((t) => t.id);

describe('findTells', () => {
  it.each([
    ['Develops and coordinates utilization management reports.', 'utilization-management'],
    [
      'Responsible for screening prior-authorization and coordination of specialized services requests.',
      'utilization-management',
    ],
    [
      'Document diagnoses accurately and completely so that each need is in the care plan.',
      'risk-adjustment',
    ],
    ['Support our risk adjustment and HCC coding programs.', 'risk-adjustment'],
    ['Members who completed at least six sessions saw their scores fall.', 'completers-only'],
    ['In a study we sponsored, the patch found atrial fibrillation in 1 of 9 patients.', 'sponsored-study'],
    ['Our members save up to 40% on their prescriptions.', 'up-to-result'],
  ])('%s -> %s', (text, id) => {
    expect(tellsIn(text)).toEqual([id]);
  });

  it.each([
    'Strong organizational skills, ensuring accurate documentation and record-keeping.',
    'The team owns charge capture, claim scrubbing and denial management.',
    'We cared for 9,800 patients in their own homes.',
    'Up to 20 days of paid time off.',
  ])('finds nothing in "%s"', (text) => {
    expect(tellsIn(text)).toEqual([]);
  });

  it('quotes the sentence with its offsets', () => {
    const text =
      'About us\n\nWe are a health plan.\n\nDuties\n\n- Work on prior authorizations with the UM team';
    const [tell] = findTells(segmentDescription(text));
    expect(text.slice(tell!.start, tell!.end)).toBe(tell!.text);
  });
});

describe('tells on the demo postings', () => {
  const DEMO = join(import.meta.dirname, '../../../demo/postings');
  it.each([
    ['harborline-rn-care-manager.html', ['utilization-management']],
    ['juniper-oak-nurse-practitioner.html', ['risk-adjustment']],
    ['mindlark-enterprise-ae.html', ['completers-only']],
    ['pulsebridge-quality-engineer.html', ['sponsored-study']],
    ['tallyboard-senior-software-engineer.html', []],
    ['gridwell-field-operations-manager.html', []],
  ])('%s: %j, each question first among the questions', async (file, ids) => {
    const { analysis } = await analyzeFile(join(DEMO, file));
    expect((analysis.tells ?? []).map((t) => t.id)).toEqual(ids);
    for (const [i, t] of (analysis.tells ?? []).entries()) expect(analysis.questions[i]).toBe(t.question);
  });
});
