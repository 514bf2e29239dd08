import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser.ts', () => ({ browser: {} }));

const { loadTheory, saveTheory } = await import('../../../src/background/theory-store.ts');

import type { Area } from '../../../src/background/theory-store.ts';
import { theory } from './fixtures.ts';

function memoryArea(fail: string | null = null): Area & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key) {
      if (fail) throw new Error(fail);
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      if (fail) throw new Error(fail);
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('theory storage: sync first, local as the fallback', () => {
  it('saves to both and reads it back from sync', async () => {
    const areas = { sync: memoryArea(), local: memoryArea() };
    expect(await saveTheory(theory({ area: 'A' }), areas)).toEqual({ ok: true, place: 'sync', note: null });
    expect(areas.local.data.theory).toBeDefined();
    expect(await loadTheory(areas)).toMatchObject({ theory: { area: 'A' }, place: 'sync', problem: null });
  });

  it('falls back to local when sync fails, and says so', async () => {
    const areas = { sync: memoryArea('QUOTA_BYTES quota exceeded'), local: memoryArea() };
    const saved = await saveTheory(theory({ area: 'B' }), areas);
    expect(saved).toMatchObject({ ok: true, place: 'local' });
    if (saved.ok) expect(saved.note).toMatch(/this device only.*QUOTA/);
    expect(await loadTheory(areas)).toMatchObject({ theory: { area: 'B' }, place: 'local' });
  });

  it('reads whichever copy is newer', async () => {
    const areas = { sync: memoryArea(), local: memoryArea() };
    areas.sync.data.theory = theory({ area: 'old', updatedAt: 10 });
    areas.local.data.theory = theory({ area: 'new', updatedAt: 20 });
    expect((await loadTheory(areas)).theory?.area).toBe('new');
  });

  it('keeps a good copy when the other is corrupt, and reports a corrupt lone copy without touching it', async () => {
    const areas = { sync: memoryArea(), local: memoryArea() };
    areas.sync.data.theory = { v: 2, themes: 'garbage' };
    areas.local.data.theory = theory({ area: 'safe' });
    expect((await loadTheory(areas)).theory?.area).toBe('safe');
    delete areas.local.data.theory;
    const lone = await loadTheory(areas);
    expect(lone.theory).toBeNull();
    expect(lone.problem).toMatch(/sync storage could not be read/);
    expect(areas.sync.data.theory).toEqual({ v: 2, themes: 'garbage' });
  });

  it('refuses an invalid theory and changes nothing', async () => {
    const areas = { sync: memoryArea(), local: memoryArea() };
    areas.sync.data.theory = theory({ area: 'kept' });
    const bad = { ...theory(), salaryTradePct: 300 };
    expect(await saveTheory(bad, areas)).toMatchObject({ ok: false });
    expect((await loadTheory(areas)).theory?.area).toBe('kept');
  });

  it('upgrades an older stored theory on read', async () => {
    const areas = { sync: memoryArea(), local: memoryArea() };
    areas.sync.data.theory = {
      v: 1,
      area: 'Old',
      belief: '',
      because: '',
      template: null,
      themes: [],
      customers: [],
      revenue: [],
      accepted: [],
      refused: [],
      salaryTradePct: 5,
      updatedAt: 3,
      redLines: ['Is paid by drug or device makers'],
    };
    expect((await loadTheory(areas)).theory).toMatchObject({
      v: 2,
      area: 'Old',
      redLines: ['pharma-funded'],
    });
  });
});
