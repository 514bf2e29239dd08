// Indeed: the job page (`/viewjob?jk=`) and the search page whose right-hand pane
// shows the job named by `vjk=`. Country sites are subdomains (au., uk., ca.).
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for indeed: only the build reads this (sites/hosts.ts). */
export const indeedMatches: BoardMatches = {
  board: 'indeed',
  matches: [
    'https://*.indeed.com/viewjob*',
    'https://*.indeed.com/m/viewjob*',
    'https://*.indeed.com/jobs*',
    'https://*.indeed.com/q-*',
    'https://*.indeed.com/cmp/*/jobs*',
  ],
};

export const indeed: SiteAdapter = {
  board: 'indeed',
  root: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '.jobsearch-ViewJobLayout', 'body'],
  title: ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1'],
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-CompanyInfoContainer a',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '#jobLocationText',
  ],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
  drop: ['button'],
  titleNoise: [/\s*-\s*job post\s*$/i],
  fingerprint: '#jobDescriptionText',
};
