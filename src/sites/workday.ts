// Workday: `<tenant>.wd<N>.myworkdayjobs.com/<site>/job/<location>/<title>_<req>`.
// Every field carries a stable `data-automation-id`.
import { workdayUrls } from './posting-urls.ts';
import type { SiteAdapter } from './types.ts';

export const workday: SiteAdapter = {
  board: 'workday',
  hosts: workdayUrls.hosts,
  matches: ['https://*.myworkdayjobs.com/*/job/*', 'https://*.myworkdaysite.com/*/job/*'],
  postingUrl: workdayUrls.postingUrl,
  root: ['[data-automation-id="job-posting-details"]', 'body'],
  title: ['[data-automation-id="jobPostingHeader"]', 'h2'],
  company: [],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  drop: ['button', '[data-automation-id="adventureButton"]'],
  fingerprint: '[data-automation-id="jobPostingDescription"]',
};
