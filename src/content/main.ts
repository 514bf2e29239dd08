// Content script: runs on job boards (manifest matches) and, on request, on any page.
// On a page that cannot be a posting it does no DOM work at all: one URL test, and the
// shared observer that notices when a single-page board moves on to a job.
// started.ts first: the boot measure covers evaluating every bundled module.
// biome-ignore assist/source/organizeImports: started.ts must be evaluated before the rest
import { scriptStarted } from './started.ts';
import { browser } from '../shared/browser.ts';
import { AnalyzePage } from '../shared/messages.ts';
import { mightBePosting } from '../sites/registry.ts';
import type { Lens } from './lens.ts';
import { measure } from './perf.ts';
import { watchPage } from './watch-page.ts';

// The script can be injected again by "analyse this page anyway": run once per page.
const FLAG = '__missionLensContent';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const lifetime = new AbortController();
  // The reader, the analysis core and the annotation are loaded only for a page that can
  // show a posting (or when the user asks): a board's other pages never evaluate them.
  let lens: Promise<Lens> | null = null;
  const getLens = () => {
    lens ??= import('./lens.ts').then(({ Lens }) => new Lens(lifetime.signal));
    return lens;
  };
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = AnalyzePage.safeParse(raw);
    if (!parsed.success) return undefined;
    return getLens().then((l) => {
      l.generic = parsed.data.generic;
      l.refresh(true);
      return { ok: true };
    });
  });
  const posting = mightBePosting(location.href);
  // Until a posting has been seen, a settled change costs one URL test.
  watchPage(() => {
    if (lens || mightBePosting(location.href)) void getLens().then((l) => l.refresh());
  }, lifetime.signal);
  addEventListener('pagehide', () => lifetime.abort(), { once: true });
  measure('boot', scriptStarted);
  // Reading is its own task, apart from evaluating the script.
  if (posting) void getLens().then((l) => l.refresh());
}
