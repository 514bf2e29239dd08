// What Mission Lens costs the page it annotates, measured in headless Chromium with the
// built extension (dist/chrome) against the same pages without it, in the same run:
//   - the extension's own main-thread time, from its `mission-lens:*` user-timing
//     measures (boot; load = evaluating the reader and core, once per page; read = one
//     step of reading + analysing, each in a task of its own; annotate = map claims to
//     ranges, highlight, marker; highlight is part of annotate), the longest of those
//     pieces, and the renderer's script time (CDP Performance.ScriptDuration) delta;
//   - long tasks (>= 50 ms) seen by a PerformanceObserver in the page;
//   - DOM nodes added to the page (a full node count before and after);
//   - JS heap used, after a garbage collection;
//   - a conventional DOM-wrapping highlighter (mark.js) marking the same claim phrases.
// Pages are served at real board addresses by request routing; nothing leaves the machine.
// Times are medians over runs, each page opened in a fresh tab.
// Build first: npx vite build --mode chrome --logLevel warn
// Usage: node scripts/bench-page.mjs [--runs N] [--json] [--page NAME-PART]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/chrome');
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const JSON_OUT = args.includes('--json');
// --page TEXT: only the pages whose name contains TEXT (and no pane switches unless it matches "pane").
const ONLY = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npx vite build --mode chrome` first');
  process.exit(1);
}

// ---------------------------------------------------------------- pages
const demo = (f) => readFileSync(join(ROOT, 'demo/postings', f), 'utf8');
const HARBORLINE = demo('harborline-rn-care-manager.html');
// The description's opening tag. The long posting's extra paragraphs go first, so the
// posting still ends with its own lists and benefits.
const DESCRIPTION_START = 'show-more-less-html__markup--clamp-after-5 relative overflow-hidden">';

/** Plain paragraphs from every demo posting, to grow a description with real-sounding text. */
function demoParagraphs() {
  const out = [];
  for (const f of readdirSync(join(ROOT, 'demo/postings'))) {
    for (const m of demo(f).matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)) {
      const text = m[2].replace(/<[^>]+>/g, '').trim();
      if (text.split(/\s+/).length >= 8) out.push(text);
    }
  }
  return out;
}

function padded(html, nodes) {
  // "Similar jobs" and "people also viewed" rails: 1 li + 3 elements + 3 texts per card.
  const cards = [];
  for (let i = 0; i < Math.ceil(nodes / 8); i++) {
    cards.push(
      `<li class="similar-card"><a href="/jobs/view/${4300000000 + i}/">Registered Nurse ${i}</a><span>Clinic ${i % 40}</span><span>${i % 30} days ago</span></li>`,
    );
  }
  return html.replace('</body>', `<aside class="padding-rail"><ul>${cards.join('')}</ul></aside></body>`);
}

function longPosting(html, words) {
  const paragraphs = demoParagraphs();
  const extra = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    extra.push(`<p>${p}</p>`);
    count += p.split(/\s+/).length;
  }
  return html.replace(DESCRIPTION_START, `${DESCRIPTION_START}${extra.join('')}`);
}

const PAGES = [
  {
    name: 'board page, not a posting (LinkedIn search)',
    url: 'https://www.linkedin.com/jobs/search/?keywords=nurse',
    html: demo('linkedin-search-nurse.html'),
    posting: false,
  },
  {
    name: 'demo posting (LinkedIn)',
    url: 'https://www.linkedin.com/jobs/view/4100000001/',
    html: HARBORLINE,
    posting: true,
  },
  {
    name: 'posting padded to ~5,000 nodes',
    url: 'https://www.linkedin.com/jobs/view/4100000011/',
    html: padded(HARBORLINE, 4_300),
    posting: true,
  },
  {
    name: '10,000-word posting',
    url: 'https://www.linkedin.com/jobs/view/4100000012/',
    html: longPosting(HARBORLINE, 10_000),
    posting: true,
  },
];

// Served cross-origin isolated: the page's timers (and the content script's, which shares
// them) then tick in 5 µs steps instead of 100 µs, fine enough for sub-millisecond work.
// The pages load nothing from elsewhere, so the isolation changes nothing else.
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

// ---------------------------------------------------------------- browser
async function launch(withExtension) {
  // Without the extension, the same browser and flags: the baseline differs only in it.
  const { context, dispose } = await launchChromium(withExtension ? DIST : undefined, {
    viewport: { width: 1280, height: 900 },
  });
  if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, close: dispose };
}

// Runs in the page before anything else: long tasks, and the node count as parsed.
const INIT = `
window.__longtasks = [];
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
} catch {}
window.__countNodes = () => { let n = 0; const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); while (w.nextNode()) n++; return n; };
document.addEventListener('DOMContentLoaded', () => { window.__nodesBefore = window.__countNodes(); }, { once: true });
`;

async function metrics(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function visit(context, page, { withExtension, mark }) {
  const tab = await context.newPage();
  await tab.addInitScript(INIT);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await context.route(page.url, (route) =>
    route.fulfill({ status: 200, headers: PAGE_HEADERS, body: page.html }),
  );
  await tab.goto(page.url);
  if (withExtension && page.posting) {
    await tab
      .waitForFunction(
        () =>
          performance.getEntriesByName('mission-lens:annotate').length > 0 ||
          performance.getEntriesByName('mission-lens:read-failed').length > 0,
        null,
        { timeout: 20_000 },
      )
      .catch(() => undefined);
  }
  await tab.waitForTimeout(500); // let the 250 ms observer window and any late task pass
  const seen = await tab.evaluate(() => ({
    measures: performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('mission-lens:'))
      .map((m) => ({ name: m.name, ms: m.duration })),
    longtasks: window.__longtasks,
    nodesBefore: window.__nodesBefore,
    nodesAfter: window.__countNodes(),
    hosts: document.querySelectorAll('mission-lens-host').length,
    phrases: [...CSS.highlights]
      .filter(([name]) => name.startsWith('mission-lens-'))
      .flatMap(([, h]) => [...h].map((r) => r.toString())),
  }));
  const m = await metrics(cdp);
  const out = {
    ...seen,
    heap: m.JSHeapUsedSize,
    scriptMs: m.ScriptDuration * 1000,
    taskMs: m.TaskDuration * 1000,
  };
  if (mark) {
    await tab.addScriptTag({ path: MARK_JS });
    out.mark = await tab.evaluate((phrases) => {
      const el = document.querySelector('.show-more-less-html__markup') ?? document.body;
      const before = window.__countNodes();
      const started = performance.now();
      let marks = 0;
      new window.Mark(el).mark(phrases, {
        separateWordSearch: false,
        acrossElements: true,
        done: (n) => {
          marks = n;
        },
      });
      const ms = performance.now() - started;
      return { ms, marks, nodesAdded: window.__countNodes() - before };
    }, mark);
  }
  await tab.close();
  return out;
}

function panePage() {
  return readFileSync(join(ROOT, 'src/sites/fixtures/linkedin-search-pane.html'), 'utf8').replace(
    '</body>',
    `<script>
