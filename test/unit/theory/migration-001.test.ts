import { describe, expect, it } from 'vitest';
import { migration001 } from '../../../src/shared/migrations/theory-001-versioned.ts';
import { readTheory } from '../../../src/shared/theory-schema.ts';

describe('migration 1: unversioned drafts get every field', () => {
  it('keeps the statement as the belief and fills the rest with empty values', () => {
    const after = migration001({ statement: 'Primary care should be automated.', themes: ['tech-ai'] });
    expect(after).toMatchObject({
      v: 1,
      belief: 'Primary care should be automated.',
      themes: ['tech-ai'],
      customers: [],
      redLines: [],
      salaryTradePct: 0,
    });
  });

  it('reads all the way to the current version', () => {
    const read = readTheory({
      area: 'Mental health',
      belief: 'Peer support works.',
      redLines: ['Sells to payers'],
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(0);
    expect(read.theory.area).toBe('Mental health');
    expect(read.theory.redLines).toEqual(['sells-to-payers']);
  });
});
