// The list taken anywhere: JSON (complete and versioned: what import reads back), CSV
// (one row per company, for a spreadsheet) and Markdown (a brief per company to take
// to an interview).
import Papa from 'papaparse';
import { LIST_VERSION, type ListFile } from '../../shared/list-schema.ts';
import { type Entry, STATUS_NAMES } from './list-types.ts';
import { summarize } from './summary.ts';

export function toJsonFile(entries: Entry[], now: number): string {
  const file: ListFile = { format: 'mission-lens-list', v: LIST_VERSION, exportedAt: now, entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export const CSV_COLUMNS = [
  'Company',
  'Status',
  'Since',
  'Tags',
  'Segment',
  'Who pays',
  'How',
  'Fit with theory',
  'Claims',
  'Vague share',
  'Postings',
  'Latest posting',
  'Latest URL',
  'Notes',
  'Answers',
] as const;

export function toCsv(entries: Entry[]): string {
  const rows = entries.map((e) => {
    const s = summarize(e);
    const since = e.statusHistory.at(-1)?.at ?? e.createdAt;
    return [
      e.name,
      STATUS_NAMES[e.status],
      day(since),
      e.tags.join('; '),
      s.segment,
      s.customers.join('; '),
      s.revenue.join('; '),
      s.fit,
      String(s.claims),
      s.vagueShare === null ? '' : `${Math.round(s.vagueShare * 100)}%`,
      String(e.postings.length),
      s.latest?.title ?? '',
      s.latest?.url ?? '',
      e.notes,
      Object.entries(e.answers)
        .map(([q, a]) => `${q} ${a}`)
        .join('\n'),
    ];
  });
  // escapeFormulae: a cell starting with =, +, -, @ (or a tab) is not run as a formula.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

/** Markdown for text that came from a page or the user: no markup of theirs survives. */
const md = (s: string) => s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1').replace(/\r?\n/g, ' ');

export function toMarkdown(entries: Entry[]): string {
  const out: string[] = ['# Mission Lens: saved companies', ''];
  for (const e of entries) {
    const s = summarize(e);
    const a = s.latest?.analysis;
    out.push(`## ${md(e.name)}`, '');
    out.push(
      `- Status: ${STATUS_NAMES[e.status]}${e.tags.length ? ` (tags: ${e.tags.map(md).join(', ')})` : ''}`,
    );
    if (s.latest)
      out.push(`- Latest posting: ${md(s.latest.title ?? 'untitled')} (${day(s.latest.savedAt)})`);
    out.push(
      `- Segment: ${s.segment}; who pays: ${s.customers.join(', ') || 'not stated'}; how: ${s.revenue.join(', ') || 'not stated'}`,
    );
    out.push(
      `- Fit with your theory: ${s.fit}${s.latest?.comparison ? `: ${md(s.latest.comparison.summary)}` : ''}`,
    );
    if (a?.claims.length) {
      out.push('', '### What it claims', '');
      for (const c of a.claims) out.push(`- (${c.specificity}) ${md(c.text)}`);
    }
    if (a?.tells?.length) {
      out.push('', '### What the posting lets slip', '');
      for (const t of a.tells) out.push(`- ${md(t.label)}: ${md(t.text)}`);
    }
    const questions = s.latest?.comparison?.questions ?? a?.questions ?? [];
    if (questions.length || Object.keys(e.answers).length) {
      out.push('', '### Questions and answers', '');
      const asked = [...new Set([...questions, ...Object.keys(e.answers)])];
      for (const q of asked) out.push(`- ${md(q)}${e.answers[q] ? `\n  - Answer: ${md(e.answers[q])}` : ''}`);
    }
    if (e.notes) out.push('', '### Notes', '', md(e.notes));
    out.push('');
  }
  return out.join('\n');
}
