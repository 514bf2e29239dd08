// The card's frame: an extension page (src/frame) in an iframe inside the closed shadow
// root, created the first time a card opens (and, on list pages, the marks frame). Whatever comes from the user's theory is
// drawn in there, in the extension's origin, where page script cannot read it: not with
// `window.find`, a selection or hit testing, and the frame's size never changes with
// its text. The two ends talk over a MessagePort the content script hands the frame,
// with a nonce from the frame's URL, so page script can neither listen nor forge.
import { FRAME_PAGE, type FrameAction, FromFrame, type ToFrame } from '../../shared/frame-protocol.ts';
import { nativeBrowser } from '../../shared/native-browser.ts';

/** How often the port is offered again until the frame says it holds one, and for how long. */
const OFFER_EVERY_MS = 150;
const OFFER_FOR_MS = 10_000;

export class LensFrame {
  readonly element: HTMLIFrameElement;
  private port: MessagePort | null = null;
  /** What to send once the frame holds the port: only the latest of each kind matters. */
  private queued = new Map<ToFrame['type'], ToFrame>();
  private offering: ReturnType<typeof setInterval> | undefined;

  constructor(
    doc: Document,
    parent: Element | ShadowRoot,
    private readonly onAction: (action: FrameAction) => void,
    /** The card's frame, or the list page's marks (MARKS_PAGE, class and part `marks`). */
    kind: { page: string; part: string } = { page: FRAME_PAGE, part: 'frame' },
  ) {
    const nonce = crypto.randomUUID();
    const src = `${nativeBrowser.runtime.getURL(kind.page)}#${nonce}`;
    // Chrome serves the frame at a per-session address that redirects to the extension's
    // own origin, which is where it runs: the port goes to that origin and no other.
    const origin = src.startsWith('chrome-extension:')
      ? `chrome-extension://${nativeBrowser.runtime.id}`
      : new URL(src).origin;
    const frame = doc.createElement('iframe');
    frame.className = kind.part;
    frame.setAttribute('data-part', kind.part);
    frame.setAttribute('title', 'Mission Lens');
    frame.hidden = true;
    // The frame's `load` can come before its script listens (a redirect, a busy
    // extension process), so the port is offered until the frame answers on one.
    frame.addEventListener('load', () => {
      this.port = null;
      clearInterval(this.offering);
      const started = Date.now();
      const offer = () => {
        if (this.port || Date.now() - started > OFFER_FOR_MS) return clearInterval(this.offering);
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => this.received(channel.port1, event.data);
        frame.contentWindow?.postMessage({ type: 'mission-lens-port', nonce }, origin, [channel.port2]);
      };
      offer();
      this.offering = setInterval(offer, OFFER_EVERY_MS);
    });
    frame.src = src;
    parent.append(frame);
    this.element = frame;
  }

  private received(port: MessagePort, data: unknown): void {
    const parsed = FromFrame.safeParse(data);
    if (!parsed.success) return;
    const { say } = parsed.data;
    if (say !== 'ready') {
      if (port === this.port) this.onAction(say);
      return;
    }
    if (this.port) return;
    this.port = port;
    clearInterval(this.offering);
    for (const message of this.queued.values()) port.postMessage(message);
    this.queued.clear();
  }

  send(message: ToFrame): void {
    if (this.port) this.port.postMessage(message);
    else {
      // Re-inserted, so the frame gets the queued kinds in the order they were last asked.
      this.queued.delete(message.type);
      this.queued.set(message.type, message);
    }
  }

  get shown(): boolean {
    return !this.element.hidden;
  }

  show(): void {
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }

  /** Gives the keyboard to the frame, for someone who moved through the claims by key. */
  focus(): void {
    this.element.focus();
  }
}
