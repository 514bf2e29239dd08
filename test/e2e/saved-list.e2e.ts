// The saved list as a user meets it: save companies from the popup, change status and
// notes, find them on the list page, compare two, export every format and read the CSV
// and JSON back, import a good and a bad file, merge two companies by hand and move a
// posting out again. Then many saves at once from five tabs
// and the popup while the worker is stopped every few seconds: every save is found.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogEntry, catalogEntry, catalogHtml } from '../e2e-shared/demo-catalog.ts';
import {
  type Extension,
  launchExtension,
  openPopup,
  saveFromPopup,
  screenshot,
  servePage,
  stopWorker,
  tabIdOf,
  waitForState,
} from './harness.ts';

type DemoEntry = Pick<CatalogEntry, 'file' | 'url' | 'company'>;
const demo = catalogEntry;
const HARBORLINE = demo('Harborline Community Health Plan');
const KINFOLK = demo('Kinfolk Bridge Health');
const THRESHOLD = demo('Threshold Health');

async function openPosting(ext: Extension, entry: DemoEntry): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(entry.url);
  const tabId = await tabIdOf(ext, page);
  await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
  return { page, tabId };
}

const listUrl = (ext: Extension) => `chrome-extension://${ext.id}/src/list/index.html`;

describe('the saved list', () => {
  let ext: Extension;
  let list: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    for (const entry of [HARBORLINE, KINFOLK, THRESHOLD]) await servePage(ext, entry.url, catalogHtml(entry));
  });
  afterAll(async () => ext?.close());

  it('shows what to do while it is empty', async () => {
    list = await ext.context.newPage();
    await list.goto(listUrl(ext));
    await expect.poll(() => list.getByTestId('list-empty').textContent()).toContain('No companies saved yet');
  });

  it('saves a company from the popup, once however often, with status and notes', async () => {
    const { tabId } = await openPosting(ext, HARBORLINE);
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('save-company').click();
    await expect.poll(() => popup.getByTestId('saved-note').textContent()).toContain('Saved, with 1 posting');
    await popup.getByTestId('save-again').click();
    await expect.poll(() => popup.getByTestId('saved-note').textContent()).toContain('with 1 posting');
    await popup.getByTestId('save-status').selectOption('applied');
    await popup.getByTestId('save-notes').fill('Recruiter: Dana. Ask about caseload.');
    await popup.getByTestId('save-notes').blur();
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => {
          const all = await chrome.storage.local.get(null);
          return Object.entries(all)
            .filter(([k]) => k.startsWith('list:c:'))
            .map(([, v]) => (v as { entry: { status: string; notes: string; postings: unknown[] } }).entry);
        }),
      )
      .toEqual([
        expect.objectContaining({
          status: 'applied',
          notes: 'Recruiter: Dana. Ask about caseload.',
          postings: [expect.anything()],
        }),
      ]);
    await popup.close();
  });

  it('lists it, opens its page, records an answer, and compares two companies', async () => {
    const { tabId } = await openPosting(ext, KINFOLK);
    const popup = await openPopup(ext, tabId);
    await saveFromPopup(popup);
    await popup.close();

    await list.reload();
    await expect.poll(() => list.locator('[data-testid="list-table"] tbody tr').count()).toBe(2);
    expect(
      await list
        .locator('tr[data-id="harborline-community-health-plan"] [data-testid="row-status"]')
        .textContent(),
    ).toBe('Applied');
    await list.getByTestId('list-status').selectOption('applied');
    await expect.poll(() => list.locator('[data-testid="list-table"] tbody tr').count()).toBe(1);
    await list.getByTestId('list-status').selectOption('all');

    await list.locator('tr[data-id="harborline-community-health-plan"] [data-testid="open-entry"]').click();
    await list.getByTestId('entry-detail').waitFor();
    const answer = list.getByTestId('detail-answer').first();
    await answer.fill('The state pays a fixed amount per member each month.');
    await answer.blur();
    await expect
      .poll(() =>
        ext.worker.evaluate(async () => {
          const v = (await chrome.storage.local.get('list:c:harborline-community-health-plan'))[
            'list:c:harborline-community-health-plan'
          ] as { entry: { answers: Record<string, string> } };
          return Object.values(v.entry.answers);
        }),
      )
      .toEqual(['The state pays a fixed amount per member each month.']);
    await screenshot(list, 'list-company').catch(() => undefined);
    await list.getByRole('button', { name: 'Back to the list' }).click();

    // The answer made Harborline the last changed: wait for the table to re-sort it to the
    // top, or a click can land on the row that moves under the pointer.
    await expect
      .poll(() => list.locator('[data-testid="list-table"] tbody tr').first().getAttribute('data-id'))
      .toBe('harborline-community-health-plan');
    await list.getByLabel('Compare Harborline Community Health Plan').check();
    await list.getByLabel('Compare Kinfolk Bridge Health').check();
    await list.getByTestId('compare-picked').click();
    const compare = list.getByTestId('compare');
    await compare.waitFor();
    expect(await compare.textContent()).toContain('Kinfolk Bridge Health');
    expect(await compare.textContent()).toContain('The state pays a fixed amount per member');
    await screenshot(list, 'list-compare').catch(() => undefined);
    await list.getByRole('button', { name: 'Back to the list' }).click();
    await screenshot(list, 'list-table').catch(() => undefined);
  });

  it('exports CSV, JSON and Markdown, and reads the CSV and JSON back', async () => {
    const take = async (id: string) => {
      const [file] = await Promise.all([list.waitForEvent('download'), list.getByTestId(id).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = Papa.parse<string[]>(await take('export-csv'), { skipEmptyLines: true }).data;
    expect(csv[0]![0]).toBe('Company');
    expect(
      csv
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['Harborline Community Health Plan', 'Kinfolk Bridge Health']);
    const json = JSON.parse(await take('export-json'));
    expect(json.format).toBe('mission-lens-list');
    expect(json.entries).toHaveLength(2);
    const md = await take('export-md');
    expect(md).toContain('## Harborline Community Health Plan');
    // The JSON goes back in: merged with what is there, nothing duplicated.
    await list.getByTestId('import-file').setInputFiles({
      name: 'back.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await expect
      .poll(() => list.getByRole('status').first().textContent())
      .toContain('0 new companies, 2 merged');
    await expect.poll(() => list.locator('[data-testid="list-table"] tbody tr').count()).toBe(2);
  });

  it('refuses a bad file with a reason and changes nothing', async () => {
    const before = await ext.worker.evaluate(async () =>
      JSON.stringify(await chrome.storage.local.get(null)),
    );
    await list.getByTestId('import-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'mission-lens-list', v: 1, exportedAt: 1, entries: [{ name: 'X' }] }),
      ),
    });
    await expect
      .poll(() => list.getByTestId('list-error').textContent())
      .toMatch(/Nothing was imported from bad\.json\. .*entries\.0/);
    const after = await ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(after).toBe(before);
  });

  it('keeps a posting viewed but not saved, saves it from there, and forgets them all when told', async () => {
    const { page } = await openPosting(ext, THRESHOLD);
    await page.close();
    await list.reload();
    const recent = list.getByTestId('recent');
    await expect.poll(() => recent.textContent()).toContain('Threshold Health');
    // Saved companies' postings have no save button; Threshold's has.
    await expect.poll(() => recent.getByTestId('recent-save').count()).toBe(1);
    await recent.getByTestId('recent-save').click();
    await expect.poll(() => list.locator('[data-testid="list-table"] tbody tr').count()).toBe(3);
    await list.getByTestId('recent-enabled').uncheck();
    await expect.poll(() => recent.textContent()).toContain('Off: postings you view are not kept.');
    const left = await ext.worker.evaluate(async () =>
      Object.keys(await chrome.storage.local.get(null)).filter(
        (k) => k.startsWith('recent:p:') || k === 'recent:index',
      ),
    );
    expect(left).toEqual([]);
  });

  it('merges two companies by hand, moves a posting out again, and later saves follow', async () => {
    const rows = list.locator('[data-testid="list-table"] tbody tr');
    const row = (id: string) => list.locator(`tr[data-id="${id}"]`);
    const postingsIn = (id: string) => row(id).locator('td').nth(7).textContent();
    await list.reload();
    await expect.poll(() => rows.count()).toBe(3);

    // One picked: Merge is off, and says why.
    await list.getByLabel('Compare Harborline Community Health Plan').check();
    expect(await list.getByTestId('merge-picked').isDisabled()).toBe(true);
    expect(await list.getByTestId('merge-why').textContent()).toContain('pick two or more');
    await list.getByLabel('Compare Kinfolk Bridge Health').check();
    expect(await list.getByTestId('merge-why').count()).toBe(0);

    // Escape cancels and changes nothing.
    const dialog = list.getByTestId('merge-dialog');
    await list.getByTestId('merge-picked').click();
    await dialog.waitFor();
    await list.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(3);

    // By keyboard: focus starts on the name to keep (the first picked), Tab to Merge, Enter.
    await list.getByTestId('merge-picked').click();
    await dialog.waitFor();
    expect(await dialog.getByLabel(/Harborline Community Health Plan/).isChecked()).toBe(true);
    await list.keyboard.press('Tab');
    expect(await list.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'merge-confirm',
    );
    await screenshot(list, 'list-merge').catch(() => undefined);
    await list.keyboard.press('Enter');
    await expect
      .poll(() => list.getByRole('status').first().textContent())
      .toBe('Merged Kinfolk Bridge Health into Harborline Community Health Plan.');
    await list.reload();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await postingsIn('harborline-community-health-plan')).toBe('2');
    // The kept company's status; the other's answers and notes came along with it.
    expect(await row('harborline-community-health-plan').getByTestId('row-status').textContent()).toBe(
      'Applied',
    );
    const readEntry = (id: string) =>
      ext.worker.evaluate(async (key: string) => {
        const v = (await chrome.storage.local.get(key))[key] as
          | { entry: { notes: string; aliases?: string[]; answers: object; postings: { url: string }[] } }
          | undefined;
        return v?.entry ?? null;
      }, `list:c:${id}`);
    expect(await readEntry('kinfolk-bridge-health')).toBeNull();
    expect((await readEntry('harborline-community-health-plan'))?.aliases).toEqual(['kinfolk-bridge-health']);

    // Saving Kinfolk's posting again: it goes to the company it was merged into.
    const kinfolk = await openPosting(ext, KINFOLK);
    let popup = await openPopup(ext, kinfolk.tabId);
    await expect.poll(() => popup.getByTestId('saved-note').textContent()).toContain('with 2 postings');
    await popup.getByTestId('save-again').click();
    await expect.poll(() => popup.getByTestId('saved-note').textContent()).toContain('with 2 postings');
    await popup.close();
    expect(await readEntry('kinfolk-bridge-health')).toBeNull();

    // Split it out on the company's page, under a name of the user's own.
    await row('harborline-community-health-plan').getByTestId('open-entry').click();
    const detail = list.getByTestId('entry-detail');
    await detail.waitFor();
    const item = detail.locator('.postings > li').filter({ has: list.locator(`a[href="${KINFOLK.url}"]`) });
    // Escape closes the form and moves nothing.
    await item.getByTestId('move-posting').click();
    await item.getByTestId('move-to').fill('Nowhere');
    await list.keyboard.press('Escape');
    expect(await item.getByTestId('move-to').count()).toBe(0);
    expect(await detail.locator('.postings > li').count()).toBe(2);
    await item.getByTestId('move-posting').click();
    await item.getByTestId('move-to').fill('Kinfolk Bridge (Ohio)');
    await list.keyboard.press('Enter');
    await expect
      .poll(() => list.getByRole('status').first().textContent())
      .toMatch(/^Moved .* from Harborline Community Health Plan to Kinfolk Bridge \(Ohio\)\.$/);
    await expect.poll(() => detail.locator('.postings > li').count()).toBe(1);
    await list.getByRole('button', { name: 'Back to the list' }).click();
    // The table back (and so the page's address without the company) before reloading.
    await list.getByTestId('list-table').waitFor();
    await expect.poll(() => list.evaluate(() => location.hash)).toBe('');
    await list.reload();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await postingsIn('harborline-community-health-plan')).toBe('1');
    expect(await postingsIn('kinfolk-bridge-ohio')).toBe('1');
    // The notes and answers stayed with the company they were written for.
    const kept = await readEntry('harborline-community-health-plan');
    expect(kept?.notes).toBe('Recruiter: Dana. Ask about caseload.');
    expect(Object.values(kept?.answers ?? {})).toEqual([
      'The state pays a fixed amount per member each month.',
    ]);

    // Saving that posting again: it goes where it was moved, not back to a name's entry.
    popup = await openPopup(ext, kinfolk.tabId);
    await popup.getByTestId('save-again').click();
    await expect
      .poll(async () => (await readEntry('kinfolk-bridge-ohio'))?.postings.map((p) => p.url))
      .toEqual([KINFOLK.url]);
    expect(await readEntry('kinfolk-bridge-health')).toBeNull();
    expect((await readEntry('harborline-community-health-plan'))?.postings).toHaveLength(1);
    await Promise.all([popup.close(), kinfolk.page.close()]);
  });

  it('loses no save made at once from five tabs and the popup while the worker keeps stopping', async () => {
    // Five extension tabs (and a popup) each change the list through the worker as fast
    // as they can: 500 changes in all, each adding an answer to one of 100 companies.
    const tabs = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const p = await ext.context.newPage();
        await p.goto(listUrl(ext));
        return p;
      }),
    );
    const pages = [...tabs, await openPopup(ext, await tabIdOf(ext))];
    // 100 companies to change (an entry keeps its last 60 answers: five each here).
    const seeded = await pages[0]!.evaluate(async () => {
      // The worker may still be starting again after the test before: ask until it answers.
      // Each try is bounded: a request lost to a stopping worker may never be answered.
      const ask = <T>(message: object) =>
        Promise.race([
          chrome.runtime.sendMessage(message) as Promise<T>,
          new Promise<null>((r) => setTimeout(() => r(null), 10_000)),
        ]).catch(() => null);
      let listed: { entries: unknown[] } | null = null;
      for (let i = 0; i < 50 && !listed; i++) {
        listed = await ask<{ entries: unknown[] }>({ type: 'list-get' });
        if (!listed) await new Promise((r) => setTimeout(r, 100));
      }
      const base = listed!.entries[0] as object;
      const entries = Array.from({ length: 100 }, (_, i) => ({
        ...base,
        id: `c${i}`,
        name: `Company ${i}`,
        answers: {},
      }));
      const file = JSON.stringify({ format: 'mission-lens-list', v: 1, exportedAt: Date.now(), entries });
      return ask({ type: 'list-import', text: file });
    });
    // All 100 new, or (on a retry of this test) all 100 already there.
    const { ok, added, merged } = seeded as { ok: boolean; added: number; merged: number };
    expect({ ok, imported: added + merged }).toEqual({ ok: true, imported: 100 });
    let stopping = true;
    const stopper = (async () => {
      let stops = 0;
      while (stopping) {
        await new Promise((r) => setTimeout(r, 700));
        if (!stopping) break;
        await stopWorker(ext, pages[0]!).catch(() => undefined);
        stops++;
      }
      return stops;
    })();
    const ids = Array.from({ length: 100 }, (_, i) => `company-${i}`);
    const per = Math.ceil(500 / pages.length);
    // The stopper ends with the saves, whether they all went through or not: a retry of
    // this test must not find the worker still being stopped.
    try {
      await Promise.all(
        pages.map((p, i) =>
          p.evaluate(
            async ({ i, per, ids }) => {
              for (let n = 0; n < per; n++) {
                const id = ids[(i * per + n) % ids.length]!;
                const tag = `t${i}-${n}`;
                // As the extension's own pages do (src/ui/list-api.ts): a request lost to a
                // stopping worker, failed or never answered, is sent again.
                for (let attempt = 0; ; attempt++) {
                  const reply = await Promise.race([
                    chrome.runtime.sendMessage({
                      type: 'list-update',
                      id,
                      patch: { answers: { [tag]: 'saved' } },
                    }),
                    new Promise((r) => setTimeout(r, 10_000)),
                  ]).catch(() => null);
                  if ((reply as { ok?: boolean } | null)?.ok) break;
                  if (attempt > 50) throw new Error(`${tag} never saved`);
                  await new Promise((r) => setTimeout(r, 100));
                }
              }
            },
            { i, per, ids },
          ),
        ),
      );
    } finally {
      stopping = false;
    }
    const stops = await stopper;
    expect(stops).toBeGreaterThan(0);
    // Stopped once more after the last save, with no extension page left to start it
    // again: what is read below is what outlived the worker.
    // (Closing a tab is an event for the worker: it is let pass first.)
    await Promise.all(pages.map((p) => p.close()));
    await new Promise((r) => setTimeout(r, 1_000));
    await stopWorker(ext, list);
    console.log(
      `concurrency: ${pages.length} pages, ${per * pages.length} changes, worker stopped ${stops} times`,
    );
    const answers = await ext.worker.evaluate(async (ids: string[]) => {
      const got = await chrome.storage.local.get(ids.map((id) => `list:c:${id}`));
      return Object.values(got).flatMap((v) =>
        Object.keys((v as { entry: { answers: object } }).entry.answers),
      );
    }, ids);
    const expected = pages.flatMap((_, i) => Array.from({ length: per }, (_, n) => `t${i}-${n}`));
    for (const tag of expected) expect(answers, tag).toContain(tag);
  }, 240_000);
});
