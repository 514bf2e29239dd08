// USAJOBS: `usajobs.gov/job/<id>` (formerly `/GetJob/ViewDetails/<id>`). The
// announcement is split into sections (summary, duties, requirements, ...), read in order.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for usajobs: only the build reads this (sites/hosts.ts). */
export const usajobsMatches: BoardMatches = {
  board: 'usajobs',
  matches: ['https://www.usajobs.gov/job/*', 'https://www.usajobs.gov/GetJob/ViewDetails/*'],
};

export const usajobs: SiteAdapter = {
  board: 'usajobs',
  title: ['h1.usajobs-joa-banner__title', 'h1'],
  company: ['.usajobs-joa-banner__agency', '.usajobs-joa-banner__dept'],
  location: ['.usajobs-joa-locations__city', '.usajobs-joa-summary__location'],
  description: ['#summary, #duties, #requirements, #benefits, #how-to-apply', '.usajobs-joa-section'],
  drop: ['button', '.usajobs-joa-section__collapse-btn', '#required-documents'],
  fingerprint: '.usajobs-joa-banner__title',
};
