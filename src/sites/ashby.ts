// Ashby: `jobs.ashbyhq.com/<company>/<uuid>`, a React app with a few stable
// `ashby-*` class names; the <title> reads "Title @ Company".
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for ashby: only the build reads this (sites/hosts.ts). */
export const ashbyMatches: BoardMatches = {
  board: 'ashby',
  matches: ['https://jobs.ashbyhq.com/*/*'],
};

export const ashby: SiteAdapter = {
  board: 'ashby',
  title: ['.ashby-job-posting-heading', 'h1'],
  company: ['.ashby-job-board-logo-link img@alt'],
  location: ['.ashby-job-posting-left-pane [class*="_section_"]:first-child p'],
  description: ['.ashby-job-posting-right-pane [class*="_descriptionText"]', '[class*="_descriptionText"]'],
  drop: ['button', 'form'],
  companyInTitle: /\s@\s(.+?)\s*$/,
  fingerprint: '.ashby-job-posting-heading',
};
