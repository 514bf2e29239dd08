// LinkedIn serves two markups: the public ("guest") job view, and the logged-in app
// where a search or collection page shows the list on the left and the selected job
// (`currentJobId`) in a detail pane on the right. Only the pane is the posting.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for linkedin: only the build reads this (sites/hosts.ts). */
export const linkedinMatches: BoardMatches = {
  board: 'linkedin',
  matches: ['https://*.linkedin.com/jobs/*', 'https://*.linkedin.com/comm/jobs/*'],
};

export const linkedin: SiteAdapter = {
  board: 'linkedin',
  root: [
    // logged-in detail pane (search, collections) and logged-in /jobs/view
    '.jobs-search__job-details--container',
    '.jobs-search__job-details',
    '.job-view-layout',
    '.jobs-details',
    // public view: the whole page is the one job
    'body',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title',
    '.topcard__title',
    'h1',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    '.topcard__org-name-link',
    '.top-card-layout__second-subline .topcard__flavor',
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__bullet',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
  ],
  description: [
    '#job-details',
    '.jobs-description__content .jobs-box__html-content',
    '.jobs-description-content__text',
    '.show-more-less-html__markup',
    '.description__text',
  ],
  drop: ['.show-more-less-html__button', '.jobs-description__footer-button', 'button'],
  fingerprint: 'meta[name="pageKey"][content^="d_jobs"], .jobs-search__job-details--container, .jobs-details',
};