window.showJob = (job) => {
  const u = new URL(location.href); u.searchParams.set('currentJobId', job.id); history.pushState({}, '', u);
  document.querySelector('.job-details-jobs-unified-top-card__job-title h1').textContent = job.title;
  const d = document.querySelector('#job-details');
  d.replaceChildren(...job.paragraphs.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
};
</script></body>`,
  );
}

/** The jobs the pane shows, one per switch: the same in both browsers. */
function paneJobs(count) {
  const paragraphs = demoParagraphs();
  return Array.from({ length: count }, (_, i) => ({
    id: String(4200000000 + i),
    title: `Care Navigator ${i}, Kidney Program`,
    paragraphs: [
      `Riverstone Kidney Partners is on a mission to transform kidney care for every patient we serve in region ${i}.`,
      'We help people with chronic kidney disease start dialysis at home instead of in a clinic, and our patients spent 41% fewer days in hospital last year.',
      ...paragraphs.slice(i % 20, (i % 20) + 6),
    ],
  }));
}

const PANE_URL = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=nurse';

async function openPane(context) {
  const html = panePage();
  await context.route(
    (u) => u.pathname.startsWith('/jobs/search'),
    (route) => route.fulfill({ status: 200, headers: PAGE_HEADERS, body: html }),
  );
  const tab = await context.newPage();
  await tab.addInitScript(INIT);
  await tab.goto(PANE_URL);
  return tab;
}

async function paneSwitches(context, jobs) {
  const tab = await openPane(context);
  await tab.waitForFunction(() => performance.getEntriesByName('mission-lens:annotate').length > 0);
  const switches = [];
  for (const job of jobs) {
    const before = await tab.evaluate(() => performance.getEntriesByType('measure').length);
    await tab.evaluate((j) => window.showJob(j), job);
    await tab.waitForFunction(
      (n) =>
        performance
          .getEntriesByType('measure')
          .slice(n)
          .some((m) => m.name === 'mission-lens:annotate' || m.name === 'mission-lens:read-failed'),
      before,
    );
    const entries = await tab.evaluate(
      (n) =>
        performance
          .getEntriesByType('measure')
          .slice(n)
          .filter((m) => m.name.startsWith('mission-lens:'))
          .map((m) => ({ name: m.name, ms: m.duration })),
      before,
    );
    const phrases = await tab.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('mission-lens-'))
        .flatMap(([, h]) => [...h].map((r) => r.toString())),
    );
    switches.push({
      phrases,
      longestStep: longestStep(entries),
      highlight: sum(entries, 'mission-lens:highlight'),
      read: sum(entries, 'mission-lens:read'),
      annotate: sum(entries, 'mission-lens:annotate'),
    });
  }
  const longtasks = await tab.evaluate(() => window.__longtasks);
  await tab.close();
  return { switches, longtasks };
}

/**
 * The baseline for a switch: the same pane, without the extension, shows each job in
 * turn and mark.js marks the phrases Mission Lens highlighted for it (marks are removed
 * again before the next job, untimed). The first switch pays mark.js's first-use cost,
 * as the first job view pays Mission Lens's.
 */
async function markSwitches(context, jobs, phrasesPerJob) {
  const tab = await openPane(context);
  await tab.addScriptTag({ path: MARK_JS });
  const times = [];
  for (const [i, job] of jobs.entries()) {
    await tab.evaluate((j) => window.showJob(j), job);
    times.push(
      await tab.evaluate((phrases) => {
        const el = document.querySelector('#job-details');
        const started = performance.now();
        new window.Mark(el).mark(phrases, { separateWordSearch: false, acrossElements: true });
        const ms = performance.now() - started;
        new window.Mark(el).unmark();
        return ms;
      }, phrasesPerJob[i]),
    );
  }
  await tab.close();
  return times;
}

// ---------------------------------------------------------------- numbers
const HIGHLIGHT = 'mission-lens:highlight';
/** The longest single measured piece of the extension's work (each is one task at most). */
const longestStep = (measures) =>
  Math.max(0, ...measures.filter((m) => m.name !== HIGHLIGHT).map((m) => m.ms));
const sum = (measures, name) => measures.filter((m) => m.name === name).reduce((s, m) => s + m.ms, 0);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : NaN;
};
const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');

if (process.env.BENCH_DUMP) {
  for (const [i, p] of PAGES.entries()) writeFileSync(`/tmp/bench-page-${i}.html`, p.html);
  process.exit(0);
}
const withExt = await launch(true);
const without = await launch(false);
const results = [];
try {
  for (const page of PAGES.filter((p) => !ONLY || p.name.includes(ONLY))) {
    const ext = [];
    const base = [];
    process.stderr.write(`${page.name}...\n`);
    for (let run = 0; run < RUNS; run++) {
      const e = await visit(withExt.context, page, { withExtension: true });
      ext.push(e);
      base.push(
        await visit(without.context, page, { withExtension: false, mark: page.posting ? e.phrases : null }),
      );
    }
    const last = ext.at(-1);
    results.push({
      page: page.name,
      nodes: last.nodesBefore,
      claims: last.phrases.length,
      bootMs: median(ext.map((r) => sum(r.measures, 'mission-lens:boot'))),
      readMs: median(ext.map((r) => sum(r.measures, 'mission-lens:read'))),
      firstReadMs: median(ext.map((r) => r.measures.find((m) => m.name === 'mission-lens:read')?.ms ?? 0)),
      annotateMs: median(ext.map((r) => sum(r.measures, 'mission-lens:annotate'))),
      highlightMs: median(ext.map((r) => sum(r.measures, 'mission-lens:highlight'))),
      loadMs: median(ext.map((r) => sum(r.measures, 'mission-lens:load'))),
      steps: median(ext.map((r) => r.measures.filter((m) => m.name === 'mission-lens:read').length)),
      // highlight is part of annotate: counted once
      totalMs: median(ext.map((r) => r.measures.reduce((s, m) => s + (m.name === HIGHLIGHT ? 0 : m.ms), 0))),
      longestStepMs: Math.max(0, ...ext.map((r) => longestStep(r.measures))),
      scriptDeltaMs: median(ext.map((r) => r.scriptMs)) - median(base.map((r) => r.scriptMs)),
      longtasks: Math.max(0, ...ext.flatMap((r) => r.longtasks)),
      longtasksWithout: Math.max(0, ...base.flatMap((r) => r.longtasks)),
      nodesAdded: median(ext.map((r) => r.nodesAfter - r.nodesBefore)),
      hosts: last.hosts,
      heapDeltaKb: (median(ext.map((r) => r.heap)) - median(base.map((r) => r.heap))) / 1024,
      markMs: page.posting ? median(base.map((r) => r.mark.ms)) : NaN,
      markNodesAdded: page.posting ? median(base.map((r) => r.mark.nodesAdded)) : NaN,
      marks: page.posting ? base.at(-1).mark.marks : NaN,
    });
  }
  const jobs = paneJobs(20);
  const pane =
    !ONLY || 'in-pane job switch'.includes(ONLY) ? await paneSwitches(withExt.context, jobs) : null;
  const markTimes = pane
    ? await markSwitches(
        without.context,
        jobs,
        pane.switches.map((s) => s.phrases),
      )
    : [];
  if (pane)
    results.push({
      page: 'in-pane job switch (LinkedIn search pane, 20 switches)',
      readMs: median(pane.switches.map((s) => s.read)),
      annotateMs: median(pane.switches.map((s) => s.annotate)),
      highlightMs: median(pane.switches.map((s) => s.highlight)),
      totalMs: median(pane.switches.map((s) => s.read + s.annotate)),
      maxSwitchMs: Math.max(...pane.switches.map((s) => s.read + s.annotate)),
      longestStepMs: Math.max(...pane.switches.map((s) => s.longestStep)),
      longtasks: Math.max(0, ...pane.longtasks),
      perSwitchMs: pane.switches.map((s) => Number((s.read + s.annotate).toFixed(2))),
      markMs: median(markTimes),
      // The first switch of each: both pay their first-use costs there.
      firstHighlightMs: pane.switches[0].highlight,
      firstMarkMs: markTimes[0],
    });
} finally {
  await withExt.close();
  await without.close();
}

mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-artifacts/bench-page.json'),
  `${JSON.stringify({ runs: RUNS, results }, null, 2)}\n`,
);
if (JSON_OUT) {
  console.log(JSON.stringify({ runs: RUNS, results }, null, 2));
} else {
  console.log(`Mission Lens in the page: medians of ${RUNS} runs (ms = main-thread milliseconds)\n`);
  for (const r of results) {
    console.log(`${r.page}${r.nodes ? ` (${r.nodes} nodes, ${r.claims} claims highlighted)` : ''}`);
    if (r.maxSwitchMs !== undefined) {
      console.log(
        `  per switch: read ${f(r.readMs)} ms, annotate ${f(r.annotateMs)} ms (highlighting ${f(r.highlightMs)} ms), total ${f(r.totalMs)} ms (worst ${f(r.maxSwitchMs)} ms); longest step ${f(r.longestStepMs, 1)} ms; longest task ${f(r.longtasks, 0)} ms`,
      );
      console.log(
        `  mark.js on the same phrases per switch: ${f(r.markMs)} ms; mark.js / Mission Lens highlighting = ${f(r.markMs / r.highlightMs, 1)}x (first switch: ${f(r.firstMarkMs)} vs ${f(r.firstHighlightMs)} ms)`,
      );
      continue;
    }
    console.log(
      `  extension: boot ${f(r.bootMs)} ms, load ${f(r.loadMs)} ms, read ${f(r.readMs)} ms (the worker analyses), annotate ${f(r.annotateMs)} ms (of which highlighting ${f(r.highlightMs)} ms), total ${f(r.totalMs)} ms; script time vs no extension +${f(r.scriptDeltaMs, 1)} ms`,
    );
    console.log(
      `  longest extension step ${f(r.longestStepMs, 1)} ms; longest task ${f(r.longtasks, 0)} ms (without extension ${f(r.longtasksWithout, 0)} ms); nodes added ${r.nodesAdded} (${r.hosts} host element); JS heap +${f(r.heapDeltaKb, 0)} kB`,
    );
    if (Number.isFinite(r.markMs)) {
      console.log(
        `  mark.js on the same ${r.claims} phrases: ${f(r.markMs)} ms, ${r.marks} marks, ${r.markNodesAdded} nodes added; mark.js / Mission Lens highlighting = ${f(r.markMs / r.highlightMs, 1)}x, / whole annotation = ${f(r.markMs / r.annotateMs, 1)}x`,
      );
    }
  }
}
