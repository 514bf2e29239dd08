// Boards whose search results and job lists show many companies at once: where the job
// cards are and which of their text names the company, so the companies already on the
// user's list can be marked with their status. Read only on these pages (`listUrl`),
// after the page has settled; a board without a list page has no entry.
import type { Board } from '../core/types.ts';
import { boardUrlsForHost } from './posting-urls.ts';
import type { Selector } from './types.ts';

export interface ListPage {
  board: Board;
  /**
   * Tested against `pathname + search`: a page that lists jobs (with or without a pane).
   * Made on first use: this table is evaluated at boot on every board page.
   */
  listUrl: () => RegExp;
  /** One element per job card; the first selector that finds any wins. */
  card: readonly Selector[];
  /** Inside a card, the element whose text is the company's name. */
  company: readonly Selector[];
}

export const LIST_PAGES: readonly ListPage[] = [
  {
    board: 'linkedin',
    listUrl: () => /^\/jobs\/(?:search|search-results|collections)\b/,
    card: ['.job-card-container', '.base-search-card', '.jobs-search-results__list-item'],
    company: [
      '.artdeco-entity-lockup__subtitle',
      '.job-card-container__company-name',
      '.base-search-card__subtitle',
    ],
  },
  {
    board: 'indeed',
    listUrl: () => /^\/(?:jobs\b|q-|cmp\/[^/]+\/jobs)/,
    card: ['.cardOutline', '.job_seen_beacon', '[data-testid="slider_item"]'],
    company: ['[data-testid="company-name"]', '.companyName'],
  },
  {
    board: 'seek',
    listUrl: () => /^\/(?:jobs\b|[^/?#]+-jobs\b)/,
    card: ['[data-automation="normalJob"]', '[data-automation="premiumJob"]'],
    company: ['[data-automation="jobCompany"]'],
  },
];

/** The list-page entry for a URL's host and path, if it is one. */
export function listPageOf(host: string, pathAndSearch: string): ListPage | null {
  // The board by its hosts, as for postings (posting-urls.ts).
  const board = boardUrlsForHost(host.toLowerCase())?.board;
  const page = board ? LIST_PAGES.find((p) => p.board === board) : undefined;
  return page?.listUrl().test(pathAndSearch) ? page : null;
}
