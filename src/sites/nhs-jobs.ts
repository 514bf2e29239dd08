// NHS Jobs (England and Wales): `/candidate/jobadvert/<reference>`. The page carries
// JobPosting JSON-LD; the DOM fields are a fallback.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for nhs-jobs: only the build reads this (sites/hosts.ts). */
export const nhsJobsMatches: BoardMatches = {
  board: 'nhs-jobs',
  matches: [
    'https://www.jobs.nhs.uk/candidate/jobadvert/*',
    'https://beta.jobs.nhs.uk/candidate/jobadvert/*',
  ],
};

export const nhsJobs: SiteAdapter = {
  board: 'nhs-jobs',
  title: ['h1#heading', '[data-test="heading-job-title"]', 'h1'],
  company: ['#employer_name', '[data-test="employer-name"]', 'h2#employer_name_heading', '.nhsuk-caption-l'],
  location: ['#employer_address', '[data-test="employer-address"]', '.nhsuk-body-l'],
  description: [
    '#job_overview, #job_description_large, #job_description, #about_us, #detailed-job-description',
    'main#maincontent',
  ],
  drop: ['button', 'form', '#apply_button', '.nhsuk-back-link'],
  fingerprint: 'link[href*="jobs.nhs.uk"], meta[content*="NHS Jobs"]',
};
