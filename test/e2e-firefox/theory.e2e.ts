// The theory of change in Firefox (test/e2e/theory-flow.e2e.ts, theory-draft.e2e.ts): the
// install opens the welcome wizard; a theory half written and abandoned is resumed where
// it was; the wizard is walked with the mouse and the keyboard to a saved theory; and
// postings are held up against it in the popup: one that fits, one that crosses a red
// line. Before any theory exists, the popup invites one.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, serveDemos } from './demo-catalog.ts';
import { count, fill, tabShowing, textOf } from './extension-ui.ts';
import {
  contextOf,
  type Firefox,
  launchFirefox,
  openPopup,
  stored,
  tabIdOf,
  waitForState,
} from './harness.ts';
import { until } from './page-view.ts';

const HARBORLINE = demo('Harborline Community Health Plan'); // LinkedIn, a Medicaid plan
const JUNIPER = demo('Juniper Oak Primary Care'); // capitated by Medicare Advantage plans
const THRESHOLD = demo('Threshold Health'); // partners pay a fee per patient episode

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;

const WELCOME = 'src/options/index.html#welcome';
const heading = (page: Page) => textOf(page, '#wizard-title');
const next = (page: Page) => page.click('.wizard-nav button::-p-text(Next)');

describe('a theory of change, written in the wizard and held against postings', () => {
  let ff: Firefox;
  let options: Page;

  async function popupFor(entry: { url: string }): Promise<Page> {
    const page = await ff.openPage(entry.url);
    const tabId = await tabIdOf(ff, page);
    await waitForState(ff, tabId, (s) => s.analysis.isJobPosting);
    const popup = await openPopup(ff, tabId);
    await popup.waitForSelector('[data-testid="title"]', { timeout: 10_000 });
    return popup;
  }

  beforeAll(async () => {
    ff = await launchFirefox();
    serveDemos(ff, [HARBORLINE, JUNIPER, THRESHOLD]);
  });
  afterAll(async () => ff?.close());

  it('opens the welcome wizard on install', async () => {
    // launchFirefox waits for the tab; here it is found and must show the wizard's start.
    options = (await until(
      () => tabShowing(ff, WELCOME),
      (p) => p !== null,
    )) as Page;
    await expect
      .poll(() => textOf(options, '.welcome h1'), { timeout: 10_000 })
      .toBe('Welcome to Mission Lens');
    expect(await heading(options)).toMatch(/^Step 1 of 6/);
  });

  it('resumes a half-written theory after its tab was closed, and compares nothing with a draft', async () => {
    const first = await ff.openExtensionPage(WELCOME);
    await first.waitForSelector('input[name="template"][value="hospital-capacity"]', { timeout: 10_000 });
    await first.click('input[name="template"][value="hospital-capacity"]');
    await next(first);
    await first.waitForSelector('#belief');
    await fill(first, '#belief', 'rural hospitals should get the specialists they are missing');
    await next(first);
    await expect.poll(() => heading(first)).toMatch(/^Step 3 of 6/);
    // The draft is written after each render; the user is never faster than that.
    await expect
      .poll(async () => ((await stored(ff, 'local', 'wizardDraft')) as { step?: number } | null)?.step)
      .toBe(2);
    await first.close();

    const again = await ff.openExtensionPage(WELCOME);
    await expect.poll(() => heading(again), { timeout: 10_000 }).toMatch(/^Step 3 of 6/);
    await again.click('.wizard-nav button::-p-text(Back)');
    await expect
      .poll(() =>
        again.evaluate(() => (document.querySelector('#belief') as HTMLTextAreaElement | null)?.value),
      )
      .toBe('rural hospitals should get the specialists they are missing');
    expect({ sync: await stored(ff, 'sync', 'theory'), local: await stored(ff, 'local', 'theory') }).toEqual({
      sync: null,
      local: null,
    });
    await again.close();
  });

  it('before a theory exists, the popup invites one and still shows the analysis', async () => {
    const popup = await popupFor(HARBORLINE);
    await popup.waitForSelector('[data-state="no-theory"]', { timeout: 10_000 });
    expect(await count(popup, '[data-testid="claims"]')).toBe(1);
    expect(await count(popup, '[data-testid="questions"] ol > li')).toBeGreaterThan(0);
    await popup.close();
  });

  it('writes a theory through the wizard with the keyboard and mouse', async () => {
    const page = options;
    // The welcome tab may have resumed the draft the test before left (as it should):
    // the draft goes, and the tab starts again, as it was opened on install.
    const ext = await ff.extensionPage();
    await ext.evaluate(() => browser.storage.local.remove('wizardDraft'));
    await ff.bidi('browsingContext.reload', { context: contextOf(page), wait: 'complete' });
    // A background tab's timers run once a second, and the wizard waits on animation frames.
    await page.bringToFront();
    const step = (n: number) => page.waitForSelector(`.wizard[data-step="${n}"]`, { timeout: 10_000 });
    await step(0);
    await page.click('input[name="template"][value="hospital-capacity"]');
    await next(page);

    await step(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wizard-title');
    await fill(page, '#area', 'Cancer care for rural patients');
    await fill(
      page,
      '#belief',
      'rural cancer patients should be treated in well-staffed regional hospitals.',
    );
    await fill(
      page,
      '#because',
      'outcomes there are clearly better; it costs more than treating people closer to home.',
    );
    await next(page);

    await step(2);
    // Keyboard: focus a checkbox and toggle it with the space bar.
    const equity = 'input[name="themes"][value="equity"]';
    await page.focus(equity);
    await page.keyboard.press(' ');
    expect(await page.$eval(equity, (el) => (el as HTMLInputElement).checked)).toBe(true);
    await next(page);

    await step(3);
    await page.click('.more-tradeoffs > summary');
    await page.click('fieldset[data-ref="trait:employer:0"] input[value="refuse"]');
    await next(page);

    await step(4);
    await page.click('input[name="red-lines"][value="fixed-fee-per-member"]');
    await page.click('#custom-red-line');
    await page.type('#custom-red-line', 'sells patient data to advertisers');
    await page.keyboard.press('Enter');
    await page.focus('#salary');
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await textOf(page, '[data-testid="salary-value"]')).toBe('10 %');
    await next(page);

    await step(5);
    expect(await textOf(page, '[data-testid="theory-summary"]')).toMatch(/Cancer care for rural patients/);
    await page.click('.wizard-nav button::-p-text(Save my theory)');
    await expect
      .poll(() => textOf(page, '[data-testid="save-status"]'), { timeout: 10_000 })
      .toMatch(/Saved/);

    expect(await stored(ff, 'sync', 'theory')).toMatchObject({
      v: 2,
      template: 'hospital-capacity',
      area: 'Cancer care for rural patients',
      redLines: expect.arrayContaining(['paid-to-spend-less', 'fixed-fee-per-member']),
      customRedLines: ['sells patient data to advertisers'],
      salaryTradePct: 10,
      themes: expect.arrayContaining(['equity']),
      refused: expect.arrayContaining(['trait:employer:0']),
    });
    // Saved, the draft is gone.
    expect(await stored(ff, 'local', 'wizardDraft')).toBeNull();
  });

  it('an aligned posting: the popup says what fits', async () => {
    // Threshold's partners pay it per patient episode: hospitals pay, per unit of care,
    // which this theory (more hospital capacity) counts as a way forward.
    const popup = await popupFor(THRESHOLD);
    const fit = () =>
      popup.evaluate(() =>
        document.querySelector('[data-testid="fit-overall"]')?.getAttribute('data-overall'),
      );
    await expect.poll(fit, { timeout: 10_000 }).toBe('aligned');
    expect(await textOf(popup, '[data-testid="fit-summary"]')).toMatch(/^Fits your theory: /);
    for (const key of ['fee-for-service', 'provider'])
      expect(
        await popup.$eval(`.fit-item[data-key="${key}"]`, (el) => el.getAttribute('data-verdict')),
        key,
      ).toBe('aligned');
    await popup.close();
  });

  it('a posting that crosses a red line says so first', async () => {
    const popup = await popupFor(JUNIPER);
    const fit = () =>
      popup.evaluate(() =>
        document.querySelector('[data-testid="fit-overall"]')?.getAttribute('data-overall'),
      );
    await expect.poll(fit, { timeout: 10_000 }).toBe('tension');
    // Medicare Advantage plans pay it per member per month and make it responsible for the
    // total cost of care: both of this theory's red lines.
    expect(await textOf(popup, '[data-testid="fit-summary"]')).toBe(
      'Crosses your red line: the company is paid to keep total spending down and is paid a fixed fee per member.',
    );
    expect(await textOf(popup, '.fit-item:first-child .fit-verdict')).toMatch(/Red line/);
    const questions = await popup.$$eval('.question-text', (els) => els.map((e) => e.textContent ?? ''));
    expect(questions.slice(0, 2).join('\n')).toMatch(/per-member/);
    expect(questions.some((q) => /sells patient data to advertisers/.test(q))).toBe(true);
    await popup.close();
  });
});
