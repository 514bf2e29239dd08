// A list page's marks: the job cards of companies on the user's list show their status.
// The content script never learns which companies those are. It sends every card on
// screen (name and position) to the marks frame, an extension page over the viewport
// that asks the worker for the list's statuses and draws the ones that match; page
// script can neither read the frame nor hit-test it (it takes no pointer event), and
// the page's own nodes are not touched. What the page's process does learn is one bit:
// whether the list has any company at all, so a user without a list pays for no frame.
import { MARKS_PAGE } from '../../shared/frame-pages.ts';
import type { ListPage } from '../../sites/list-pages.ts';
import { LensFrame } from '../annotate/lens-frame.ts';
import { pageHost } from '../page-host.ts';
import { type Card, readCards, spotsOnScreen } from './cards.ts';

/** Marks are hidden while the page scrolls, and placed again once it has stopped this long. */
const SETTLE_MS = 150;

/** The boot script's question whether the list has a company (content/list-gate.ts). */
export interface ListGate {
  mayHaveCompanies(): Promise<boolean>;
  knownEmpty(): boolean;
}

export class ListMarks {
  private frame: LensFrame | null = null;
  private cards: Card[] = [];
  private moving: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly page: ListPage,
    private readonly signal: AbortSignal,
    private readonly list: ListGate,
  ) {
    const moved = () => this.moved();
    // Capture: boards scroll their result lists inside an element, not the window.
    addEventListener('scroll', moved, { capture: true, passive: true, signal });
    addEventListener('resize', moved, { passive: true, signal });
    signal.addEventListener('abort', () => {
      clearTimeout(this.moving);
      this.frame?.element.remove();
      pageHost(doc).release();
    });
  }

  /** The page settled: read its cards again and send the ones on screen. */
  async update(): Promise<void> {
    if (this.signal.aborted) return;
    // The list was empty a moment ago: not even the cards are read until it is asked again
    // (a pane's job switches settle the page often).
    if (!this.frame && this.list.knownEmpty()) return;
    this.cards = readCards(this.doc, this.page);
    if (!this.frame) {
      if (!this.cards.length || !(await this.list.mayHaveCompanies()) || this.signal.aborted) return;
      // Another update may have made the frame while the worker answered.
      if (this.frame) return this.send();
      this.frame = new LensFrame(
        this.doc,
        pageHost(this.doc).shadow,
        (say) => say === 'drawn' && this.drawn(),
        {
          page: MARKS_PAGE,
          part: 'marks',
        },
      );
      // Laid out from the start (a frame that is not rendered may be throttled), and
      // kept invisible until it has drawn the first cards.
      this.frame.element.tabIndex = -1;
      this.frame.element.style.visibility = 'hidden';
      this.frame.show();
    }
    pageHost(this.doc).attach();
    this.send();
  }

  private send(): void {
    this.frame?.send({ type: 'cards', cards: spotsOnScreen(this.doc, this.cards) });
  }

  /** Hidden at once, so no mark ever sits beside the wrong card; placed again once still. */
  private moved(): void {
    if (!this.frame) return;
    this.frame.element.style.visibility = 'hidden';
    clearTimeout(this.moving);
    this.moving = setTimeout(() => this.send(), SETTLE_MS);
  }

  private drawn(): void {
    if (this.frame) this.frame.element.style.visibility = '';
  }
}
