// The marker in the extension's shadow root: hidden until it is first placed beside the
// title, then never hidden again for new content (a job switch does not make it blink),
// and the panel's button the keyboard was on keeps the focus when the panel is made anew.
import { afterEach, describe, expect, it } from 'vitest';
import { Overlay } from '../../../src/content/annotate/overlay.ts';
import { pageHost } from '../../../src/content/page-host.ts';

const content = (claims: string) => ({
  verdict: 'Healthcare',
  healthcare: true,
  claims,
  short: '3',
  hidden: false,
  site: 'linkedin.com',
});
const title = { left: 200, top: 100, width: 300, height: 30 };
const lines = { first: title, last: title };
const marker = () => pageHost(document).shadow.querySelector<HTMLElement>('[data-part="marker"]')!;

afterEach(() => {
  document.body.replaceChildren();
});

describe('the marker', () => {
  it('stays unseen until first placed, then stays seen while its content changes', () => {
    const overlay = new Overlay(document);
    overlay.attach();
    overlay.setMarker(content('1 vague of 3 claims'));
    expect(marker().style.visibility).toBe('hidden');
    overlay.placeMarker(lines);
    expect(marker().style.visibility).toBe('');
    overlay.setMarker(content('2 vague of 4 claims'));
    expect(marker().style.visibility).toBe('');
    overlay.placeMarker(lines);
    expect(marker().style.visibility).toBe('');
    // Taken off the page and put back (a posting, then none, then another): unseen again.
    overlay.remove();
    overlay.attach();
    overlay.setMarker(content('no mission claims'));
    expect(marker().style.visibility).toBe('hidden');
    overlay.remove();
  });

  it('gives the focus back to the panel button the keyboard was on', () => {
    const overlay = new Overlay(document);
    overlay.attach();
    overlay.setMarker(content('1 vague of 3 claims'));
    const button = () => pageHost(document).shadow.querySelector<HTMLElement>('[data-action="toggle-site"]')!;
    const before = button();
    before.focus();
    overlay.setMarker({ ...content('1 vague of 3 claims'), hidden: true });
    expect(button()).not.toBe(before);
    expect(pageHost(document).shadow.activeElement).toBe(button());
    overlay.remove();
  });
});
