// 0 -> 1. The first drafts of the theory (hand-written files, early builds) had no
// version and only a free-text statement. Version 1 names every field.
import type { Migration } from './index.ts';

const str = (x: unknown) => (typeof x === 'string' ? x : '');
const arr = (x: unknown) => (Array.isArray(x) ? x : []);

export const migration001: Migration = (old) => ({
  v: 1,
  template: typeof old.template === 'string' ? old.template : null,
  area: str(old.area),
  belief: str(old.belief ?? old.statement),
  because: str(old.because),
  themes: arr(old.themes),
  customers: arr(old.customers),
  revenue: arr(old.revenue),
  accepted: arr(old.accepted),
  refused: arr(old.refused),
  redLines: arr(old.redLines).filter((x) => typeof x === 'string'),
  salaryTradePct: typeof old.salaryTradePct === 'number' ? old.salaryTradePct : 0,
  updatedAt: typeof old.updatedAt === 'number' ? old.updatedAt : 0,
});
