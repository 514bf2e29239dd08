// Which board a URL belongs to, and whether it can show a posting at all. The content
// script asks `mightBePosting` (posting-urls.ts) before touching the DOM, so a board's
// feed, home or company page costs one URL parse and no adapter.
import type { Board } from '../core/types.ts';
import { ashby } from './ashby.ts';
import { glassdoor } from './glassdoor.ts';
import { greenhouse } from './greenhouse.ts';
import { icims } from './icims.ts';
import { indeed } from './indeed.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { nhsJobs } from './nhs-jobs.ts';
import { GREENHOUSE_EMBED, parseWebUrl as parse } from './posting-urls.ts';
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

function hostMatches(host: string, adapter: SiteAdapter): boolean {
  return adapter.hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

export function adapterForUrl(url: string | null | undefined): SiteAdapter | null {
  const parsed = parse(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  const adapter = ADAPTERS.find((a) => hostMatches(host, a));
  if (adapter) return adapter;
  return GREENHOUSE_EMBED.test(parsed.search) ? greenhouse : null;
}

/** The board a URL belongs to; `career-site` for any other web page, `unknown` without one. */
export function boardForUrl(url: string | null | undefined): Board {
  const adapter = adapterForUrl(url);
  if (adapter) return adapter.board;
  return parse(url) ? 'career-site' : 'unknown';
}

/** The adapter whose saved page this document looks like: for pages that carry no URL. */
export function adapterForDocument(doc: Document): SiteAdapter | null {
  for (const adapter of ADAPTERS) {
    if (adapter.fingerprint && doc.querySelector(adapter.fingerprint)) return adapter;
  }
  return null;
}

/** Whether this URL, on its board, is a page that shows one job. */
export function isPostingUrl(adapter: SiteAdapter, url: string | null | undefined): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (adapter.board === 'greenhouse' && GREENHOUSE_EMBED.test(parsed.search)) return true;
  const target = parsed.pathname + parsed.search;
  return adapter.postingUrl.some((re) => re.test(target));
}

// The content script's boot test lives with the URL table, which it evaluates alone.
export { type MightBePostingOptions, mightBePosting } from './posting-urls.ts';
