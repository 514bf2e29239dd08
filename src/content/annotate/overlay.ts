// A posting's layer in the extension's one element (page-host.ts). It holds the marker
// beside the posting's title, a live region for screen readers and, once a card is first opened, the card's frame (lens-frame.ts), which
// alone shows anything that comes from the user's theory. Page text goes in as text.
import { FRAME_SIZE } from '../../shared/frame-protocol.ts';
import { pageHost } from '../page-host.ts';
import { type Box, coversContent } from './hit-test.ts';
import { LensFrame } from './lens-frame.ts';
import { firstFree, type Placement, type Size, type TitleLines, titleCandidates } from './marker-place.ts';

/** The claim to show in the card's frame: its offsets, and where it is among those on screen. */
export interface CardRequest {
  start: number;
  end: number;
  position: number;
  total: number;
  url: string;
}

export interface MarkerContent {
  verdict: string;
  /** The compact pill's text: the number of claims. */
  short: string;
  healthcare: boolean;
  claims: string;
  hidden: boolean;
  site: string;
}

export interface MarkerActions {
  next(): void;
  previous(): void;
  toggleSite(): void;
  /** The pointer left the card: it may close. */
  cardLeft(): void;
  cardEntered(): void;
  /** The card was closed from inside it. */
  closed(): void;
}

type Child = Node | string | null | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

// Not `instanceof`: in a Firefox content script a node it creates belongs to the page
// and is seen through an Xray wrapper, not an instance of the script's own `Object`.
function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

const CSS_TEXT = `
*{box-sizing:border-box}
.ui{--bg:#fff;--fg:#1d1d1f;--muted:#5b5b66;--line:#d8d8e0;--accent:#3b5bdb;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg)}
.ui.dark{--bg:#1f2023;--fg:#ececf1;--muted:#a9a9b6;--line:#3a3b40;--accent:#8fa8ff}
.frame,.marker{position:fixed;pointer-events:auto;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:10px;box-shadow:0 6px 24px rgb(0 0 0 / .18)}
.frame{width:min(${FRAME_SIZE.width}px,calc(100vw - 16px));height:min(${FRAME_SIZE.height}px,calc(100vh - 16px));padding:0;overflow:hidden}
.frame[hidden],.panel[hidden]{display:none}
button{font:inherit;color:inherit;background:transparent;border:1px solid var(--line);border-radius:6px;padding:2px 8px;cursor:pointer}
button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.marker{border-radius:999px;padding:3px;font-size:12px;max-width:min(420px,calc(100vw - 16px))}
.marker.open{border-radius:12px}
.pill{border:0;border-radius:999px;padding:3px 10px;display:flex;gap:6px;align-items:center;white-space:nowrap;max-width:100%;overflow:hidden;text-overflow:ellipsis}
.short,.marker.compact [data-part=summary]{display:none}.marker.compact .short{display:inline}.marker.compact .pill{padding:3px 8px}
.dot{width:8px;height:8px;border-radius:50%;background:#868e96;flex:none}.dot.hc{background:#2b8a3e}
.panel{padding:6px 10px 8px;display:grid;gap:6px}
.panel .row{display:flex;gap:6px;flex-wrap:wrap}
.sr{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){*{transition:none!important;scroll-behavior:auto!important}}
`;

export class Overlay {
  readonly host: HTMLElement;
  private readonly doc: Document;
  private readonly ui: HTMLElement;
  /** The card's frame, made the first time a card or the fit is shown. */
  private frame: LensFrame | null = null;
  private dark = false;
  private readonly marker: HTMLElement;
  private readonly pill: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly live: HTMLElement;
  private actions: MarkerActions | null = null;
  /** Where the marker sits relative to the title, for the window and title it was found for. */
  private placed: { key: string; dx: number; dy: number; compact: boolean } | null = null;
  private sizes: { full?: Size; compact?: Size } = {};
  /** Whether the marker has been placed (and shown) since it was last put on the page. */
  private shown = false;

