// The demo postings (demo/catalog.json) by company, at their real board addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Firefox, ROOT, readText } from './harness.ts';

export interface DemoEntry {
  /** Under the repository root. */
  file: string;
  url: string;
  title: string;
  company: string;
}

const CATALOG: DemoEntry[] = JSON.parse(readFileSync(join(ROOT, 'demo/catalog.json'), 'utf8'));

/** The demo posting of `company` at a board address (not one of the `{origin}` ones). */
export function demo(company: string): DemoEntry {
  const entry = CATALOG.find((e) => e.company === company && !e.url.includes('{origin}'));
  if (!entry) throw new Error(`demo/catalog.json has no posting for ${company}`);
  return { ...entry, file: `demo/${entry.file}` };
}

/** Answers each entry's address with its saved page. */
export function serveDemos(ff: Firefox, entries: DemoEntry[]): void {
  for (const e of entries) ff.serve(e.url, readText(e.file));
}
