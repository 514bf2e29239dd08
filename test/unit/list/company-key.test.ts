// One entry per company however a board spells its name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/core/list/company-key.ts';

describe('companyKey', () => {
  it('reads a board’s spellings of one company as one', () => {
    const one = [
      'Harborline Health, Inc.',
      'HARBORLINE HEALTH',
      'Harborline Health Inc',
      'The Harborline Health LLC',
      'Harborline  Health, Inc',
      'Harbórline Health',
    ];
    expect(new Set(one.map(companyKey))).toEqual(new Set(['harborline-health']));
  });

  it('keeps words that tell companies apart', () => {
    expect(companyKey('Harborline Health')).not.toBe(companyKey('Harborline'));
    expect(companyKey('Kinfolk Bridge Health')).not.toBe(companyKey('Kinfolk Health'));
    expect(companyKey('AT&T')).toBe(companyKey('AT and T'));
    // A name that is only a legal form keeps it, rather than becoming empty.
    expect(companyKey('Company')).toBe('company');
  });

  it('is stable: any name gives a bounded key of letters, digits and dashes, the same twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (name) => {
        const key = companyKey(name);
        expect(key).toMatch(/^[\p{L}\p{N}-]*$/u);
        expect(key.length).toBeLessThanOrEqual(120);
        expect(companyKey(name)).toBe(key);
        expect(companyKey(`${name} Inc.`)).toBe(key || companyKey(`${name} Inc.`));
      }),
    );
  });
});
