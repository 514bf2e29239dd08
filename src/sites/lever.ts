// Lever: `jobs.lever.co/<company>/<uuid>`; the page names the company only in its
// <title> ("Acme Health - Staff Engineer") and the logo's alt text.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for lever: only the build reads this (sites/hosts.ts). */
export const leverMatches: BoardMatches = {
  board: 'lever',
  matches: ['https://jobs.lever.co/*/*', 'https://jobs.eu.lever.co/*/*'],
};

export const lever: SiteAdapter = {
  board: 'lever',
  title: ['.posting-headline h2', '.posting-headline h1', 'h2'],
  company: [],
  location: ['.posting-categories .location', '.posting-category.location'],
  description: [
    '.posting-page .section-wrapper.page-full-width:not(.accent-section)',
    '.posting-page .content',
  ],
  drop: ['.last-section-apply', '.postings-btn-wrapper', '.postings-btn', 'button'],
  companyInTitle: /^(.+?)\s+-\s+/,
  fingerprint: '.posting-page .posting-headline',
};
