// Where each board lives and which of its URLs show one posting: the only part of the
// adapters the content script needs at boot. Kept apart from the selectors so a board
// page that shows no posting evaluates this table and nothing else (registry.ts, with
// every adapter, is evaluated only once a posting may be on screen). The adapters take
// their `hosts` and `postingUrl` from here, and a test checks the two agree.
import type { Board } from '../core/types.ts';

export interface PostingUrls {
  board: Board;
  /** Registrable host names; a host matches itself and any subdomain of it. */
  hosts: readonly string[];
  /**
   * Tested against `pathname + search` of the URL: a page showing exactly one posting,
   * including a search view whose side pane shows the selected job.
   */
  postingUrl: readonly RegExp[];
}

export const linkedinUrls: PostingUrls = {
  board: 'linkedin',
  hosts: ['linkedin.com'],
  postingUrl: [
    /^\/(?:comm\/)?jobs\/view\/[^/?#]+/,
    /^\/jobs\/(?:search|search-results|collections)\b[^?#]*\?(?:[^#]*&)?currentJobId=\d+/,
  ],
};

export const indeedUrls: PostingUrls = {
  board: 'indeed',
  hosts: ['indeed.com'],
  postingUrl: [
    /^\/(?:m\/)?(?:basecamp\/)?viewjob\?(?:[^#]*&)?jk=[0-9a-f]+/i,
    /^\/[^#]*[?&]vjk=[0-9a-f]+/i,
    /^\/cmp\/[^/]+\/jobs\?(?:[^#]*&)?jk=[0-9a-f]+/i,
  ],
};

export const greenhouseUrls: PostingUrls = {
  board: 'greenhouse',
  hosts: ['greenhouse.io'],
  postingUrl: [/^\/[^/?#]+\/jobs\/\d+/, /^\/embed\/job_app\?(?:[^#]*&)?(?:token|gh_jid)=\d+/],
};

export const leverUrls: PostingUrls = {
  board: 'lever',
  hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
  postingUrl: [/^\/[^/?#]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
};

export const ashbyUrls: PostingUrls = {
  board: 'ashby',
  hosts: ['jobs.ashbyhq.com'],
  postingUrl: [/^\/[^/?#]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
};

export const workdayUrls: PostingUrls = {
  board: 'workday',
  hosts: ['myworkdayjobs.com', 'myworkdaysite.com'],
  postingUrl: [/^\/(?:[^?#]*\/)?job\/[^?#]+/],
};

export const wellfoundUrls: PostingUrls = {
  board: 'wellfound',
  hosts: ['wellfound.com', 'angel.co'],
  postingUrl: [/^\/(?:company\/[^/?#]+\/)?jobs\/\d+(?:-[^/?#]*)?\/?(?:[?#]|$)/],
};

export const smartrecruitersUrls: PostingUrls = {
  board: 'smartrecruiters',
  hosts: ['jobs.smartrecruiters.com'],
  postingUrl: [/^\/[^/?#]+\/\d{6,}(?:-[^/?#]*)?/],
};

export const icimsUrls: PostingUrls = {
  board: 'icims',
  hosts: ['icims.com'],
  postingUrl: [/^\/jobs\/\d+\/[^/?#]+\/job/],
};

export const glassdoorUrls: PostingUrls = {
  board: 'glassdoor',
  hosts: [
    'glassdoor.com',
    'glassdoor.co.uk',
    'glassdoor.ca',
    'glassdoor.com.au',
    'glassdoor.co.in',
    'glassdoor.ie',
    'glassdoor.de',
    'glassdoor.fr',
  ],
  postingUrl: [/^\/job-listing\/[^?#]+/i, /^\/Job\/[^#]*[?&]jl=\d+/],
};

export const ziprecruiterUrls: PostingUrls = {
  board: 'ziprecruiter',
  hosts: ['ziprecruiter.com', 'ziprecruiter.co.uk'],
  postingUrl: [
    /^\/c\/[^/?#]+\/Job\/[^?#]+/i,
    /^\/(?:o)?jobs?\/[^/?#]+\/[^/?#]+/,
    /^\/jobs-search\?(?:[^#]*&)?lk=[\w-]+/,
  ],
};

export const usajobsUrls: PostingUrls = {
  board: 'usajobs',
  hosts: ['usajobs.gov'],
  postingUrl: [/^\/job\/\d+/i, /^\/GetJob\/ViewDetails\/\d+/i],
};

export const nhsJobsUrls: PostingUrls = {
  board: 'nhs-jobs',
  hosts: ['jobs.nhs.uk'],
  postingUrl: [/^\/candidate\/jobadvert\/[\w-]+/i, /^\/xi\/vacancy\/[\w-]+/i],
};

export const seekUrls: PostingUrls = {
  board: 'seek',
  hosts: ['seek.com.au', 'seek.co.nz', 'au.seek.com', 'nz.seek.com'],
  postingUrl: [/^\/job\/\d+/, /^\/[^#]*[?&]jobId=\d+/],
};

/** In the registry's order: the first board whose hosts match a URL is its board. */
export const POSTING_URLS: readonly PostingUrls[] = [
  linkedinUrls,
  indeedUrls,
  greenhouseUrls,
  leverUrls,
  ashbyUrls,
  workdayUrls,
  wellfoundUrls,
  smartrecruitersUrls,
  icimsUrls,
  glassdoorUrls,
  ziprecruiterUrls,
  usajobsUrls,
  nhsJobsUrls,
  seekUrls,
];

/** A company career site embedding a Greenhouse job names it in the query. */
export const GREENHOUSE_EMBED = /[?&]gh_jid=\d+/;

// Pages of any site that are never one posting: home, search, sign-in, company lists.
const NEVER_A_POSTING =
  /^\/(?:$|index\.html?$|search\b|login\b|signin\b|sign-in\b|account\b|feed\b|(?:careers?|jobs?)\/?$|(?:careers?|jobs)\/(?:search|results)\b)/i;

/** An http(s) URL, or null. */
export function parseWebUrl(url: string | null | undefined): URL | null {
  if (!url || url.length > 4096) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The board whose hosts include this (lower-case) host or a parent of it. */
export function boardUrlsForHost(host: string): PostingUrls | null {
  for (const board of POSTING_URLS) {
    for (const h of board.hosts) {
      if (host === h || (host.endsWith(h) && host.charCodeAt(host.length - h.length - 1) === 46))
        return board;
    }
  }
  return null;
}

/** The parts of an address the test reads: a `URL`, or the page's own `location`. */
export type Address = Pick<URL, 'href' | 'protocol' | 'hostname' | 'pathname' | 'search'>;

/** The board an address belongs to: by host, else a Greenhouse embed on any host. */
export function boardUrlsFor(address: Address): PostingUrls | null {
  return (
    boardUrlsForHost(address.hostname.toLowerCase()) ??
    (GREENHOUSE_EMBED.test(address.search) ? greenhouseUrls : null)
  );
}

/** Whether an address, on this board, is a page that shows one job. */
export function isPostingOn(board: PostingUrls, address: Address): boolean {
  if (board === greenhouseUrls && GREENHOUSE_EMBED.test(address.search)) return true;
  const target = address.pathname + address.search;
  return board.postingUrl.some((re) => re.test(target));
}

export interface MightBePostingOptions {
  /** Also answer for sites that are not job boards (the user asked to read this page). */
  anyHost?: boolean;
}

/**
 * A very cheap first test, on the address alone. On a known board it is exact: only
 * posting URLs (or a search view with a selected job) pass. Other hosts pass only when
 * asked, and then only if the path could hold a posting. Given the page's `location`
 * (already parsed by the browser), it parses nothing.
 */
export function mightBePosting(
  url: string | Address | null | undefined,
  options: MightBePostingOptions = {},
): boolean {
  const address = typeof url === 'string' || !url ? parseWebUrl(url) : webAddress(url);
  if (!address) return false;
  const board = boardUrlsFor(address);
  if (board) return isPostingOn(board, address);
  if (!options.anyHost) return false;
  return !NEVER_A_POSTING.test(address.pathname) || GREENHOUSE_EMBED.test(address.search);
}

/** The same limits as `parseWebUrl`, for an address already parsed. */
function webAddress(address: Address): Address | null {
  const { protocol } = address;
  if (protocol !== 'https:' && protocol !== 'http:') return null;
  return address.href.length > 4096 ? null : address;
}
