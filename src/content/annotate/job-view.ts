// One job as the user sees it: its claims highlighted in the page's text, the marker
// beside its title, the card on hover or keyboard focus. Everything it adds (listeners,
// highlights, timers) is tied to the view's AbortSignal, aborted when the pane moves to
// another job or the user leaves the posting, so nothing of an old job survives.

import type { PageClaim, PageView } from '../../shared/page-view.ts';
import { measure, now } from '../perf.ts';
import { claimRanges, indexText } from './claim-ranges.ts';
import { caretAt, within } from './hit-test.ts';
import type { PostingPlace } from './locate.ts';
import type { TitleLines } from './marker-place.ts';
import type { CardRequest, MarkerContent, Overlay } from './overlay.ts';
import type { PaintedRange, Painter } from './paint.ts';
import { alternateTints, highlightName } from './palette.ts';

export interface JobViewOptions {
  analysis: PageView;
  place: PostingPlace;
  overlay: Overlay;
  painter: Painter;
  hidden: boolean;
  site: string;
  /** The page's address when it was read: the frame checks it shows this page's analysis. */
  url: string;
  signal: AbortSignal;
  onToggleSite(hide: boolean): void;
}

interface Entry {
  claim: PageClaim;
  range: Range;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable || el.closest('input, textarea, select, [contenteditable]') !== null;
}

/** The line boxes of an element's text, in order (not its elements' boxes, which may span the column). */
function textBoxes(doc: Document, root: Element): DOMRect[] {
  const boxes: DOMRect[] = [];
  const range = doc.createRange();
  const walker = doc.createTreeWalker(root, 4); // NodeFilter.SHOW_TEXT, not read from the global (see claim-ranges.ts)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    for (const box of range.getClientRects()) if (box.width > 0) boxes.push(box);
  }
  return boxes;
}

export class JobView {
  readonly entries: Entry[];
  /** Claims the page does not show as one run of text (reported, not highlighted). */
  readonly unmatched: number;
  private readonly doc: Document;
  private hidden: boolean;
  private current = -1;
  private shown = -1;
  private mode: 'none' | 'hover' | 'focus' = 'none';
  private pointer = { x: 0, y: 0 };
  private frame = 0;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private inCard = false;

