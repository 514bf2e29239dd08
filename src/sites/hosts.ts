// Match patterns for the manifest, taken from the adapters so that a new board is
// one file. Narrow on purpose: job paths only, where the board has them.
import { ADAPTERS } from './registry.ts';

/** Where the content script runs on its own. */
export const CONTENT_SCRIPT_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

/** Boards that render the posting inside an iframe: the content script must run in frames there. */
export const ALL_FRAMES_MATCHES: string[] = [
  ...new Set(ADAPTERS.filter((a) => a.allFrames).flatMap((a) => a.matches)),
];

/**
 * Company career sites embedding a Greenhouse job (`?gh_jid=`): any host, so for
 * optional host permissions the user grants, never for the default install.
 */
export const CAREER_SITE_MATCHES: string[] = ['https://*/*gh_jid=*'];