  constructor(doc: Document) {
    this.doc = doc;
    const { host, shadow } = pageHost(doc);
    this.host = host;
    this.pill = el(doc, 'button', {
      class: 'pill',
      type: 'button',
      'aria-expanded': 'false',
      'data-part': 'pill',
    });
    this.panel = el(doc, 'div', { class: 'panel', id: 'panel', 'data-part': 'panel', hidden: '' });
    this.pill.setAttribute('aria-controls', 'panel');
    this.marker = el(
      doc,
      'div',
      { class: 'marker', 'data-part': 'marker', role: 'region' },
      this.pill,
      this.panel,
    );
    this.marker.setAttribute('aria-label', 'Mission Lens');
    this.live = el(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite', 'data-part': 'live' });
    this.ui = el(doc, 'div', { class: 'ui' }, this.marker, this.live);
    shadow.append(el(doc, 'style', {}, CSS_TEXT), this.ui);

    shadow.addEventListener('click', (event) => {
      if (!event.isTrusted) return; // a click the user made, not one page script dispatched
      const target = event.target as Element | null;
      const action = target?.closest('[data-action]')?.getAttribute('data-action');
      if (action === 'toggle-panel') this.togglePanel();
      else if (action === 'next') this.actions?.next();
      else if (action === 'previous') this.actions?.previous();
      else if (action === 'toggle-site') this.actions?.toggleSite();
      else if (action === 'show-fit') this.showFit();
    });
    this.pill.setAttribute('data-action', 'toggle-panel');
  }

  /** Puts the host on the page (again, if the page's own code took it out). */
  attach(): void {
    const page = pageHost(this.doc);
    if (!this.ui.isConnected) page.shadow.append(this.ui);
    page.attach();
  }

  /** Off the page; the host goes too unless a list page's marks still use it. */
  remove(): void {
    this.ui.remove();
    pageHost(this.doc).release();
    this.shown = false;
  }

  bind(actions: MarkerActions | null): void {
    this.actions = actions;
  }

  setScheme(dark: boolean): void {
    this.dark = dark;
    this.ui.classList.toggle('dark', dark);
    this.frame?.send({ type: 'scheme', dark });
  }

  contains(node: EventTarget | null): boolean {
    return node === this.host;
  }

  private ensureFrame(): LensFrame {
    if (this.frame) return this.frame;
    const frame = new LensFrame(this.doc, this.ui, (action) => {
      if (action === 'next') this.actions?.next();
      else if (action === 'previous') this.actions?.previous();
      else {
        this.hideCard();
        this.actions?.closed();
      }
    });
    frame.element.addEventListener('pointerenter', (e) => e.isTrusted && this.actions?.cardEntered());
    frame.element.addEventListener('pointerleave', (e) => e.isTrusted && this.actions?.cardLeft());
    frame.send({ type: 'scheme', dark: this.dark });
    this.frame = frame;
    return frame;
  }

  showCard(request: CardRequest): void {
    const frame = this.ensureFrame();
    frame.send({ type: 'card', ...request });
    frame.show();
  }

  /** The posting against the user's theory, under the marker. */
  private showFit(): void {
    const frame = this.ensureFrame();
    frame.send({ type: 'fit', url: this.doc.location?.href ?? '' });
    frame.show();
    this.placeUnder(this.marker.getBoundingClientRect());
  }

  /** Places the open card under (or above) the claim's first line box. */
  placeCard(anchor: DOMRect | null): void {
    if (!this.frame?.shown || !anchor) return;
    this.placeUnder(anchor);
  }

  private placeUnder(anchor: DOMRect): void {
    const view = this.doc.defaultView;
    const frame = this.frame?.element;
    if (!view || !frame) return;
    const width = Math.min(FRAME_SIZE.width, view.innerWidth - 16);
    const height = Math.min(FRAME_SIZE.height, view.innerHeight - 16);
    const below = anchor.bottom + 8;
    const top =
      below + height <= view.innerHeight || anchor.top - height - 8 < 0 ? below : anchor.top - height - 8;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
    frame.style.top = `${Math.max(8, Math.min(top, view.innerHeight - height - 8))}px`;
    frame.style.left = `${left}px`;
  }

  hideCard(): void {
    this.frame?.hide();
  }

  get cardOpen(): boolean {
    return this.frame?.shown ?? false;
  }

  /** Moves the keyboard into the open card. */
  focusCard(): void {
    if (this.frame?.shown) this.frame.focus();
  }

  setMarker(content: MarkerContent): void {
    const d = this.doc;
    this.sizes = {};
    this.placed = null;
    // The panel's buttons are made anew: the one the keyboard was on gets the focus back
    // (Enter on "Hide highlights" and Enter again shows them).
    const active = pageHost(d).shadow.activeElement;
    const focused = active && this.marker.contains(active) ? active.getAttribute('data-action') : null;
    // A marker not yet placed on this page stays unseen until it is, a frame after the
    // highlights (job-view.ts), and in its full form, the one measured first (markerSize).
    // One already shown keeps its place and form until then: a job switch does not blink.
    if (!this.shown) {
      this.marker.classList.remove('compact');
      this.marker.style.visibility = 'hidden';
    }
    this.pill.replaceChildren(
      el(d, 'span', { class: `dot${content.healthcare ? ' hc' : ''}` }),
      el(
        d,
        'span',
        { 'data-part': 'summary' },
        `${content.verdict} · ${content.claims}${content.hidden ? ' · highlights off' : ''}`,
      ),
      // What the compact pill says, where the page leaves no room for the whole line.
      el(d, 'span', { class: 'short', 'aria-hidden': 'true' }, content.short),
    );
    this.pill.setAttribute(
      'aria-label',
      `Mission Lens: ${content.verdict}. ${content.claims}${content.hidden ? ', highlights off' : ''}. Show options (Alt+Shift+M)`,
    );
    fill(
      this.panel,
      el(
        d,
        'button',
        { type: 'button', 'data-action': 'show-fit', 'data-part': 'show-fit' },
        'How it fits your theory',
      ),
      el(
        d,
        'div',
        { class: 'row' },
        el(d, 'button', { type: 'button', 'data-action': 'previous' }, 'Previous claim'),
        el(d, 'button', { type: 'button', 'data-action': 'next' }, 'Next claim'),
      ),
      el(
        d,
        'button',
        { type: 'button', 'data-action': 'toggle-site', 'data-part': 'toggle-site' },
        content.hidden ? `Show highlights on ${content.site}` : `Hide highlights on ${content.site}`,
      ),
      el(d, 'p', { class: 'hint' }, 'Keys: ] next claim, [ previous, Esc close, Alt+Shift+M this marker.'),
    );
    if (focused === null) return;
    const buttons = Array.from(this.marker.querySelectorAll<HTMLElement>('[data-action]'));
    buttons.find((b) => b.getAttribute('data-action') === focused)?.focus();
  }

  /**
   * Esc in the marker: an open panel closes, and the keyboard goes back to the pill (the
   * disclosure pattern), instead of staying on a button that is no longer shown.
   */
  closePanel(): boolean {
    if (this.panel.hasAttribute('hidden')) return false;
    const active = pageHost(this.doc).shadow.activeElement;
    this.togglePanel();
    if (active && this.panel.contains(active)) this.pill.focus();
    return true;
  }

  private togglePanel(): void {
    const open = this.panel.hasAttribute('hidden');
    this.panel.hidden = !open;
    this.marker.classList.toggle('open', open);
    this.pill.setAttribute('aria-expanded', String(open));
  }

  /**
   * Beside the title, where it covers no text or control of the page (marker-place.ts):
   * the place is searched when the window or the title's lines change, and kept
   * relative to the title as the page scrolls. Compact and docked to the bottom right
   * corner once the title has scrolled away.
   */
  placeMarker(lines: TitleLines | null): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const width = view.innerWidth;
    const height = view.innerHeight;
    const { first, last } = lines ?? {};
    if (!first || !last || first.width === 0 || last.top + last.height < 0 || first.top > height) {
      const compact = this.markerSize(true);
      this.marker.classList.add('compact');
      this.moveMarker(width - compact.width - 16, height - compact.height - 16);
      this.reveal();
      return;
    }
    const key = [width, height, first.left, first.width, last.width, last.top - first.top]
      .map(Math.round)
      .join();
    if (this.placed?.key !== key) {
      this.marker.style.visibility = 'hidden';
      const chosen = this.freePlace({ first, last }, { width, height });
      this.placed = {
        key,
        dx: chosen.left - first.left,
        dy: chosen.top - first.top,
        compact: chosen.compact,
      };
    }
    this.marker.classList.toggle('compact', this.placed.compact);
    this.moveMarker(first.left + this.placed.dx, first.top + this.placed.dy);
    this.reveal();
  }

