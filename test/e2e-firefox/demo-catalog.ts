// The demo postings (demo/catalog.json) by company, at their real board addresses,
// as the Firefox harness serves them (see test/e2e-shared/demo-catalog.ts).
import { boardPostings, type CatalogEntry, catalogEntry } from '../e2e-shared/demo-catalog.ts';
import { type Firefox, readText } from './harness.ts';

export type DemoEntry = CatalogEntry;

/** The demo posting of `company`; its `file` is under the repository root. */
export function demo(company: string): DemoEntry {
  const entry = catalogEntry(company);
  return { ...entry, file: `demo/${entry.file}` };
}

/** Every demo posting at a board address (the ones the content script runs on by itself). */
export const boardDemos = (): DemoEntry[] => boardPostings().map((e) => ({ ...e, file: `demo/${e.file}` }));

/** Answers each entry's address with its saved page. */
export function serveDemos(ff: Firefox, entries: DemoEntry[]): void {
  for (const e of entries) ff.serve(e.url, readText(e.file));
}
