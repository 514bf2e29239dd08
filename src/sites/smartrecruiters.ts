// SmartRecruiters: `jobs.smartrecruiters.com/<Company>/<id>-<slug>`, marked up with
// schema.org microdata (the company name sits in a <meta itemprop="name">).
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for smartrecruiters: only the build reads this (sites/hosts.ts). */
export const smartrecruitersMatches: BoardMatches = {
  board: 'smartrecruiters',
  matches: ['https://jobs.smartrecruiters.com/*/*'],
};

export const smartrecruiters: SiteAdapter = {
  board: 'smartrecruiters',
  title: ['h1.job-title', '[itemprop="title"]', 'h1'],
  company: [
    '[itemprop="hiringOrganization"] meta[itemprop="name"]@content',
    '[itemprop="hiringOrganization"] [itemprop="name"]',
  ],
  location: [
    'spl-job-location@formattedaddress',
    '.job-details [itemprop="jobLocation"]',
    '[itemprop="jobLocation"]',
  ],
  description: ['[itemprop="description"]', '.job-sections'],
  drop: ['button', '.js-apply-btn'],
  fingerprint: 'main[itemtype*="JobPosting"], .jobad-main',
};
