// Every board's adapter, by board. Which board an address belongs to is the URL table's
// answer (posting-urls.ts), not this file's: the page layer imports this file and takes
// the table from the boot script, so the page evaluates the table once.

import { ashby } from './ashby.ts';
import { glassdoor } from './glassdoor.ts';
import { greenhouse } from './greenhouse.ts';
import { icims } from './icims.ts';
import { indeed } from './indeed.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { nhsJobs } from './nhs-jobs.ts';
import type { UrlFacts } from './posting-urls.ts';
import { seek } from './seek.ts';
import { smartrecruiters } from './smartrecruiters.ts';
import type { SiteAdapter } from './types.ts';
import { usajobs } from './usajobs.ts';
import { wellfound } from './wellfound.ts';
import { workday } from './workday.ts';
import { ziprecruiter } from './ziprecruiter.ts';

export const ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  ashby,
  workday,
  wellfound,
  smartrecruiters,
  icims,
  glassdoor,
  ziprecruiter,
  usajobs,
  nhsJobs,
  seek,
];

/** The adapter for an address, by the URL table's answer (`urlFacts`); null for a career site. */
export function adapterFor(facts: UrlFacts): SiteAdapter | null {
  return facts.known ? (ADAPTERS.find((a) => a.board === facts.board) ?? null) : null;
}

/** The adapter whose saved page this document looks like: for pages that carry no URL. */
export function adapterForDocument(doc: Document): SiteAdapter | null {
  for (const adapter of ADAPTERS) {
    if (adapter.fingerprint && doc.querySelector(adapter.fingerprint)) return adapter;
  }
  return null;
}
