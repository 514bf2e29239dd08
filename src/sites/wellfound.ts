// Wellfound (formerly AngelList Talent): `/jobs/<id>-<slug>`, also under a company
// page. The server-rendered page carries JobPosting JSON-LD; the DOM is a fallback.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for wellfound: only the build reads this (sites/hosts.ts). */
export const wellfoundMatches: BoardMatches = {
  board: 'wellfound',
  matches: ['https://wellfound.com/jobs/*', 'https://wellfound.com/company/*/jobs/*'],
};

export const wellfound: SiteAdapter = {
  board: 'wellfound',
  title: ['h1'],
  company: ['a[href^="/company/"] h2', 'a[href^="/company/"]'],
  location: ['[data-test="JobLocation"]', 'a[href^="/location/"]'],
  description: ['[data-test="JobDescription"]', '#job-description', '.job-description'],
  drop: ['button'],
  companyInTitle: /\bat\s+(.+?)\s*(?:[•|–-].*)?$/i,
};
