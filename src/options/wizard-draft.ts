// The wizard's work in progress, kept in storage.local after every step and edit, so a
// closed tab or a crash halfway through loses nothing. It is not the theory: the
// background only ever compares postings with a theory the user saved.
import { z } from 'zod/mini';
import type { Theory } from '../core/theory/theory.ts';
import { browser } from '../shared/browser.ts';
import { TheorySchema } from '../shared/theory-schema.ts';

const KEY = 'wizardDraft';

const DraftSchema = z.object({
  step: z.number().check(z.int(), z.gte(0), z.lte(10)),
  template: z.string().check(z.maxLength(100)),
  theory: z.nullable(TheorySchema),
});
export type WizardDraft = { step: number; template: string; theory: Theory | null };

export async function loadDraft(): Promise<WizardDraft | null> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  const parsed = DraftSchema.safeParse((stored as Record<string, unknown>)[KEY]);
  return parsed.success ? (parsed.data as WizardDraft) : null;
}

export function saveDraft(draft: WizardDraft): void {
  void browser.storage.local.set({ [KEY]: draft }).catch(() => {
    // Local storage is only full when the disk is; the wizard still works in memory.
  });
}

export function clearDraft(): void {
  void browser.storage.local.remove(KEY).catch(() => undefined);
}