  private reveal(): void {
    this.marker.style.visibility = '';
    this.shown = true;
  }

  /**
   * Full size where a place is free, else compact where one is, else compact after the
   * title. The compact size is measured only when no full-size place is free: measuring
   * it means a style change and one more layout of the page.
   */
  private freePlace(lines: TitleLines, view: Size): Placement {
    const covers = (box: Box) => coversContent(this.doc, box, this.host);
    const full = this.markerSize(false);
    const place = firstFree(titleCandidates(lines, full, false, view), full, covers);
    if (place) return place;
    const compact = this.markerSize(true);
    const spots = titleCandidates(lines, compact, true, view);
    return firstFree(spots, compact, covers) ?? spots[0]!;
  }

  private moveMarker(left: number, top: number): void {
    this.marker.style.left = `${left}px`;
    this.marker.style.top = `${top}px`;
  }

  /**
   * The pill's size in one form, measured once per content. A marker not yet shown is in
   * its full form (setMarker), so its full size is read without a style change of its own.
   */
  private markerSize(compact: boolean): Size {
    const known = compact ? this.sizes.compact : this.sizes.full;
    if (known) return known;
    const list = this.marker.classList;
    const was = list.contains('compact');
    list.toggle('compact', compact);
    const size = {
      width: this.marker.offsetWidth || (compact ? 40 : 200),
      height: this.marker.offsetHeight || 26,
    };
    list.toggle('compact', was);
    if (compact) this.sizes.compact = size;
    else this.sizes.full = size;
    return size;
  }

  /** Alt+Shift+M: the marker is reachable from anywhere in the page, not only at the end of its tab order. */
  focusMarker(): void {
    this.pill.focus();
  }

  announce(text: string): void {
    this.live.textContent = text;
  }
}
