// What the list shows of an entry in one row: its latest posting's segment, who pays,
// fit with the theory, and how much of its mission talk is vague.
import type { Entry, SavedPosting } from './list-types.ts';

export interface EntrySummary {
  latest: SavedPosting | null;
  segment: string;
  customers: string[];
  revenue: string[];
  fit: string;
  claims: number;
  vagueShare: number | null;
}

export function summarize(entry: Entry): EntrySummary {
  const latest = entry.postings[0] ?? null;
  const claims = latest?.analysis.claims ?? [];
  const vague = claims.filter((c) => c.specificity === 'vague').length;
  return {
    latest,
    segment: latest?.analysis.healthcare.segment ?? 'unclear',
    customers: latest?.analysis.businessModel.customers ?? [],
    revenue: latest?.analysis.businessModel.revenue ?? [],
    fit: latest?.comparison?.overall ?? 'unknown',
    claims: claims.length,
    vagueShare: claims.length ? vague / claims.length : null,
  };
}
