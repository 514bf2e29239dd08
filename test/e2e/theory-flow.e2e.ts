// The theory of change end to end: the first-run wizard on the real options page, then
// demo postings at their real board addresses, and what the popup says about each: no
// theory yet, aligned, a red line crossed, not healthcare. The service worker is stopped
// between steps to show nothing lives in its memory; axe checks both pages when present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankTheory } from '../../src/core/theory/theory.ts';
import { type CatalogEntry, catalogEntry, catalogHtml } from '../e2e-shared/demo-catalog.ts';
import { firstScreenBottoms, widerThanWindow } from '../e2e-shared/layout.ts';
import { pageHighlights } from './annotate-kit.ts';
import {
  type Extension,
  launchExtension,
  openPopup,
  ROOT,
  screenshot,
  servePage,
  stopWorker,
  tabIdOf,
  waitForState,
} from './harness.ts';

type DemoEntry = Pick<CatalogEntry, 'file' | 'url' | 'company'>;
const demo = catalogEntry;
const HARBORLINE = demo('Harborline Community Health Plan'); // LinkedIn, Medicaid plan: government pays
const JUNIPER = demo('Juniper Oak Primary Care'); // Greenhouse, capitated by Medicare Advantage plans
const GRIDWELL = demo('Gridwell Energy'); // LinkedIn, heat pumps: not healthcare
const HARBORLINE_PLAN = HARBORLINE; // the state Medicaid agency pays a fixed monthly amount per member
const KINFOLK = demo('Kinfolk Bridge Health'); // Lever, plans pay a monthly fee per member plus a bonus
const THRESHOLD = demo('Threshold Health'); // Lever, partners pay a fee per patient episode
// A career-site page in the catalog; served here at a Greenhouse address so the manifest's patterns read it.
const PULSEBRIDGE = {
  file: 'postings/pulsebridge-quality-engineer.html',
  url: 'https://boards.greenhouse.io/pulsebridgemedical/jobs/7100099',
  company: 'Pulsebridge Medical', // bills Medicare and insurers per monitoring service
};

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the pages' CSP rightly blocks injected script tags.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const result = await w.axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** A stored value, read from an extension page (not the worker, which a test may stop). */
async function stored(page: Page, area: 'sync' | 'session', key: string): Promise<unknown> {
  return page.evaluate(
    async ([a, k]) => (await chrome.storage[a as 'sync' | 'session'].get(k))[k as string],
    [area, key] as const,
  );
}

async function openPosting(ext: Extension, entry: DemoEntry): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(entry.url);
  const tabId = await tabIdOf(ext, page);
  await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
  return tabId;
}

async function popupFor(ext: Extension, tabId: number): Promise<Page> {
  const popup = await openPopup(ext, tabId);
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.getByTestId('title').waitFor();
  return popup;
}

