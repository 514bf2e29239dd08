// The toolbar badge of a tab the user closed while its posting was being read: the
// browser refuses the tab's id, and that must not fail the report it came from (the
// report goes on to keep the posting among the recently viewed). Any other refusal, on a
// tab still open, still fails.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzePosting, postingFromText } from '../../../src/core/analyze.ts';

const tabs = vi.hoisted(() => ({
  open: new Set<number>(),
  texts: new Map<number, string>(),
  failTitle: false,
}));
const refuse = (tabId: number) => {
  if (!tabs.open.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
};
vi.mock('../../../src/shared/browser.ts', () => ({
  browser: {
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => {
        refuse(tabId);
        tabs.texts.set(tabId, text);
      },
      setBadgeBackgroundColor: async ({ tabId }: { tabId: number }) => refuse(tabId),
      setTitle: async ({ tabId }: { tabId: number }) => {
        refuse(tabId);
        if (tabs.failTitle) throw new Error('refused for another reason');
      },
    },
    tabs: {
      get: async (tabId: number) => {
        refuse(tabId);
        return { id: tabId };
      },
    },
  },
}));
const { showBadge } = await import('../../../src/background/badge.ts');

const posting = analyzePosting(
  postingFromText(
    'Care Coordinator\nAcme Health\nWe are a mission-driven healthcare company transforming care for patients.',
  ),
);

beforeEach(() => {
  tabs.open.clear();
  tabs.texts.clear();
  tabs.failTitle = false;
});

describe('the badge', () => {
  it('badges an open tab', async () => {
    tabs.open.add(7);
    await showBadge(7, posting);
    expect(tabs.texts.get(7)).toBeTruthy();
  });

  it('leaves a tab closed meanwhile alone, without failing', async () => {
    await expect(showBadge(8, posting)).resolves.toBeUndefined();
    expect(tabs.texts.has(8)).toBe(false);
  });

  it('still fails on an open tab when the browser refuses for another reason', async () => {
    tabs.open.add(9);
    tabs.failTitle = true;
    await expect(showBadge(9, posting)).rejects.toThrow('another reason');
  });
});
