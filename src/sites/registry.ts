// Which board a URL belongs to, and whether it shows a posting: the URL table
// (posting-urls.ts) joined to the adapters (adapters.ts), for the worker, the `analyze`
// command and the tests. The page layer joins the two itself, with the boot script's table.
import type { Board } from '../core/types.ts';
import { adapterForBoard } from './adapters.ts';
import { urlFacts } from './posting-urls.ts';
import type { SiteAdapter } from './types.ts';

export function adapterForUrl(url: string | null | undefined): SiteAdapter | null {
  const facts = urlFacts(url);
  return facts.known ? adapterForBoard(facts.board) : null;
}

/** The board a URL belongs to; `career-site` for any other web page, `unknown` without one. */
export function boardForUrl(url: string | null | undefined): Board {
  return urlFacts(url).board;
}

/** Whether this URL, on a known board, is a page that shows one job. */
export function isPostingUrl(url: string | null | undefined): boolean {
  return urlFacts(url).posting;
}

export { ADAPTERS, adapterForDocument } from './adapters.ts';
// The content script's boot test lives with the URL table, which it evaluates alone.
export { type MightBePostingOptions, mightBePosting, urlFacts } from './posting-urls.ts';
