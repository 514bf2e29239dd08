// The table's rows: filtered by status and search text, sorted by the chosen column.
import { type Entry, STATUSES, type Status } from '../core/list/list-types.ts';
import { type EntrySummary, summarize } from '../core/list/summary.ts';

export type SortKey = 'updated' | 'name' | 'status' | 'vague' | 'fit';
export interface Row {
  entry: Entry;
  summary: EntrySummary;
}

const FIT_ORDER = ['aligned', 'mixed', 'unknown', 'tension'];

export function rows(
  entries: Entry[],
  filter: { status: Status | 'all'; text: string },
  sort: SortKey,
): Row[] {
  const text = filter.text.trim().toLowerCase();
  const out = entries
    .filter((e) => filter.status === 'all' || e.status === filter.status)
    .filter(
      (e) =>
        !text ||
        [e.name, e.notes, ...e.tags, ...e.postings.map((p) => p.title ?? '')].some((s) =>
          s.toLowerCase().includes(text),
        ),
    )
    .map((entry) => ({ entry, summary: summarize(entry) }));
  const by: Record<SortKey, (a: Row, b: Row) => number> = {
    updated: (a, b) => b.entry.updatedAt - a.entry.updatedAt,
    name: (a, b) => a.entry.name.localeCompare(b.entry.name),
    status: (a, b) => STATUSES.indexOf(a.entry.status) - STATUSES.indexOf(b.entry.status),
    vague: (a, b) => (b.summary.vagueShare ?? -1) - (a.summary.vagueShare ?? -1),
    fit: (a, b) => FIT_ORDER.indexOf(a.summary.fit) - FIT_ORDER.indexOf(b.summary.fit),
  };
  return out.sort(by[sort]);
}
