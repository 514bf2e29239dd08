// Workday: `<tenant>.wd<N>.myworkdayjobs.com/<site>/job/<location>/<title>_<req>`.
// Every field carries a stable `data-automation-id`.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for workday: only the build reads this (sites/hosts.ts). */
export const workdayMatches: BoardMatches = {
  board: 'workday',
  matches: ['https://*.myworkdayjobs.com/*/job/*', 'https://*.myworkdaysite.com/*/job/*'],
};

export const workday: SiteAdapter = {
  board: 'workday',
  root: ['[data-automation-id="job-posting-details"]', 'body'],
  title: ['[data-automation-id="jobPostingHeader"]', 'h2'],
  company: [],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  drop: ['button', '[data-automation-id="adventureButton"]'],
  fingerprint: '[data-automation-id="jobPostingDescription"]',
};
