// The claim card in Firefox: the user's own `]` opens it, an extension page in an iframe
// inside the closed shadow root that shows the claim's theme, specificity, what it
// names and where it stands; `]` and `[` move through the claims, Escape closes it.
// Firefox once showed the card as an empty white box, so these fail when the frame
// shows nothing, only "Loading…" or its error, or draws no text. Keys and pointer
// moves that page script dispatches must do nothing, and a `]` typed into the page's
// own field is the field's. The card and its controls stay inside a 1280 × 900 window
// at every claim, and axe finds nothing in the card, light or dark.
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_NAMES } from '../../src/core/theory/labels.ts';
import type { Theme } from '../../src/core/types.ts';
import { FRAME_SIZE } from '../../src/shared/frame-protocol.ts';
import { axeInCardFrame } from './a11y.ts';
import { cardFit } from './card-layout.ts';
import {
  EXTENSION_ORIGIN,
  type Firefox,
  launchFirefox,
  readText,
  type StoredState,
  tabIdOf,
  waitForState,
} from './harness.ts';
import { pageHighlights, squash, until } from './page-view.ts';
import { distinctColours } from './pixels.ts';
import { cardBody, cardShown, cardText, cardUrl, part } from './shadow-kit.ts';

const POSTING_URL = 'https://www.linkedin.com/jobs/view/4100000001/';

type Claim = StoredState['analysis']['claims'][number];

