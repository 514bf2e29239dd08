// Content script: runs on job boards (manifest matches) and, on request, on any page.
// On a page that cannot be a posting it does no DOM work at all: one URL test, and the
// shared observer that notices when a single-page board moves on to a job.
import { browser } from '../shared/browser.ts';
import { AnalyzePage } from '../shared/messages.ts';
import { mightBePosting } from '../sites/registry.ts';
import { Lens } from './lens.ts';
import { measure, now } from './perf.ts';
import { watchPage } from './watch-page.ts';

// The script can be injected again by "analyse this page anyway": run once per page.
const FLAG = '__missionLensContent';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const started = now();
  const lifetime = new AbortController();
  const lens = new Lens(lifetime.signal);
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = AnalyzePage.safeParse(raw);
    if (!parsed.success) return undefined;
    lens.generic = parsed.data.generic;
    lens.refresh(true);
    return Promise.resolve({ ok: true });
  });
  const posting = mightBePosting(location.href);
  watchPage(() => lens.refresh(), lifetime.signal);
  addEventListener('pagehide', () => lifetime.abort(), { once: true });
  measure('boot', started);
  if (posting) lens.refresh();
}
