// What the content script tells the card's frame over their private port, and the
// handshake that hands the port over (see frame-protocol.ts). Parsed by the frame; the
// content script only builds these, so it imports the types alone.
import { z } from 'zod/mini';
import { MAX_CARDS } from './frame-pages.ts';

const offset = z.number().check(z.int(), z.nonnegative(), z.lte(10_000_000));
const count = z.number().check(z.int(), z.nonnegative(), z.lte(10_000));
const coord = z.number().check(z.gte(-100_000), z.lte(100_000));

/** Content script -> frame. */
export const ToFrame = z.discriminatedUnion('type', [
  /** The card of the claim at these offsets of the description, the n-th of `total` on screen. */
  z.object({
    type: z.literal('card'),
    start: offset,
    end: offset,
    position: count,
    total: count,
    /** The page's address: the frame checks it is showing this page's analysis. */
    url: z.string().check(z.maxLength(8_192)),
  }),
  /** How the posting fits the user's theory (opened from the marker). */
  z.object({ type: z.literal('fit'), url: z.string().check(z.maxLength(8_192)) }),
  z.object({ type: z.literal('scheme'), dark: z.boolean() }),
  /**
   * A list page's job cards on screen, for the marks frame (src/marks): each company's
   * name as the card writes it and where that text ends, in viewport pixels. The frame
   * alone knows which of them are on the user's list.
   */
  z.object({
    type: z.literal('cards'),
    cards: z
      .array(
        z.object({ name: z.string().check(z.maxLength(200)), x: coord, y: coord, h: coord, right: coord }),
      )
      .check(z.maxLength(MAX_CARDS)),
  }),
]);
export type ToFrame = z.infer<typeof ToFrame>;

/** The first message on the window, with the port; `nonce` is the one in the frame's URL. */
export const Handshake = z.object({
  type: z.literal('mission-lens-port'),
  nonce: z.string().check(z.length(36)),
});