/** Two animation frames of the page: by then a pointer move has been acted on. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('the claim card', () => {
  let ff: Firefox;
  let page: Page;
  let ordered: Claim[] = [];

  /** The card shows `claim` at `position`, drawn in full: not blank, not loading, not failed. */
  async function expectCardFor(claim: Claim, position: number) {
    const n = ordered.length;
    await expect
      .poll(() => cardText(ff, page, 'position'), { timeout: 10_000 })
      .toBe(`Claim ${position} of ${n}`);
    expect(await cardText(ff, page, 'theme')).toBe(THEME_NAMES[claim.theme as Theme]);
    expect(await cardText(ff, page, 'specificity')).toBe(
      claim.specificity === 'vague' ? 'Vague' : 'Specific',
    );
    expect(await cardText(ff, page, 'names')).toMatch(/(It says|It does not say) /);
    const body = (await cardBody(ff, page)) ?? '';
    expect(body).not.toMatch(/Loading…|could not load/);
    expect((await pageHighlights(page))['mission-lens-current']?.map(squash)).toEqual([squash(claim.text)]);
  }

  beforeAll(async () => {
    ff = await launchFirefox();
    ff.serve(POSTING_URL, readText('demo/postings/harborline-rn-care-manager.html'));
    page = await ff.openPage(POSTING_URL);
    const state = await waitForState(ff, await tabIdOf(ff, page), (s) => s.analysis.isJobPosting);
    ordered = [...state.analysis.claims].sort((a, b) => a.start - b.start);
    await until(
      async () => Object.keys(await pageHighlights(page)).length,
      (n) => n > 0,
    );
    await page.bringToFront();
  });
  afterAll(async () => ff?.close());

  it('ignores keys and pointer moves that page script dispatches', async () => {
    expect(ordered.length).toBeGreaterThan(2);
    await page.evaluate((third) => {
      for (const key of [']', '[', ']'])
        document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      // Over the third claim, where a real pointer would open its card.
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('mission-lens')) continue;
        for (const r of h) {
          if ((r as Range).toString().replace(/\s+/g, '') !== third) continue;
          const rect = (r as Range).getClientRects()[0]!;
          const at = { clientX: rect.left + 5, clientY: rect.top + rect.height / 2, bubbles: true };
          document.elementFromPoint(at.clientX, at.clientY)?.dispatchEvent(new MouseEvent('mousemove', at));
        }
      }
    }, squash(ordered[2]!.text));
    await twoFrames(page);
    expect(await cardShown(ff, page)).toBe(false);
    expect((await pageHighlights(page))['mission-lens-current']).toBeUndefined();
    // Had the dispatched keys counted, the card would be on the second claim and a real `]`
    // would show the third; had the pointer move, the third's card would be open.
    await page.keyboard.press(']');
    await expect
      .poll(() => cardText(ff, page, 'position'), { timeout: 10_000 })
      .toBe(`Claim 1 of ${ordered.length}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(ff, page)).toBe(false);
  });

  it('opens on `]` as an extension page in the closed shadow root, showing the first claim', async () => {
    await page.keyboard.press(']');
    await expect.poll(() => cardShown(ff, page)).toBe(true);
    await expectCardFor(ordered[0]!, 1);
    // axe finds nothing in the card, light or dark.
    expect(await axeInCardFrame(ff, page)).toEqual({ light: [], dark: [] });
    expect(await cardUrl(ff, page)).toMatch(
      new RegExp(`^${EXTENSION_ORIGIN}/src/frame/index\\.html#[0-9a-f-]{36}$`),
    );
    // Its size is fixed whatever it says, and it draws text: inside its border and shadow,
    // an empty white box is one colour (text brings hundreds, from anti-aliased glyphs).
    const { rect } = (await part(ff, page, 'frame'))!;
    expect({ width: rect.width, height: rect.height }).toEqual(FRAME_SIZE);
    const inside = { x: rect.x + 16, y: rect.y + 16, width: rect.width - 32, height: rect.height - 32 };
    expect(distinctColours(await page.screenshot({ clip: inside }))).toBeGreaterThan(16);
  });

  it('moves to the next claim on `]` and back on `[`, or on Alt+Shift+J and Alt+Shift+K, and tells screen readers', async () => {
    await page.keyboard.press(']');
    await expectCardFor(ordered[1]!, 2);
    await page.keyboard.press('[');
    await expectCardFor(ordered[0]!, 1);
    expect((await part(ff, page, 'live'))?.text).toContain(`Claim 1 of ${ordered.length}`);
    const chord = async (code: KeyInput) => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press(code);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    };
    await chord('KeyJ');
    await expectCardFor(ordered[1]!, 2);
    expect((await part(ff, page, 'live'))?.text).toContain(`Claim 2 of ${ordered.length}`);
    await chord('KeyK');
    await expectCardFor(ordered[0]!, 1);
  });

  it('closes on Escape: the frame is hidden and no claim is current', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(ff, page)).toBe(false);
    expect((await part(ff, page, 'frame'))?.hidden).toBe(true);
    expect((await pageHighlights(page))['mission-lens-current']).toBeUndefined();
  });

  it('does not take `]` from someone typing in the page', async () => {
    const input = 'input:not([type="hidden"])';
    await page.click(input);
    await page.keyboard.press(']');
    await expect.poll(() => page.$eval(input, (el) => (el as HTMLInputElement).value)).toContain(']');
    await twoFrames(page);
    expect(await cardShown(ff, page)).toBe(false);
    await page.$eval(input, (el) => {
      (el as HTMLInputElement).value = '';
      (el as HTMLInputElement).blur();
    });
  });

  it('keeps the card and its controls inside a 1280 × 900 window at every claim', async () => {
    expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([1280, 900]);
    await page.keyboard.press(']');
    for (let i = 0; i < ordered.length; i++) {
      if (i > 0) await page.keyboard.press(']');
      await expect
        .poll(() => cardText(ff, page, 'position'), { timeout: 10_000 })
        .toBe(`Claim ${i + 1} of ${ordered.length}`);
      // Previous, next and close; the claim's own line box may have scrolled the page.
      expect(await cardFit(ff, page), `claim ${i + 1}`).toEqual({ controls: 3, outside: [] });
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(ff, page)).toBe(false);
  });

  it('opens on a real pointer over a claim, and closes when it moves away', async () => {
    const vague = ordered.find((c) => c.specificity === 'vague')!;
    const point = await page.evaluate((text) => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('mission-lens')) continue;
        for (const r of h) {
          if ((r as Range).toString().replace(/\s+/g, '') !== text) continue;
          (r as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = (r as Range).getClientRects()[0]!;
          return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    }, squash(vague.text));
    expect(point).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => cardShown(ff, page)).toBe(true);
    await expect.poll(() => cardText(ff, page, 'specificity'), { timeout: 10_000 }).toBe('Vague');
    expect(await cardText(ff, page, 'theme')).toBe(THEME_NAMES[vague.theme as Theme]);
    await page.mouse.move(5, 5);
    await expect.poll(() => cardShown(ff, page)).toBe(false);
  });
});
