// ZipRecruiter: job pages under `/c/<Company>/Job/...` and `/jobs/<company>/<slug>`,
// and search pages whose pane shows the selected job (`lk=`).
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for ziprecruiter: only the build reads this (sites/hosts.ts). */
export const ziprecruiterMatches: BoardMatches = {
  board: 'ziprecruiter',
  matches: [
    'https://*.ziprecruiter.com/c/*',
    'https://*.ziprecruiter.com/jobs/*',
    'https://*.ziprecruiter.com/jobs-search*',
    'https://*.ziprecruiter.com/ojob/*',
  ],
};

export const ziprecruiter: SiteAdapter = {
  board: 'ziprecruiter',
  root: ['[data-testid="job-details-scroll-container"]', '.job_details', 'body'],
  title: ['h1.job_title', '[data-testid="job-details-scroll-container"] h2', 'h1'],
  company: [
    '.hiring_company_text a',
    '.hiring_company_text',
    'a[data-testid="job-card-company"]',
    '.hiring_company',
  ],
  location: ['.location_text', '.hiring_location', '[data-testid="job-card-location"]'],
  description: ['.job_description', '.jobDescriptionSection', '[class*="job_description"]'],
  drop: ['button', '.apply_btn'],
  fingerprint: '.job_description, .jobDescriptionSection',
};
