// iCIMS: `<portal>.icims.com/jobs/<id>/<slug>/job`. The outer page frames the posting
// (`?in_iframe=1`), so the content script reads it inside the frame.
import type { BoardMatches, SiteAdapter } from './types.ts';

/** Where the content script runs for icims: only the build reads this (sites/hosts.ts). */
export const icimsMatches: BoardMatches = {
  board: 'icims',
  matches: ['https://*.icims.com/jobs/*'],
  allFrames: true,
};

export const icims: SiteAdapter = {
  board: 'icims',
  title: ['.iCIMS_JobHeaderGroup h1', 'h1.iCIMS_Header', '.iCIMS_Header h1', 'h1'],
  company: ['meta[property="og:site_name"]@content'],
  location: [
    '.iCIMS_JobHeaderGroup .header.left span:last-child',
    '.iCIMS_JobHeaderTag .iCIMS_JobHeaderData',
  ],
  description: ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job'],
  drop: ['.iCIMS_JobOptions', '.iCIMS_Navigation', 'button'],
  titleNoise: [/^\s*job title\s*:?\s*/i],
  fingerprint: '.iCIMS_JobContent, .iCIMS_InfoMsg_Job',
};
