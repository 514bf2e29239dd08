// Which board a URL belongs to, and whether it can show a posting at all. The content
// script asks `mightBePosting` before touching the DOM, so a board's feed, home or
// company page costs one URL parse.
import type { Board } from '../core/types.ts';
import { ashby } from './ashby.ts';
import { glassdoor } from './glassdoor.ts';
import { greenhouse } from './greenhouse.ts';
import { icims } from './icims.ts';
import { indeed } from './indeed.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { nhsJobs } from './nhs-jobs.ts';
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

/** A company career site embedding a Greenhouse job names it in the query. */
const GREENHOUSE_EMBED = /[?&]gh_jid=\d+/;

function parse(url: string | null | undefined): URL | null {
  if (!url || url.length > 4096) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

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

// Pages of any site that are never one posting: home, search, sign-in, company lists.
const NEVER_A_POSTING =
  /^\/(?:$|index\.html?$|search\b|login\b|signin\b|sign-in\b|account\b|feed\b|(?:careers?|jobs?)\/?$|(?:careers?|jobs)\/(?:search|results)\b)/i;

export interface MightBePostingOptions {
  /** Also answer for sites that are not job boards (the user asked to read this page). */
  anyHost?: boolean;
}

/**
 * A very cheap first test, on the URL alone. On a known board it is exact: only posting
 * URLs (or a search view with a selected job) pass. Other hosts pass only when asked,
 * and then only if the path could hold a posting.
 */
export function mightBePosting(url: string | null | undefined, options: MightBePostingOptions = {}): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  const adapter = adapterForUrl(parsed.href);
  if (adapter) return isPostingUrl(adapter, parsed.href);
  if (!options.anyHost) return false;
  return !NEVER_A_POSTING.test(parsed.pathname) || GREENHOUSE_EMBED.test(parsed.search);
}
