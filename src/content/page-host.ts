// The extension's one element in the page: `<mission-lens-host>` on the root element,
// with a closed shadow root the page can neither style nor read. A posting's overlay
// (annotate/overlay.ts) and a list page's marks (marks/list-marks.ts) share it, so a
// search page with a job in its pane still holds one extension element, not two.
export const HOST_TAG = 'mission-lens-host';

const HOST_CSS =
  ':host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;display:block!important;contain:style}' +
  // The marks frame covers the viewport and takes no pointer event: the page under it
  // is clicked, hovered and scrolled as if it were not there, and hit testing
  // (`elementFromPoint`) never finds it. `color-scheme: normal` on both sides keeps an
  // iframe transparent whatever the page's scheme.
  '.marks{position:fixed;inset:0;width:100vw;height:100vh;border:0;padding:0;margin:0;pointer-events:none;background:transparent;color-scheme:normal}.marks[hidden]{display:none}';

export interface PageHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Puts the host on the page (again, if the page's own code took it out). */
  attach(): void;
  /** Takes the host off the page once nothing but styles is left in it. */
  release(): void;
}

const made = new WeakMap<Document, PageHost>();

export function pageHost(doc: Document): PageHost {
  const known = made.get(doc);
  if (known) return known;
  // An element left by the version before an update: Firefox stops the old content
  // script without a word, so it never takes its own away (a page's element of that
  // name goes too, which is no loss).
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  shadow.append(style);
  const value: PageHost = {
    host,
    shadow,
    attach: () => {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    release: () => {
      for (const child of shadow.children) if (child.localName !== 'style') return;
      host.remove();
    },
  };
  made.set(doc, value);
  return value;
}
