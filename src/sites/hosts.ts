// Match patterns for the manifest, from each board's file (its `…Matches` beside its
// adapter), so that a new board is one file. Narrow on purpose: job paths only, where
// the board has them. Only the build reads them: the page layer imports the adapters alone.
import { ashbyMatches } from './ashby.ts';
import { glassdoorMatches } from './glassdoor.ts';
import { greenhouseMatches } from './greenhouse.ts';
import { icimsMatches } from './icims.ts';
import { indeedMatches } from './indeed.ts';
import { leverMatches } from './lever.ts';
import { linkedinMatches } from './linkedin.ts';
import { nhsJobsMatches } from './nhs-jobs.ts';
import { seekMatches } from './seek.ts';
import { smartrecruitersMatches } from './smartrecruiters.ts';
import type { BoardMatches } from './types.ts';
import { usajobsMatches } from './usajobs.ts';
import { wellfoundMatches } from './wellfound.ts';
import { workdayMatches } from './workday.ts';
import { ziprecruiterMatches } from './ziprecruiter.ts';

/** In the adapters' order (adapters.ts); a test checks every adapter has its entry. */
export const BOARD_MATCHES: readonly BoardMatches[] = [
  linkedinMatches,
  indeedMatches,
  greenhouseMatches,
  leverMatches,
  ashbyMatches,
  workdayMatches,
  wellfoundMatches,
  smartrecruitersMatches,
  icimsMatches,
  glassdoorMatches,
  ziprecruiterMatches,
  usajobsMatches,
  nhsJobsMatches,
  seekMatches,
];

/** Where the content script runs on its own. */
export const CONTENT_SCRIPT_MATCHES: string[] = [...new Set(BOARD_MATCHES.flatMap((b) => b.matches))];

/** Boards that render the posting inside an iframe: the content script must run in frames there. */
export const ALL_FRAMES_MATCHES: string[] = [
  ...new Set(BOARD_MATCHES.filter((b) => b.allFrames).flatMap((b) => b.matches)),
];

/**
 * Company career sites embedding a Greenhouse job (`?gh_jid=`): any host, so for
 * optional host permissions the user grants, never for the default install.
 */
export const CAREER_SITE_MATCHES: string[] = ['https://*/*gh_jid=*'];
