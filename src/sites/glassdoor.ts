// Glassdoor: `/job-listing/<slug>-JV_...htm`, and the search page's detail pane when a
// job is selected (`jl=`). The employer name carries its star rating.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for glassdoor: only the build reads this (sites/hosts.ts). */
export const glassdoorMatches: BoardMatches = {
  board: 'glassdoor',
  matches: [
    'https://*.glassdoor.com/job-listing/*',
    'https://*.glassdoor.com/Job/*',
    'https://*.glassdoor.co.uk/job-listing/*',
    'https://*.glassdoor.co.uk/Job/*',
    'https://*.glassdoor.ca/job-listing/*',
    'https://*.glassdoor.com.au/job-listing/*',
  ],
};

export const glassdoor: SiteAdapter = {
  board: 'glassdoor',
  root: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]', '#JDCol', 'body'],
  title: ['[data-test="job-title"]', '[class*="JobDetails_jobTitle"]', 'h1'],
  company: ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]', '.employerName'],
  location: ['[data-test="location"]', '.location'],
  description: [
    '[class*="JobDetails_jobDescription"]',
    '.jobDescriptionContent',
    '#JobDescriptionContainer',
    '[data-test="jobDescriptionContent"]',
  ],
  drop: ['button', '[class*="JobDetails_showMore"]'],
  companyNoise: [/\s*\d(?:[.,]\d)?\s*★?\s*$/],
  fingerprint: '[data-test="job-title"]',
};
