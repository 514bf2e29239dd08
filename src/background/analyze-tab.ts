// "Analyse this page anyway": the popup's click grants activeTab for this tab, so the
// content script can be injected into a page the manifest does not list.
import genericReaderScript from '../content/generic-reader.ts?script&iife';
import pageLayerScript from '../content/page-layer.ts?script&iife';
import { browser } from '../shared/browser.ts';
import type { AnalyzeTabReply } from '../shared/messages.ts';
import { isRestrictedUrl } from '../shared/restricted-pages.ts';
import { readTabState } from './tab-state.ts';

export async function analyzeTab(tabId: number): Promise<AnalyzeTabReply> {
  const tab = await browser.tabs.get(tabId);
  // Without host access the URL is hidden from us; only a known URL can be ruled out early.
  const url = tab.url ?? '';
  if (isRestrictedUrl(url)) {
    return {
      ok: false,
      reason: 'restricted',
      detail: 'Browsers do not let extensions read this kind of page.',
    };
  }
  const entry = browser.runtime.getManifest().content_scripts?.[0];
  const script = entry?.js?.[0];
  if (!script)
    return { ok: false, reason: 'failed', detail: 'The content script is missing from the build.' };
  try {
    // The highlight colours come with the script, as on the pages the manifest lists.
    if (entry.css?.length) await browser.scripting.insertCSS({ target: { tabId }, files: entry.css });
    // The generic reader first: the content script reads with it when the message arrives.
    // The page layer too: a page the manifest does not list may not load it from the
    // extension (it is web-accessible only to the boards).
    await browser.scripting.executeScript({
      target: { tabId },
      files: [genericReaderScript, pageLayerScript, script],
    });
    await browser.tabs.sendMessage(tabId, { type: 'analyze-page', generic: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/cannot be scripted|extensions gallery|chrome:\/\//i.test(detail)) {
      return {
        ok: false,
        reason: 'restricted',
        detail: 'Browsers do not let extensions read this kind of page.',
      };
    }
    if (/cannot access|host permission|permission/i.test(detail)) {
      return {
        ok: false,
        reason: 'no-access',
        detail:
          'Mission Lens may read this page only after you open it from the toolbar button on that page.',
      };
    }
    return { ok: false, reason: 'failed', detail };
  }
  return { ok: true, state: await readTabState(tabId) };
}
