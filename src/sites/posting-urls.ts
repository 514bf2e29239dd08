// Where each board lives and which of its URLs show one posting: the only part of the
// boards the content script needs at boot. Kept apart from the selectors (adapters.ts)
// so a board page that shows no posting evaluates this table and nothing else. The
// page layer, which reads postings with the adapters, ships no copy of it: the boot
// script hands its own over (content/page-layer-key.ts).
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
  /**
   * Lower-case text of which every posting URL of the board (`pathname + search`, lower-
   * cased) holds at least one: a substring test that turns the board's other pages away
   * before any pattern is compiled. Only for boards whose other pages run the content
   * script (single-page boards, whose search pages may become a posting).
   */
  needles?: readonly string[];
}

/**
 * A board's entry. Its patterns are created on first use: evaluating some thirty regex
 * literals costs more at boot than testing the one board a page belongs to. A class, so
 * the getter is defined once on the prototype rather than on each of the fourteen
 * entries while the content script boots.
 */
class LazyPostingUrls implements PostingUrls {
  private made: readonly RegExp[] | null = null;
  constructor(
    readonly board: Board,
    readonly hosts: readonly string[],
    private readonly patterns: () => RegExp[],
    readonly needles?: readonly string[],
  ) {}
  get postingUrl(): readonly RegExp[] {
    this.made ??= this.patterns();
    return this.made;
  }
}

const boardUrls = (
  board: Board,
  hosts: readonly string[],
  patterns: () => RegExp[],
  needles?: readonly string[],
): PostingUrls => new LazyPostingUrls(board, hosts, patterns, needles);

