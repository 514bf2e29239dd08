// A company's claims across two postings: new, dropped, and judged differently.
import { describe, expect, it } from 'vitest';
import { claimChanges } from '../../../src/core/list/claim-history.ts';
import { claim } from '../theory/fixtures.ts';

describe('claimChanges', () => {
  it('tells new, dropped and re-judged claims apart, matching by words', () => {
    const before = [
      claim('transform', 'vague', 'We are transforming healthcare.'),
      claim('access', 'vague', 'Everyone deserves access to care.'),
      claim('outcomes', 'specific', 'Readmissions fell 12% in 2024.'),
    ];
    const after = [
      claim('transform', 'vague', 'We are  transforming healthcare!'),
      claim('access', 'specific', 'Everyone deserves access to care.'),
      claim('equity', 'specific', 'We serve 40,000 Medicaid members.'),
    ];
    const c = claimChanges(before, after);
    expect(c.added.map((x) => x.text)).toEqual(['We serve 40,000 Medicaid members.']);
    expect(c.dropped.map((x) => x.text)).toEqual(['Readmissions fell 12% in 2024.']);
    expect(c.changed.map((x) => [x.before.specificity, x.after.specificity])).toEqual([
      ['vague', 'specific'],
    ]);
  });

  it('finds nothing between a posting and itself', () => {
    const same = [claim('access', 'vague', 'Care for all.')];
    expect(claimChanges(same, same)).toEqual({ added: [], dropped: [], changed: [] });
  });
});
