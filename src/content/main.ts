// Content script: runs on job boards (manifest matches) and, on request, on any page.
// On a page that cannot be a posting it does no DOM work at all.
import { notAPosting } from '../core/analyze.ts';
import { browser } from '../shared/browser.ts';
import { AnalyzePage, type PageReport } from '../shared/messages.ts';
import { mightBePosting } from '../sites/registry.ts';
import { readPage } from './read-page.ts';
import { watchPage } from './watch-page.ts';

// The script can be injected again by "analyse this page anyway": run once per page.
const FLAG = '__missionLensContent';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

let generic = false;
let lastSent = '';

function report(): void {
  const started = performance.now();
  const url = location.href;
  const read = generic || mightBePosting(url) ? readPage(generic) : null;
  const analysis = read?.analysis;
  // Re-send only when what the user sees changed: a new job in the pane, or none.
  const key = analysis?.isJobPosting
    ? `${url}\n${analysis.title}\n${analysis.company}\n${read?.posting?.description.length}`
    : `none\n${url}`;
  if (key === lastSent) return;
  lastSent = key;
  if (!analysis) return void send({ type: 'page-report', url, analysis: notAPosting('unknown'), ms: 0 });
  send({ type: 'page-report', url, analysis, ms: performance.now() - started });
}

function send(message: PageReport): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The worker may be restarting after an update; the next change will report again.
  });
}

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const lifetime = new AbortController();
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = AnalyzePage.safeParse(raw);
    if (!parsed.success) return undefined;
    generic = parsed.data.generic;
    lastSent = '';
    report();
    return Promise.resolve({ ok: true });
  });
  if (mightBePosting(location.href)) report();
  watchPage(report, lifetime.signal);
  addEventListener('pagehide', () => lifetime.abort(), { once: true });
}
