// The frame's end of the private channel: the content script that created this frame
// sends a MessagePort with the nonce it put in the frame's URL. The first such message
// wins; anything else on the window (the page can post to this frame too) is ignored.
import { Handshake, ToFrame } from '../shared/frame-commands.ts';
import type { FrameAction, FromFrame } from '../shared/frame-protocol.ts';

export interface Channel {
  send(action: FrameAction): void;
}

export function acceptPort(onMessage: (message: ToFrame) => void): Channel {
  let port: MessagePort | null = null;
  const nonce = location.hash.slice(1);
  const onWindowMessage = (event: MessageEvent) => {
    if (port || event.source !== window.parent) return;
    const hello = Handshake.safeParse(event.data);
    const offered = event.ports[0];
    if (!hello.success || hello.data.nonce !== nonce || !offered) return;
    port = offered;
    removeEventListener('message', onWindowMessage);
    port.onmessage = (e) => {
      const parsed = ToFrame.safeParse(e.data);
      if (parsed.success) onMessage(parsed.data);
    };
    port.postMessage({ type: 'frame', say: 'ready' } satisfies FromFrame);
  };
  addEventListener('message', onWindowMessage);
  return { send: (action) => port?.postMessage({ type: 'frame', say: action } satisfies FromFrame) };
}