// The first pattern needs "jobs/view/", the second "currentJobId=".
export const linkedinUrls = boardUrls(
  'linkedin',
  ['linkedin.com'],
  () => [
    /^\/(?:comm\/)?jobs\/view\/[^/?#]+/,
    /^\/jobs\/(?:search|search-results|collections)\b[^?#]*\?(?:[^#]*&)?currentJobId=\d+/,
  ],
  ['jobs/view/', 'currentjobid='],
);

// Every pattern needs "jk=" ("vjk=" holds it too).
export const indeedUrls = boardUrls(
  'indeed',
  ['indeed.com'],
  () => [
    /^\/(?:m\/)?(?:basecamp\/)?viewjob\?(?:[^#]*&)?jk=[0-9a-f]+/i,
    /^\/[^#]*[?&]vjk=[0-9a-f]+/i,
    /^\/cmp\/[^/]+\/jobs\?(?:[^#]*&)?jk=[0-9a-f]+/i,
  ],
  ['jk='],
);

export const greenhouseUrls = boardUrls('greenhouse', ['greenhouse.io'], () => [
  /^\/[^/?#]+\/jobs\/\d+/,
  /^\/embed\/job_app\?(?:[^#]*&)?(?:token|gh_jid)=\d+/,
]);

export const leverUrls = boardUrls('lever', ['jobs.lever.co', 'jobs.eu.lever.co'], () => [
  /^\/[^/?#]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
]);

export const ashbyUrls = boardUrls('ashby', ['jobs.ashbyhq.com'], () => [
  /^\/[^/?#]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
]);

export const workdayUrls = boardUrls('workday', ['myworkdayjobs.com', 'myworkdaysite.com'], () => [
  /^\/(?:[^?#]*\/)?job\/[^?#]+/,
]);

export const wellfoundUrls = boardUrls('wellfound', ['wellfound.com', 'angel.co'], () => [
  /^\/(?:company\/[^/?#]+\/)?jobs\/\d+(?:-[^/?#]*)?\/?(?:[?#]|$)/,
]);

export const smartrecruitersUrls = boardUrls('smartrecruiters', ['jobs.smartrecruiters.com'], () => [
  /^\/[^/?#]+\/\d{6,}(?:-[^/?#]*)?/,
]);

export const icimsUrls = boardUrls('icims', ['icims.com'], () => [/^\/jobs\/\d+\/[^/?#]+\/job/]);

export const glassdoorUrls = boardUrls(
  'glassdoor',
  [
    'glassdoor.com',
    'glassdoor.co.uk',
    'glassdoor.ca',
    'glassdoor.com.au',
    'glassdoor.co.in',
    'glassdoor.ie',
    'glassdoor.de',
    'glassdoor.fr',
  ],
  () => [/^\/job-listing\/[^?#]+/i, /^\/Job\/[^#]*[?&]jl=\d+/],
);

export const ziprecruiterUrls = boardUrls('ziprecruiter', ['ziprecruiter.com', 'ziprecruiter.co.uk'], () => [
  /^\/c\/[^/?#]+\/Job\/[^?#]+/i,
  /^\/(?:o)?jobs?\/[^/?#]+\/[^/?#]+/,
  /^\/jobs-search\?(?:[^#]*&)?lk=[\w-]+/,
]);

export const usajobsUrls = boardUrls('usajobs', ['usajobs.gov'], () => [
  /^\/job\/\d+/i,
  /^\/GetJob\/ViewDetails\/\d+/i,
]);

export const nhsJobsUrls = boardUrls('nhs-jobs', ['jobs.nhs.uk'], () => [
  /^\/candidate\/jobadvert\/[\w-]+/i,
  /^\/xi\/vacancy\/[\w-]+/i,
]);

export const seekUrls = boardUrls('seek', ['seek.com.au', 'seek.co.nz', 'au.seek.com', 'nz.seek.com'], () => [
  /^\/job\/\d+/,
  /^\/[^#]*[?&]jobId=\d+/,
]);

/** In the adapters' order (adapters.ts): the first board whose hosts match a URL is its board. */
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
  if (board.needles) {
    const lower = target.toLowerCase();
    if (!board.needles.some((needle) => lower.includes(needle))) return false;
  }
  return board.postingUrl.some((re) => re.test(target));
}

/** What an address says by this table alone. */
export interface UrlFacts {
  /** The board; `career-site` for any other web page, `unknown` without one. */
  board: Board;
  /** Whether the board is one of the table's (so it has an adapter). */
  known: boolean;
  /** On a known board, whether the address is a page that shows one job. */
  posting: boolean;
}

export function urlFacts(url: string | null | undefined): UrlFacts {
  const address = parseWebUrl(url);
  if (!address) return { board: 'unknown', known: false, posting: false };
  const board = boardUrlsFor(address);
  return board
    ? { board: board.board, known: true, posting: isPostingOn(board, address) }
    : { board: 'career-site', known: false, posting: false };
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

/**
 * The parts of an address the test reads, from a URL the browser has already serialized
 * (`document.URL`), cut with string searches: in a content script the first touch of
 * `location` or `URL`, and even the first regular expression, costs more than the rest
 * of the boot.
 */
export function splitSerializedUrl(href: string): Address | null {
  const protocol = href.startsWith('https://') ? 'https:' : href.startsWith('http://') ? 'http:' : null;
  if (!protocol) return null;
  const from = protocol.length + 2;
  let end = from;
  while (end < href.length) {
    const c = href.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35) break; // / ? #
    end++;
  }
  // user:password@host:port; an IPv6 host is bracketed and has colons of its own.
  let host = href.slice(from, end);
  host = host.slice(host.lastIndexOf('@') + 1);
  const port = host.lastIndexOf(':');
  if (port > host.lastIndexOf(']')) host = host.slice(0, port);
  const hash = href.indexOf('#', end);
  const rest = hash < 0 ? href.slice(end) : href.slice(end, hash);
  const query = rest.indexOf('?');
  const pathname = (query < 0 ? rest : rest.slice(0, query)) || '/';
  const search = query < 0 || query === rest.length - 1 ? '' : rest.slice(query);
  return { href, protocol, hostname: host, pathname, search };
}

/** The same limits as `parseWebUrl`, for an address already parsed. */
function webAddress(address: Address): Address | null {
  const { protocol } = address;
  if (protocol !== 'https:' && protocol !== 'http:') return null;
  return address.href.length > 4096 ? null : address;
}
