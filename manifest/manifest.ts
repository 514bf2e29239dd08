// One manifest source for both browsers; `target` picks the few keys that differ.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { HIGHLIGHT_CSS_FILE } from '../src/content/annotate/palette.ts';
import { PAGE_LAYER_FILE } from '../src/content/page-layer-key.ts';
import { FRAME_PAGE, MARKS_PAGE } from '../src/shared/frame-protocol.ts';
import { ALL_FRAMES_MATCHES, CONTENT_SCRIPT_MATCHES } from '../src/sites/hosts.ts';

export type Target = 'chrome' | 'firefox';

export const CONTENT_SCRIPT = 'src/content/main.ts';

export function makeManifest(target: Target, extraMatches: string[] = []): ManifestV3Export {
  const base = {
    manifest_version: 3 as const,
    name: 'Mission Lens',
    short_name: 'Mission Lens',
    version: pkg.version,
    description:
      'Reads healthcare job postings, marks vague and specific mission claims, and asks what the business model trades away.',
    icons: {
      16: 'icons/icon-16.png',
      32: 'icons/icon-32.png',
      48: 'icons/icon-48.png',
      128: 'icons/icon-128.png',
    },
    action: {
      default_title: 'Mission Lens',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    // storage: results per tab, settings and the saved list (unlimitedStorage: a list of
    // a few hundred companies outgrows storage.local's 10 MB); activeTab + scripting:
    // analyse any other page only when the user asks from the popup; contextMenus: "Save
    // this company" on the job pages the content script runs on.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    // Only the demo build has any: its local board, so `npm start` can press "analyse
    // anyway" without a toolbar click. The store builds ask for no host access.
    ...(extraMatches.length ? { host_permissions: extraMatches } : {}),
    content_scripts: [
      {
        matches: [...CONTENT_SCRIPT_MATCHES.filter((m) => !ALL_FRAMES_MATCHES.includes(m)), ...extraMatches],
        js: [CONTENT_SCRIPT],
        // The highlight colours: the browser adds these rules to the page, no script does.
        css: [HIGHLIGHT_CSS_FILE],
        run_at: 'document_idle' as const,
      },
      // Boards that show the posting inside an iframe (Greenhouse embeds, iCIMS).
      {
        matches: ALL_FRAMES_MATCHES,
        js: [CONTENT_SCRIPT],
        css: [HIGHLIGHT_CSS_FILE],
        run_at: 'document_idle' as const,
        all_frames: true,
      },
    ],
  };
  // The card's frame (src/frame) and a list page's marks (src/marks): the only files a
  // page may load, so the content script can show them in the extension's origin. Chrome
  // serves them only at a per-session address (use_dynamic_url), so a page cannot probe
  // for the extension by its id; Firefox's addresses are per install already.
  // The page layer (src/content/page-layer-key.ts): imported by the content script on
  // the boards it runs on, so web-accessible to those alone. Elsewhere ("analyse this
  // page anyway") the worker injects it.
  const frame = { resources: [FRAME_PAGE, MARKS_PAGE], matches: ['<all_urls>'] };
  const layer = {
    resources: [PAGE_LAYER_FILE],
    matches: originsOf([...CONTENT_SCRIPT_MATCHES, ...extraMatches]),
  };
  if (target === 'firefox') {
    return {
      ...base,
      web_accessible_resources: [frame, layer],
      background: { scripts: ['src/background/main.ts'], type: 'module' as const },
      browser_specific_settings: {
        gecko: {
          id: 'mission-lens@missionlens.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    } as ManifestV3Export;
  }
  return {
    ...base,
    minimum_chrome_version: '116',
    web_accessible_resources: [frame, layer].map((r) => ({ ...r, use_dynamic_url: true })),
    background: { service_worker: 'src/background/main.ts', type: 'module' as const },
  };
}

/** A web-accessible resource's `matches` may name origins only: `https://x.com/jobs/*` → `https://x.com/*`. */
export function originsOf(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((p) => p.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}
