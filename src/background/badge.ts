// The toolbar badge says at a glance what the page is: a healthcare posting, another
// posting, or nothing (no badge). A posting that crosses one of the user's red lines
// turns the badge red and says so in the title.

import type { Comparison } from '../core/theory/fit-types.ts';
import type { Analysis } from '../core/types.ts';
import { browser } from '../shared/browser.ts';

/** Badges the tab; a tab closed meanwhile (the browser refuses its id) is left alone. */
export function showBadge(
  tabId: number,
  analysis: Analysis | null,
  comparison: Comparison | null = null,
): Promise<void> {
  return paintBadge(tabId, analysis, comparison).catch(async (error: unknown) => {
    if (await tabIsOpen(tabId)) throw error;
  });
}

const tabIsOpen = (tabId: number) =>
  browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

async function paintBadge(tabId: number, analysis: Analysis | null, comparison: Comparison | null) {
  const action = browser.action;
  if (!analysis?.isJobPosting) {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: 'Mission Lens' });
    return;
  }
  const healthcare = analysis.healthcare.is;
  const vague = analysis.claims.filter((c) => c.specificity === 'vague').length;
  const redLine = comparison?.items.some((i) => i.redLine) ?? false;
  await action.setBadgeBackgroundColor({
    tabId,
    color: redLine ? '#b91c1c' : healthcare ? '#0f766e' : '#64748b',
  });
  await action.setBadgeText({
    tabId,
    text: healthcare ? (vague > 0 ? String(Math.min(vague, 99)) : 'HC') : 'JOB',
  });
  const what = healthcare ? 'Healthcare job posting' : 'Job posting (not healthcare)';
  const claims = vague === 1 ? '1 vague claim' : `${vague} vague claims`;
  const fit = comparison?.hasTheory ? ` · ${comparison.summary}` : '';
  await action.setTitle({
    tabId,
    title: `Mission Lens: ${what}${healthcare ? `, ${claims}` : ''}${fit}`.slice(0, 300),
  });
}
