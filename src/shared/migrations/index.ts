// Numbered migrations of the stored theory of change. MIGRATIONS[n] turns a value of
// version n - 1 into version n; each lives in its own file with its own test
// (test/unit/theory/migration-NNN.test.ts). Never edit a shipped migration: add one.
import { migration001 } from './theory-001-versioned.ts';
import { migration002 } from './theory-002-red-line-ids.ts';

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migration001,
  2: migration002,
};
