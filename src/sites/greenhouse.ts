// Greenhouse: the hosted boards (old `boards.`, new `job-boards.`), and the embed a
// company's own career site loads into `#grnhse_app` as an iframe from
// `/embed/job_app?...` (the content script reads it inside that frame).
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for greenhouse: only the build reads this (sites/hosts.ts). */
export const greenhouseMatches: BoardMatches = {
  board: 'greenhouse',
  matches: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  allFrames: true,
};

export const greenhouse: SiteAdapter = {
  board: 'greenhouse',
  title: ['.job__title h1', '.app-title', 'h1'],
  company: ['.company-name', '.job__header .company'],
  location: ['.job__location', '.location'],
  description: ['.job__description', '#content', '.job-post-container'],
  drop: ['#application', '.application--container', 'form', 'button'],
  companyNoise: [/^\s*at\s+/i],
  // "Job Application for Data Scientist at Acme Health"
  companyInTitle: /\bat\s+(.+?)\s*$/i,
  fingerprint: '#grnhse_app, #app_body .app-title, .job__description',
};