describe('a theory of change, written in the wizard and held against postings', () => {
  let ext: Extension;
  let options: Page;
  const tabs: Record<string, number> = {};

  beforeAll(async () => {
    ext = await launchExtension();
    for (const entry of [HARBORLINE, JUNIPER, GRIDWELL, KINFOLK, THRESHOLD, PULSEBRIDGE])
      await servePage(ext, entry.url, catalogHtml(entry));
  });
  afterAll(async () => ext?.close());

  it('opens the welcome wizard on install', async () => {
    const welcome = `chrome-extension://${ext.id}/${ext.manifest.options_ui.page}#welcome`;
    await expect
      .poll(() => ext.context.pages().some((p) => p.url() === welcome), { timeout: 10_000 })
      .toBe(true);
    options = ext.context.pages().find((p) => p.url() === welcome)!;
    await options.setViewportSize({ width: 900, height: 1000 });
    await expect
      .poll(() => options.getByRole('heading', { name: 'Welcome to Mission Lens' }).count())
      .toBe(1);
  });

  it('before a theory exists, the popup invites one and still shows the analysis', async () => {
    tabs.harborline = await openPosting(ext, HARBORLINE);
    const popup = await popupFor(ext, tabs.harborline);
    await popup.locator('[data-state="no-theory"]').waitFor();
    expect(await popup.getByTestId('claims').count()).toBe(1);
    expect((await popup.getByTestId('questions').locator('ol > li').count()) > 0).toBe(true);
    await popup.close();
  });

  it('writes a theory through the wizard with the keyboard and mouse', async () => {
    const page = options;
    // A background tab gets few animation frames, and every click waits for two.
    await page.bringToFront();
    const next = () => page.getByRole('button', { name: 'Next' }).click();
    const step = (n: number) => page.locator(`.wizard[data-step="${n}"]`).waitFor();
    await step(0);
    await page.getByRole('radio', { name: /More hospital capacity/ }).check();
    await screenshot(page, 'theory-wizard-start');
    await next();

    await step(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wizard-title');
    await page
      .getByLabel('The part of healthcare you want to improve')
      .fill('Cancer care for rural patients');
    await page
      .getByLabel('I believe…')
      .fill('rural cancer patients should be treated in well-staffed regional hospitals.');
    await page
      .getByLabel('…because')
      .fill('outcomes there are clearly better; it costs more than treating people closer to home.');
    await next();

    await step(2);
    // Keyboard: focus a checkbox and toggle it with the space bar.
    await page.getByRole('checkbox', { name: 'Health equity' }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Health equity' }).isChecked()).toBe(true);
    await next();

    await step(3);
    // One tradeoff at a time, only those of the chosen themes and business models:
    // this template's first is access's, and equity's are there since it was ticked.
    const card = page.locator('fieldset.tradeoff-card');
    expect(await card.getAttribute('data-ref')).toBe('theme:access:0');
    expect(await page.getByTestId('tradeoff-progress').textContent()).toMatch(/^1 of \d+ · Access to care$/);
    expect(await page.locator('.tradeoff-card').count()).toBe(1);
    await page.keyboard.press('3');
    await expect.poll(() => card.getAttribute('data-ref')).toBe('theme:access:1');
    expect(await page.getByTestId('tradeoff-said').textContent()).toMatch(/^Skipped: Access to care\./);
    // The template's own choice shows, and the mouse works as well as the keys.
    expect(await card.getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true');
    await card.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => card.getAttribute('data-ref')).toBe('theme:equity:0');
    await next();

    await step(4);
    await page.getByRole('checkbox', { name: 'is paid a fixed fee per member' }).check();
    await page.getByLabel(/A red line in your own words/).fill('sells patient data to advertisers');
    await page.keyboard.press('Enter');
    await page.getByLabel('How much salary would you give up for mission?').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('salary-value').textContent()).toBe('10 %');
    await next();

    await step(5);
    const summary = await page.getByTestId('theory-summary').textContent();
    expect(summary).toMatch(/The part of healthcare you want to improve: cancer care for rural patients\./);
    expect(summary).toMatch(/I believe rural cancer patients .* regional hospitals, because outcomes there/);
    await screenshot(page, 'theory-wizard');
    await page.getByRole('button', { name: 'Save my theory' }).click();
    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 5_000 })
      .toMatch(/Saved/);

    // The wizard ends on what to do next; the store build has no demo board, so the boards' searches.
    const nextSteps = page.getByTestId('next-steps');
    expect(
      await nextSteps
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
    ).toEqual([
      'https://www.linkedin.com/jobs/search/?keywords=healthcare',
      'https://www.indeed.com/jobs?q=healthcare',
    ]);
    expect(await nextSteps.getByRole('link', { name: 'Open a demo posting' }).count()).toBe(0);
    const list = `chrome-extension://${ext.id}/src/list/index.html`;
    const [listPage] = await Promise.all([
      ext.context.waitForEvent('page'),
      nextSteps.getByRole('button', { name: 'Open your saved list' }).click(),
    ]);
    await expect.poll(() => listPage.url()).toBe(list);
    await listPage.close();
    await page.bringToFront();

    expect(await stored(page, 'sync', 'theory')).toMatchObject({
      v: 2,
      template: 'hospital-capacity',
      area: 'Cancer care for rural patients',
      redLines: expect.arrayContaining(['paid-to-spend-less', 'fixed-fee-per-member']),
      customRedLines: ['sells patient data to advertisers'],
      salaryTradePct: 10,
      themes: expect.arrayContaining(['equity']),
      accepted: expect.arrayContaining(['theme:access:1']),
    });

    // The tradeoffs of what the theory does not back are in the editor, one button away.
    await page.getByRole('button', { name: 'Review or change my theory' }).click();
    await page.locator('.more-tradeoffs > summary').click();
    await page
      .locator('fieldset[data-ref="trait:employer:0"]')
      .getByRole('radio', { name: 'I refuse this' })
      .check();
    await expect
      .poll(async () => ((await stored(page, 'sync', 'theory')) as { refused: string[] }).refused, {
        timeout: 5_000,
      })
      .toContain('trait:employer:0');
  });

  it('the options page has no axe violations', async () => {
    if (!existsSync(AXE)) return;
    expect(await axeViolations(options)).toEqual([]);
  });

  it('an aligned posting: what fits, and why', async () => {
    // Threshold's partners pay it per patient episode: hospitals pay, per unit of care,
    // which this theory (more hospital capacity) counts as a way forward.
    const popup = await popupFor(ext, await openPosting(ext, THRESHOLD));
    await expect.poll(() => popup.getByTestId('fit-overall').getAttribute('data-overall')).toBe('aligned');
    expect(await popup.getByTestId('fit-summary').textContent()).toMatch(/^Fits your theory: /);
    for (const key of ['fee-for-service', 'provider'])
      expect(
        await popup.locator(`.fit-item[data-key="${key}"]`).first().getAttribute('data-verdict'),
        key,
      ).toBe('aligned');
    await screenshot(popup, 'popup-aligned');
    if (existsSync(AXE)) expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('a posting that crosses a red line says so first, and its questions copy', async () => {
    tabs.juniper = await openPosting(ext, JUNIPER);
    // Chromium refuses per-origin grants for extension origins; a context-wide grant works.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await popupFor(ext, tabs.juniper);
    await expect.poll(() => popup.getByTestId('fit-overall').getAttribute('data-overall')).toBe('tension');
    // Medicare Advantage plans pay it per member per month and make it responsible for the
    // total cost of care: both of this theory's red lines.
    expect(await popup.getByTestId('fit-summary').textContent()).toBe(
      'Crosses your red line: the company is paid to keep total spending down and is paid a fixed fee per member.',
    );
    const first = popup.locator('.fit-item').first();
    expect(['value-based', 'capitation-pmpm']).toContain(await first.getAttribute('data-key'));
    expect(await first.locator('.fit-verdict').textContent()).toMatch(/Red line/);
    expect(
      await popup.locator('.fit-item[data-key="capitation-pmpm"] .fit-verdict').first().textContent(),
    ).toMatch(/Red line/);
    // The tell: documenting every diagnosis is also how a capitated practice is paid more.
    const tell = popup.locator('[data-testid="tells"] .tell[data-tell="risk-adjustment"]');
    expect(await tell.locator('q').textContent()).toMatch(/^Document diagnoses accurately and completely/);
    expect(await tell.textContent()).toMatch(/Ask:/);
    await screenshot(popup, 'popup-conflict');
    // The first screen (600 px) answers "should I care": the verdict, the fit with its red
    // lines, who pays, and the first three questions, measured where the browser lays them out.
    const bottoms = await popup.evaluate(firstScreenBottoms);
    for (const [what, y] of Object.entries(bottoms)) expect(y, what).toBeLessThanOrEqual(600);
    // At 320 pixels it reflows: nothing is wider than the window.
    await popup.setViewportSize({ width: 320, height: 900 });
    const wide = await popup.evaluate(widerThanWindow);
    expect(wide).toEqual([]);
    await screenshot(popup, 'popup-conflict-320');
    await popup.setViewportSize({ width: 400, height: 900 });

    const questions = await popup.locator('.question-text').allTextContents();
    // Red-line questions first: the two red lines' questions lead.
    expect(questions.slice(0, 2).join('\n')).toMatch(/per-member/);
    expect(questions.slice(0, 2).join('\n')).toMatch(/risk/);
    expect(questions.some((q) => /sells patient data to advertisers/.test(q))).toBe(true);

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy all', exact: true }).click();
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).toBe('Copied all questions.');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Questions to ask Juniper Oak Primary Care \(Nurse Practitioner, Senior Primary Care\):/,
    );
    expect(copied).toContain(`1. ${questions[0]}`);

    // Keyboard only: focus the button and press Enter.
    await popup.getByRole('button', { name: 'Copy question 2' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(questions[1]);
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^## Questions to ask/);
    if (existsSync(AXE)) expect(await axeViolations(popup)).toEqual([]);
    // The dark theme follows the system, and must stay readable too.
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'popup-conflict-dark');
    if (existsSync(AXE)) expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    expect(await stored(options, 'session', `tab:${tabs.juniper}`)).toMatchObject({
      comparison: { overall: 'tension' },
    });
    // The toolbar badge turns red and its title says why.
    const badge = await options.evaluate(async (tabId) => {
      const color = await chrome.action.getBadgeBackgroundColor({ tabId });
      return { color, title: await chrome.action.getTitle({ tabId }) };
    }, tabs.juniper!);
    expect(badge.color.slice(0, 3)).toEqual([185, 28, 28]);
    expect(badge.title).toMatch(/Crosses your red line/);
  });

  it('a posting that is not healthcare says so and still shows its claims', async () => {
    tabs.gridwell = await openPosting(ext, GRIDWELL);
    const popup = await popupFor(ext, tabs.gridwell);
    expect(await popup.getByTestId('verdict').textContent()).toBe('Not a healthcare employer');
    await popup.locator('[data-state="not-healthcare"]').waitFor();
    expect(await popup.getByTestId('fit-summary').textContent()).toMatch(/^Not a healthcare employer\./);
    expect(await popup.locator('.claim').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('holds the red line "is paid a fixed fee per member" against how each posting says it is paid', async () => {
    const summary = async (entry: DemoEntry) => {
      const popup = await popupFor(ext, await openPosting(ext, entry));
      const text = await popup.getByTestId('fit-summary').textContent();
      await popup.close();
      return text ?? '';
    };
    const seen: Record<string, string> = {};
    for (const entry of [HARBORLINE_PLAN, KINFOLK, JUNIPER, THRESHOLD, PULSEBRIDGE])
      seen[entry.company ?? ''] = await summary(entry);
    for (const entry of [HARBORLINE_PLAN, KINFOLK, JUNIPER])
      expect(seen[entry.company ?? '']).toMatch(/^Crosses your red line: .*fixed fee per member/);
    for (const entry of [THRESHOLD, PULSEBRIDGE])
      expect(seen[entry.company ?? '']).not.toMatch(/fixed fee per member/);
  });

  it('highlights a posting opened while the worker is stopped: the page wakes it to analyse', async () => {
    await stopWorker(ext, options);
    const page = await ext.context.newPage();
    await page.goto(GRIDWELL.url);
    await expect
      .poll(async () => Object.keys(await pageHighlights(page)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.close();
  });

  it('survives a stopped service worker, and re-compares when the theory changes', async () => {
    await stopWorker(ext, options);

    // The popup wakes the worker, which answers from storage alone.
    let popup = await popupFor(ext, tabs.juniper!);
    await expect.poll(() => popup.getByTestId('fit-overall').getAttribute('data-overall')).toBe('tension');
    await popup.close();

    await stopWorker(ext, options);
    await options.bringToFront();
    // Drop the red line in the editor: the theory is saved, and the stored comparison
    // for the open posting changes without the popup asking.
    await options.getByRole('checkbox', { name: 'is paid a fixed fee per member' }).uncheck();
    await expect
      .poll(() => options.getByTestId('save-status').textContent(), { timeout: 5_000 })
      .toMatch(/Saved/);
    await expect
      .poll(
        async () => {
          const state = (await stored(options, 'session', `tab:${tabs.juniper}`)) as {
            comparison?: { summary: string };
          };
          return state.comparison?.summary;
        },
        { timeout: 5_000 },
      )
      .not.toMatch(/fixed fee per member/);

    // Its other red line (paid to keep total spending down) still holds.
    popup = await popupFor(ext, tabs.juniper!);
    await expect
      .poll(() => popup.getByTestId('fit-summary').textContent())
      .not.toMatch(/fixed fee per member/);
    expect(
      await popup.locator('.fit-item[data-key="capitation-pmpm"]').first().getAttribute('data-verdict'),
    ).not.toBe('tension');
    await popup.close();
  });

  it('exports the theory as a file that imports again', async () => {
    await options.bringToFront();
    await screenshot(options, 'theory-editor');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export as a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mission-lens-theory-of-change.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({
      format: 'mission-lens/theory-of-change',
      theory: { area: 'Cancer care for rural patients', v: 2 },
    });
    await options.locator('#import-file').setInputFiles((await download.path())!);
    await expect.poll(() => options.getByTestId('import-status').textContent()).toMatch(/^Imported/);
    expect(await options.getByTestId('theory-summary').textContent()).toMatch(
      /cancer care for rural patients/,
    );
  });

  it('importing a bad file changes nothing and says why; a good one replaces the theory', async () => {
    const before = await options.getByTestId('theory-summary').textContent();
    await options.locator('#import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"mission-lens/theory-of-change","theory":{"v":2,"themes":["magic"]}}'),
    });
    await expect
      .poll(() => options.getByTestId('import-status').textContent())
      .toMatch(/Nothing was changed/);
    expect(await options.getByTestId('theory-summary').textContent()).toBe(before);

    const good = {
      format: 'mission-lens/theory-of-change',
      theory: {
        v: 2,
        template: null,
        area: 'Imported area',
        belief: '',
        because: '',
        themes: ['prevention'],
        customers: [],
        revenue: [],
        accepted: [],
        refused: [],
        redLines: ['sells-to-payers'],
        customRedLines: [],
        salaryTradePct: 0,
        updatedAt: 1,
      },
    };
    await options.locator('#import-file').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect.poll(() => options.getByTestId('import-status').textContent()).toMatch(/Imported/);
    expect(await options.getByTestId('theory-summary').textContent()).toMatch(/improve: imported area\./);

    // Juniper Oak is paid by health plans: the imported red line now applies.
    const popup = await popupFor(ext, tabs.juniper!);
    await expect.poll(() => popup.getByTestId('fit-summary').textContent()).toMatch(/sells to health plans/);
    await popup.close();
  });

  it('a red line in the user\'s own words, "denies care to raise margins", may be crossed where the posting shows prior authorizations', async () => {
    const own = {
      format: 'mission-lens/theory-of-change',
      theory: { ...blankTheory(2), area: 'Own words', customRedLines: ['denies care to raise margins'] },
    };
    await options.locator('#import-file').setInputFiles({
      name: 'own-words.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(own)),
    });
    await expect.poll(() => options.getByTestId('import-status').textContent()).toMatch(/Imported/);

    const harborline = await popupFor(ext, await openPosting(ext, HARBORLINE_PLAN));
    await expect
      .poll(() => harborline.getByTestId('fit-summary').textContent())
      .toMatch(/^May cross your red line \(utilization management\)/);
    expect(await harborline.locator('.fit-items.compact .fit-item').first().textContent()).toMatch(
      /May cross a red line\s*Utilization management/,
    );
    await harborline.close();

    const threshold = await popupFor(ext, await openPosting(ext, THRESHOLD));
    await expect.poll(() => threshold.getByTestId('fit-summary').textContent()).toBeTruthy();
    expect(await threshold.getByTestId('fit-summary').textContent()).not.toMatch(/May cross/);
    await threshold.close();
  });
});
