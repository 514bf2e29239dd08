// Lever: `jobs.lever.co/<company>/<uuid>`; the page names the company only in its
// <title> ("Acme Health - Staff Engineer") and the logo's alt text.
import type { SiteAdapter } from './types.ts';

export const lever: SiteAdapter = {
  board: 'lever',
  matches: ['https://jobs.lever.co/*/*', 'https://jobs.eu.lever.co/*/*'],
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
