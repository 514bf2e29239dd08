// Ashby: `jobs.ashbyhq.com/<company>/<uuid>`, a React app with a few stable
// `ashby-*` class names; the <title> reads "Title @ Company".
import type { SiteAdapter } from './types.ts';

export const ashby: SiteAdapter = {
  board: 'ashby',
  matches: ['https://jobs.ashbyhq.com/*/*'],
  title: ['.ashby-job-posting-heading', 'h1'],
  company: ['.ashby-job-board-logo-link img@alt'],
  location: ['.ashby-job-posting-left-pane [class*="_section_"]:first-child p'],
  description: ['.ashby-job-posting-right-pane [class*="_descriptionText"]', '[class*="_descriptionText"]'],
  drop: ['button', 'form'],
  companyInTitle: /\s@\s(.+?)\s*$/,
  fingerprint: '.ashby-job-posting-heading',
};
