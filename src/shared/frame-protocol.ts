// What the content script and the in-page frame (src/frame) say to each other over the
// private MessagePort the content script hands the frame. The frame shows everything
// that comes from the user's theory (the card's "against your theory", the fit), in the
// extension's origin where page script cannot read it; the content script only says
// which claim to show, and hears back which button the user pressed.
import { z } from 'zod/mini';

export type { ToFrame } from './frame-commands.ts';

/**
 * Frame -> content script: `ready` once it holds the port (until then the content
 * script offers it again), then what the user asked for inside the frame (the marks
 * frame says `drawn` once it has placed the cards it was sent). One flat
 * object rather than a union: the content script's zod stays small.
 */
export const FromFrame = z.object({
  type: z.enum(['frame']),
  say: z.enum(['ready', 'next', 'previous', 'close', 'drawn']),
});
export type FromFrame = z.infer<typeof FromFrame>;
export type FrameAction = Exclude<FromFrame['say'], 'ready'>;

/** The frame's size is fixed: its height would tell the page how long the theory's text is. */
export const FRAME_SIZE = { width: 360, height: 420 } as const;
export { FRAME_PAGE, MARKS_PAGE, MAX_CARDS } from './frame-pages.ts';
