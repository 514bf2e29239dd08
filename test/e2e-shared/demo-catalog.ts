// The demo board's postings (demo/catalog.json), for the end-to-end suites of both browsers.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CatalogEntry {
  /** Under demo/. */
  file: string;
  url: string;
  title: string;
  company: string;
}

const CATALOG: CatalogEntry[] = JSON.parse(readFileSync(join(ROOT, 'demo/catalog.json'), 'utf8'));

/** The demo posting of `company` at a board address (not one of the `{origin}` ones). */
export function catalogEntry(company: string): CatalogEntry {
  const entry = CATALOG.find((e) => e.company === company && !e.url.includes('{origin}'));
  if (!entry) throw new Error(`demo/catalog.json has no posting for ${company}`);
  return entry;
}

/** The saved page of a catalog entry. */
export const catalogHtml = (entry: { file: string }) => readFileSync(join(ROOT, 'demo', entry.file), 'utf8');

/** Every demo posting served at a board address (the ones the content script runs on by itself). */
export function boardPostings(): CatalogEntry[] {
  return CATALOG.filter((e) => e.company && !e.url.includes('{origin}') && !e.url.includes('/jobs/search'));
}
