// The card's frame: an extension page (src/frame) in an iframe inside the closed shadow
// root, created the first time a card opens. Whatever comes from the user's theory is
// drawn in there, in the extension's origin, where page script cannot read it: not with
// `window.find`, a selection or hit testing, and the frame's size never changes with
// its text. The two ends talk over a MessagePort the content script hands the frame,
// with a nonce from the frame's URL, so page script can neither listen nor forge.
import { FRAME_PAGE, FromFrame, type ToFrame } from '../../shared/frame-protocol.ts';
import { nativeBrowser } from '../../shared/native-browser.ts';

export class LensFrame {
  readonly element: HTMLIFrameElement;
  private port: MessagePort | null = null;
  /** What to send once the frame has loaded: only the latest of each kind matters. */
  private queued = new Map<ToFrame['type'], ToFrame>();

  constructor(doc: Document, parent: Element, onAction: (action: FromFrame['action']) => void) {
    const nonce = crypto.randomUUID();
    const src = `${nativeBrowser.runtime.getURL(FRAME_PAGE)}#${nonce}`;
    const frame = doc.createElement('iframe');
    frame.className = 'frame';
    frame.setAttribute('data-part', 'frame');
    frame.setAttribute('title', 'Mission Lens');
    frame.hidden = true;
    frame.addEventListener(
      'load',
      () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => {
          const parsed = FromFrame.safeParse(event.data);
          if (parsed.success) onAction(parsed.data.action);
        };
        frame.contentWindow?.postMessage({ type: 'mission-lens-port', nonce }, new URL(src).origin, [
          channel.port2,
        ]);
        this.port = channel.port1;
        for (const message of this.queued.values()) this.port.postMessage(message);
        this.queued.clear();
      },
      { once: true },
    );
    frame.src = src;
    parent.append(frame);
    this.element = frame;
  }

  send(message: ToFrame): void {
    if (this.port) this.port.postMessage(message);
    else this.queued.set(message.type, message);
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
