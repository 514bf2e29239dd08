// The toolbar badge says at a glance what the page is: a healthcare posting, another
// posting, or nothing (no badge).

import type { Analysis } from '../core/types.ts';
import { browser } from '../shared/browser.ts';

export async function showBadge(tabId: number, analysis: Analysis | null): Promise<void> {
  const action = browser.action;
  if (!analysis?.isJobPosting) {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: 'Mission Lens' });
    return;
  }
  const healthcare = analysis.healthcare.is;
  const vague = analysis.claims.filter((c) => c.specificity === 'vague').length;
  await action.setBadgeBackgroundColor({ tabId, color: healthcare ? '#0f766e' : '#64748b' });
  await action.setBadgeText({
    tabId,
    text: healthcare ? (vague > 0 ? String(Math.min(vague, 99)) : 'HC') : 'JOB',
  });
  const what = healthcare ? 'Healthcare job posting' : 'Job posting (not healthcare)';
  const claims = vague === 1 ? '1 vague claim' : `${vague} vague claims`;
  await action.setTitle({ tabId, title: `Mission Lens: ${what}${healthcare ? `, ${claims}` : ''}` });
}
