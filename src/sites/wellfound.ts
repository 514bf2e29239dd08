// Wellfound (formerly AngelList Talent): `/jobs/<id>-<slug>`, also under a company
// page. The server-rendered page carries JobPosting JSON-LD; the DOM is a fallback.
import type { SiteAdapter } from './types.ts';

export const wellfound: SiteAdapter = {
  board: 'wellfound',
  matches: ['https://wellfound.com/jobs/*', 'https://wellfound.com/company/*/jobs/*'],
  title: ['h1'],
  company: ['a[href^="/company/"] h2', 'a[href^="/company/"]'],
  location: ['[data-test="JobLocation"]', 'a[href^="/location/"]'],
  description: ['[data-test="JobDescription"]', '#job-description', '.job-description'],
  drop: ['button'],
  companyInTitle: /\bat\s+(.+?)\s*(?:[•|–-].*)?$/i,
};