  constructor(private readonly o: JobViewOptions) {
    this.doc = o.place.description[0]?.ownerDocument ?? document;
    this.hidden = o.hidden;
    const started = now();
    const index = indexText(o.place.description, o.place.skip);
    const ranges = claimRanges(index, o.analysis.claims, this.doc);
    const entries: Entry[] = [];
    o.analysis.claims.forEach((claim, i) => {
      const range = ranges[i];
      if (range) entries.push({ claim, range });
    });
    entries.sort((a, b) => a.claim.start - b.claim.start);
    this.entries = entries;
    this.unmatched = o.analysis.claims.length - entries.length;
    if (!this.hidden) this.paint();
    measure('highlight', started);

    o.overlay.attach();
    o.overlay.bind({
      next: () => this.step(1),
      previous: () => this.step(-1),
      toggleSite: () => o.onToggleSite(!this.hidden),
      cardEntered: () => {
        this.inCard = true;
        clearTimeout(this.closeTimer);
      },
      cardLeft: () => {
        this.inCard = false;
        if (this.mode === 'hover') this.scheduleClose();
      },
      closed: () => this.closeCard(),
    });
    this.renderMarker();

    const { signal } = o;
    const doc = this.doc;
    const view = doc.defaultView ?? window;
    doc.addEventListener('mousemove', (e) => this.onPointer(e), { passive: true, signal });
    doc.addEventListener('keydown', (e) => this.onKey(e), { signal });
    doc.addEventListener('scroll', () => this.schedule(), { passive: true, capture: true, signal });
    view.addEventListener('resize', () => this.schedule(), { passive: true, signal });
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(this.frame);
        clearTimeout(this.closeTimer);
        o.painter.clear();
        o.overlay.hideCard();
        o.overlay.bind(null);
      },
      { once: true },
    );
    this.placeAfterPaint();
  }

  /**
   * The first placement of the marker waits a frame: finding its place reads the page's
   * layout and hit-tests it, the costliest step of showing a job, and the highlights
   * need none of it. They paint in this frame; the marker, hidden until placed, in the next.
   */
  private placeAfterPaint(): void {
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.o.signal.aborted) this.schedule();
    });
  }

  /** Whether the page still shows the text this view highlights (boards re-render). */
  intact(): boolean {
    return (
      this.o.place.description.every((el) => el.isConnected) &&
      this.entries.every((e) => e.range.startContainer.isConnected)
    );
  }

  setHidden(hidden: boolean): void {
    if (this.o.signal.aborted || hidden === this.hidden) return;
    this.hidden = hidden;
    if (hidden) {
      this.o.painter.clear();
      this.closeCard();
    } else this.paint();
    this.renderMarker();
    // Its text changed, so its size did: placed again in the next frame.
    this.schedule();
  }

  private paint(): void {
    const alt = alternateTints(this.entries.map((e) => e.claim));
    const painted: PaintedRange[] = this.entries.map(({ claim, range }, i) => ({
      range,
      name: highlightName(claim.theme, claim.specificity, alt[i]),
    }));
    this.o.painter.paint(painted);
  }

  private renderMarker(): void {
    const a = this.o.analysis;
    const vague = a.claims.filter((c) => c.specificity === 'vague').length;
    const marker: MarkerContent = {
      verdict: a.healthcare ? 'Healthcare' : 'Not healthcare',
      healthcare: a.healthcare,
      claims: a.claims.length === 0 ? 'no mission claims' : `${vague} vague of ${a.claims.length} claims`,
      short: String(a.claims.length),
      hidden: this.hidden,
      site: this.o.site,
    };
    this.o.overlay.setMarker(marker);
  }

  private card(i: number): CardRequest {
    const { claim } = this.entries[i]!;
    return {
      start: claim.start,
      end: claim.end,
      position: i + 1,
      total: this.entries.length,
      url: this.o.url,
    };
  }

  private openCard(i: number): void {
    this.shown = i;
    this.o.overlay.showCard(this.card(i));
    this.placeCard();
  }

  private closeCard(): void {
    clearTimeout(this.closeTimer);
    this.shown = -1;
    this.mode = 'none';
    this.current = -1;
    this.o.painter.setCurrent(null);
    this.o.overlay.hideCard();
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.inCard && this.mode === 'hover') this.closeCard();
    }, 300);
  }

  /** Under the whole claim, so the card never covers it; under the hovered line for a long one. */
  private anchor(i: number): DOMRect | null {
    const range = this.entries[i]?.range;
    if (!range) return null;
    const rects = Array.from(range.getClientRects());
    if (rects.length === 0) return null;
    const whole = range.getBoundingClientRect();
    const tall = whole.height > (this.doc.defaultView?.innerHeight ?? 800) * 0.4;
    if (tall && this.mode === 'hover') {
      return rects.find((r) => within(r, this.pointer.x, this.pointer.y, 4)) ?? rects[0]!;
    }
    return whole;
  }

  private placeCard(): void {
    if (this.shown >= 0) this.o.overlay.placeCard(this.anchor(this.shown));
  }

  /** Next (+1) or previous (-1) claim: scrolled to, marked as current, card open. */
  step(direction: 1 | -1): void {
    const n = this.entries.length;
    if (n === 0 || this.hidden) return;
    const from = this.current >= 0 ? this.current : this.shown;
    this.current = from < 0 ? (direction > 0 ? 0 : n - 1) : (from + direction + n) % n;
    this.mode = 'focus';
    const { claim, range } = this.entries[this.current]!;
    this.o.painter.setCurrent(range);
    const reduced = this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
    range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduced ? 'auto' : 'smooth',
    });
    this.openCard(this.current);
    this.o.overlay.announce(
      `Claim ${this.current + 1} of ${n}, ${claim.specificity}: ${claim.text.slice(0, 160)}`,
    );
  }

  // Only the user's own keys and pointer count: page script can dispatch events
  // (`isTrusted` false) to open a card and read what the page may see of it.
  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted || e.defaultPrevented || e.isComposing) return;
    const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
    const chord = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;
    if (chord && e.code === 'KeyM') {
      e.preventDefault();
      this.o.overlay.focusMarker();
      return;
    }
    const fromUs = this.o.overlay.contains(e.target);
    // Esc closes the card first; then, from inside the marker, its panel. A page's own
    // Esc (its dialog, its search box) is left alone.
    if (plain && e.key === 'Escape' && fromUs && !this.o.overlay.cardOpen && this.o.overlay.closePanel()) {
      e.preventDefault();
      return;
    }
    if (this.hidden) return;
    let direction: 1 | -1 | 0 = 0;
    if ((plain && e.key === ']') || (chord && e.code === 'KeyJ')) direction = 1;
    else if ((plain && e.key === '[') || (chord && e.code === 'KeyK')) direction = -1;
    if (direction !== 0) {
      if (!chord && !fromUs && typing(e.target)) return;
      e.preventDefault();
      this.step(direction);
    } else if (e.key === 'Escape' && this.o.overlay.cardOpen) {
      e.preventDefault();
      this.closeCard();
    }
  }

  private onPointer(e: MouseEvent): void {
    if (!e.isTrusted || this.hidden || this.entries.length === 0) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.o.overlay.contains(e.target)) return;
    this.schedule(true);
  }

  private hoverPending = false;

  /** One animation frame for everything pointer and scroll do. */
  private schedule(hover = false): void {
    if (hover) this.hoverPending = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.o.signal.aborted) return;
      if (this.hoverPending) {
        this.hoverPending = false;
        this.hover();
      }
      this.placeCard();
      const title = this.o.place.title;
      let lines: TitleLines | null = null;
      if (title?.isConnected) {
        const boxes = textBoxes(this.doc, title);
        if (boxes.length) lines = { first: boxes[0]!, last: boxes.at(-1)! };
      }
      this.o.overlay.placeMarker(lines);
    });
  }

  private hitTest(x: number, y: number): number {
    const at = caretAt(this.doc, x, y);
    if (!at || at.node.nodeType !== Node.TEXT_NODE) return -1;
    for (let i = 0; i < this.entries.length; i++) {
      const range = this.entries[i]!.range;
      let inside = false;
      try {
        inside = range.isPointInRange(at.node, at.offset);
      } catch {
        inside = false;
      }
      if (inside && Array.from(range.getClientRects()).some((r) => within(r, x, y))) return i;
    }
    return -1;
  }

  private hover(): void {
    const i = this.hitTest(this.pointer.x, this.pointer.y);
    if (i >= 0) {
      clearTimeout(this.closeTimer);
      if (i === this.shown) return;
      if (this.mode === 'focus' && this.current >= 0) return; // the keyboard's card stays
      this.mode = 'hover';
      this.openCard(i);
    } else if (this.mode === 'hover' && !this.inCard) {
      this.scheduleClose();
    }
  }
}
