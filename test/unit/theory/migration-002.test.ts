import { describe, expect, it } from 'vitest';
import { migration002 } from '../../../src/shared/migrations/theory-002-red-line-ids.ts';

describe('migration 2: red lines become ids where known, custom otherwise', () => {
  it('maps known sentences and ids, keeps the rest word for word', () => {
    const before = {
      v: 1,
      area: 'x',
      redLines: [
        'Takes a commission on patients',
        'pharma-funded',
        'sells patient data',
        '  ',
        'pharma-funded',
      ],
    };
    const after = migration002(before);
    expect(after).toMatchObject({
      v: 2,
      area: 'x',
      redLines: ['commission-on-patients', 'pharma-funded'],
      customRedLines: ['sells patient data'],
    });
  });

  it('copes with a missing list', () => {
    expect(migration002({ v: 1 })).toMatchObject({ v: 2, redLines: [], customRedLines: [] });
  });
});
