// SEEK (Australia, New Zealand): `/job/<id>`, and search results whose pane shows the
// job named by `jobId=`. Fields carry stable `data-automation` attributes.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for seek: only the build reads this (sites/hosts.ts). */
export const seekMatches: BoardMatches = {
  board: 'seek',
  // Search pages too: the pane changes jobs without a page load.
  matches: ['www.seek.com.au', 'au.seek.com', 'www.seek.co.nz', 'nz.seek.com'].flatMap((host) => [
    `https://${host}/job/*`,
    `https://${host}/jobs*`,
    `https://${host}/*-jobs*`,
  ]),
};

export const seek: SiteAdapter = {
  board: 'seek',
  root: ['[data-automation="jobDetailsPage"]', 'body'],
  title: ['[data-automation="job-detail-title"]', 'h1'],
  company: ['[data-automation="advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
  description: ['[data-automation="jobAdDetails"]'],
  drop: ['button'],
  fingerprint: '[data-automation="jobAdDetails"]',
};
