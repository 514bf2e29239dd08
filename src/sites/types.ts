// A job board described as data: where on its posting pages the posting's fields are.
// Where it lives and which of its URLs show one posting are in posting-urls.ts. The extraction code in
// src/core/extract reads any adapter the same way, so adding a board is adding a file.
import type { Board } from '../core/types.ts';

/**
 * A CSS selector, optionally followed by `@attr` to read an attribute instead of the
 * text (`meta[itemprop="name"]@content`). Lists are tried in order; the first that
 * yields text wins.
 */
export type Selector = string;

/**
 * Where the content script runs on a board. Beside the board's adapter, but a value of
 * its own: only the build reads it (sites/hosts.ts), so the page never loads it.
 */
export interface BoardMatches {
  board: Board;
  /** Match patterns for the manifest: as narrow as the board allows. */
  matches: readonly string[];
  /** Whether the content script must also run in frames (boards that render the posting in an iframe). */
  allFrames?: boolean;
}

export interface SiteAdapter {
  board: Board;
  /**
   * The element holding the one job on screen (a search page's detail pane). When given
   * and none is found, the page is not read by this adapter: a list without a selected
   * job is not a posting.
   */
  root?: readonly Selector[];
  title: readonly Selector[];
  company: readonly Selector[];
  location: readonly Selector[];
  /** Every element the first matching selector finds is read, in page order. */
  description: readonly Selector[];
  /** Elements left out of the description: buttons' labels, "Show more", apply forms. */
  drop?: readonly Selector[];
  /** Cleaned off the title and company text, e.g. Indeed's " - job post" or a star rating. */
  titleNoise?: readonly RegExp[];
  companyNoise?: readonly RegExp[];
  /** The company as the board writes it into `<title>`, when the page names it nowhere else; group 1. */
  companyInTitle?: RegExp;
  /**
   * A cheap sign, for saved pages that carry no URL, that the document came from this
   * board. Checked with one querySelector.
   */
  fingerprint?: Selector;
}
