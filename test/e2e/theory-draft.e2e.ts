// No data loss in the wizard: a theory half written and then abandoned (the tab closed)
// is resumed where it was when the options page opens again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness.ts';

describe('the theory wizard keeps a draft', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => ext?.close());

  it('resumes a half-written theory after the tab was closed', async () => {
    const url = `chrome-extension://${ext.id}/${ext.manifest.options_ui.page}#welcome`;
    const first = await ext.context.newPage();
    await first.goto(url);
    await first.getByRole('radio', { name: /More hospital capacity/ }).check();
    await first.getByRole('button', { name: 'Next' }).click();
    const belief = first.getByLabel('I believe…');
    await belief.fill('rural hospitals should get the specialists they are missing');
    await first.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => first.getByRole('heading', { name: /Step 3 of 6/ }).count()).toBe(1);
    // The draft is written after each render; the user is never faster than that.
    await expect
      .poll(() =>
        ext.worker.evaluate(
          async () =>
            ((await chrome.storage.local.get('wizardDraft')).wizardDraft as { step?: number } | undefined)
              ?.step,
        ),
      )
      .toBe(2);
    await first.close();

    const again = await ext.context.newPage();
    await again.goto(url);
    await expect.poll(() => again.getByRole('heading', { name: /Step 3 of 6/ }).count()).toBe(1);
    await again.getByRole('button', { name: '← Back to Your belief' }).click();
    await expect
      .poll(() => again.getByLabel('I believe…').inputValue())
      .toBe('rural hospitals should get the specialists they are missing');
    // Nothing is compared against until the user saves: the draft is not the theory.
    const stored = await ext.worker.evaluate(async () => {
      const [sync, local] = await Promise.all([
        chrome.storage.sync.get('theory'),
        chrome.storage.local.get('theory'),
      ]);
      return { sync: sync.theory ?? null, local: local.theory ?? null };
    });
    expect(stored).toEqual({ sync: null, local: null });
  });
});
