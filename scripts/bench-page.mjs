// What Mission Lens costs the page it annotates, measured in headless Chromium with the
// built extension against the same pages without it, in the same run, per page kind:
//   - from a Chromium trace of every visit (see bench-trace.mjs): the page's renderer
//     main-thread task time (top-level RunTask) and script + compile time (EvaluateScript,
//     v8.compile, FunctionCall, RunMicrotasks), with minus without, by the wall clock
//     (the spec's figures) and by the thread's CPU clock (steadier on a busy machine); the
//     extension's own script and its longest task; the time from load to painted
//     highlights with a cold and with a warm worker; the worker's own time per posting;
//   - the extension's `mission-lens:*` user-timing measures (boot; load = evaluating the
//     reader, once per page; read = one step of reading, each in a task of its own;
//     annotate = map claims to ranges, highlight, marker; highlight is part of annotate);
//   - DOM nodes added to the page, JS heap used after a garbage collection;
//   - a conventional DOM-wrapping highlighter (mark.js) marking the same claim phrases;
//   - the gzipped size of the content script file(s).
// Each figure is printed beside its target (medians of the runs, 2-core machine) and all
// of it is written to test-artifacts/bench-page.json. Pages are served at real board
// addresses by request routing; nothing leaves the machine. Each visit is a fresh tab.
// Build first: npx vite build --mode chrome --logLevel warn (BENCH_DIST=dir: another build)
// Usage: node scripts/bench-page.mjs [--runs N] [--json] [--page NAME-PART]
//   (BENCH_TRACES=dir also keeps every trace, for the DevTools Performance panel;
//   BENCH_PROFILE=1 prints where script time goes in the traced pane switches)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ATTACK_PAGES } from './attack-pages.mjs';
import { DEMO_POSTING, demoParagraphs, PAGES, scriptSizes, seedListInExtension } from './bench-pages.mjs';
import { HARNESS_FUNCTION, pageCost, startTrace, stopTrace, workerCost } from './bench-trace.mjs';
import { launchChromium } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist/chrome');
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const JSON_OUT = args.includes('--json');
// --attack (npm run bench:attack): the attack pages of scripts/attack-pages.mjs instead,
// each judged by the extension's longest task alone (issue 16: never 50 ms or more).
const ATTACK = args.includes('--attack');
const BENCH_PAGES = ATTACK ? ATTACK_PAGES.map((p) => ({ ...p, attack: true })) : PAGES;
// --page TEXT: only the parts whose name contains TEXT (pages, "in-pane job switch", "worker").
const ONLY = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;
const selected = (name) => !ONLY || name.includes(ONLY);

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error(`${DIST} is missing: run \`npx vite build --mode chrome\` first`);
  process.exit(1);
}

/** The spec's targets: medians of one run on a 2-core machine. */
const TARGETS = {
  postingTaskMs: 15, // main-thread task time a posting gains
  postingScriptMs: 8, // script + compile time a posting gains
  extTaskMs: 16, // no task of the extension's reaches it
  boardTaskMs: 5, // a board page that shows no posting
  switchTaskMs: 3, // an in-pane job switch
  bundleKb: 25, // what the page loads, gzipped
  coldPaintMs: 150, // load -> highlights painted, worker stopped before
  warmPaintMs: 30, // the same with the worker running
  markRatio: 10, // mark.js time / highlighting time, at least
  attackBlockMs: 50, // an attack page: the extension's longest task stays under it
};

// ---------------------------------------------------------------- pages (bench-pages.mjs)

// Served cross-origin isolated: the page's timers (and the content script's, which shares
// them) then tick in 5 µs steps instead of 100 µs, fine enough for sub-millisecond work.
// The pages load nothing from elsewhere, so the isolation changes nothing else.
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

// The list page embeds the marks frame, an extension page that sends no
// Cross-Origin-Embedder-Policy: under `require-corp` the page would block it. Its own
// renderer still (COOP), with the coarser timers.
const OWN_PROCESS = {
  'content-type': PAGE_HEADERS['content-type'],
  'cross-origin-opener-policy': 'same-origin',
};

// ---------------------------------------------------------------- browser
// The harness's one piece of page script besides the node count: an observer that says
// on the console when an annotation is done, so nothing polls the page while the trace
// runs. Its callbacks are left out of the trace figures (bench-trace.mjs).
const DONE = 'mission-lens-bench:annotated';
const INIT = `
window.__countNodes = () => { let n = 0; const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); while (w.nextNode()) n++; return n; };
document.addEventListener('DOMContentLoaded', () => { window.__nodesBefore = window.__countNodes(); }, { once: true });
try {
  new PerformanceObserver(function ${HARNESS_FUNCTION}(list) {
    for (const e of list.getEntries())
      if (e.name === 'mission-lens:annotate' || e.name === 'mission-lens:read-failed') console.debug('${DONE}');
  }).observe({ type: 'measure' });
} catch {}
`;

// BENCH_TRACES=dir keeps every trace there, to open in DevTools' Performance panel.
let traceCount = 0;
function keepTrace(events, name) {
  if (!process.env.BENCH_TRACES) return;
  mkdirSync(process.env.BENCH_TRACES, { recursive: true });
  const file = `${String(++traceCount).padStart(3, '0')}-${name.replace(/^https:\/\//, '').replace(/[^\w-]+/g, '_')}.json`;
  writeFileSync(join(process.env.BENCH_TRACES, file), JSON.stringify({ traceEvents: events }));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const annotated = (tab, timeout = 10_000) =>
  tab.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout }).then(
    () => true,
    () => false,
  );

const PANE_URL = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=nurse';

async function launch(withExtension) {
  // Without the extension, the same browser and flags: the baseline differs only in it.
  const { context, dispose } = await launchChromium(withExtension ? DIST : undefined, {
    viewport: { width: 1280, height: 900 },
  });
  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  const id = worker ? new URL(worker.url()).host : null;
  const pane = panePage();
  for (const page of [...PAGES, ...ATTACK_PAGES]) {
    await context.route(page.url, (route) =>
      route.fulfill({
        status: 200,
        headers: page.savedCompanies ? OWN_PROCESS : PAGE_HEADERS,
        body: page.html,
      }),
    );
  }
  await context.route(
    (u) => u.pathname.startsWith('/jobs/search') && u.searchParams.has('currentJobId'),
    (route) => route.fulfill({ status: 200, headers: PAGE_HEADERS, body: pane }),
  );
  return {
    context,
    worker,
    id,
    origin: id ? `chrome-extension://${id}/` : 'chrome-extension://',
    close: dispose,
  };
}

/** Saves these companies (with no posting: the marks need only the name and status), or clears the list. */
async function seedList(browser, names) {
  await browser.worker?.evaluate(seedListInExtension, names);
}

/**
 * Resolves once the marks frame has loaded in the tab, and a little after (it draws).
 * Watched from the browser's side: polling in the page would add script to its thread.
 */
const marksLoaded = (tab, timeout = 5_000) =>
  tab
    .waitForEvent('framenavigated', { predicate: (f) => f.url().includes('/src/marks/index.html'), timeout })
    .then(() => sleep(300))
    .then(
      () => true,
      () => false,
    );

/** Stop the extension's service worker through CDP and wait until it has (test/e2e/harness.ts). */
async function stopWorker(browser, tab) {
  const cdp = await browser.context.newCDPSession(tab);
  const stopped = new Promise((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(browser.origin));
      if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, sleep(10_000)]);
  await cdp.detach();
}

/**
 * One traced visit: fresh tab, trace from before the navigation to 500 ms after the
 * annotation (or after `waitMs`, the extension's time to annotate, in the baseline,
 * so both traces span as long), then the untraced readings and mark.js.
 */
async function visit(browser, page, { withExtension, waitMs = 0, mark = null, before = null }) {
  const { context } = browser;
  const tab = await context.newPage();
  await tab.addInitScript(INIT);
  if (before) await before(tab);
  const cdp = await context.newCDPSession(tab);
  // The page gets a renderer of its own (COOP), the spare one Chromium launched when this
  // tab took the last: a renderer still starting when the trace starts joins it late.
  await sleep(300);
  await startTrace(cdp);
  await sleep(50);
  const started = performance.now();
  const done = withExtension && page.posting ? annotated(tab) : null;
  const marked = withExtension && page.savedCompanies ? marksLoaded(tab) : null;
  await tab.goto(page.url);
  if (marked) await marked;
  const didAnnotate = done ? await done : null;
  const waited = performance.now() - started;
  if (waited < waitMs) await sleep(waitMs - waited);
  await sleep(500); // any late task of the extension's
  const events = await stopTrace(cdp);
  keepTrace(events, `${page.url}-${withExtension ? 'with' : 'without'}`);
  const trace = pageCost(events, { url: page.url, extensionOrigin: browser.origin });
  const worker = withExtension ? workerCost(events) : null;
  const seen = await tab.evaluate(() => ({
    measures: performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('mission-lens:'))
      .map((m) => ({ name: m.name, ms: m.duration })),
    nodesBefore: window.__nodesBefore,
    nodesAfter: window.__countNodes(),
    hosts: document.querySelectorAll('mission-lens-host').length,
    phrases: [...CSS.highlights]
      .filter(([name]) => name.startsWith('mission-lens-'))
      .flatMap(([, h]) => [...h].map((r) => r.toString())),
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const marksFrame = tab.frames().find((f) => f.url().includes('/src/marks/index.html'));
  const marksDrawn = marksFrame
    ? await marksFrame.evaluate(() => document.querySelectorAll('.mark').length).catch(() => null)
    : null;
  const out = { ...seen, heap: usedSize, trace, worker, waited, annotated: didAnnotate, marksDrawn };
  if (mark) {
    await tab.addScriptTag({ path: MARK_JS });
    out.mark = await tab.evaluate(
      ([phrases, root]) => {
        const el = document.querySelector(root) ?? document.body;
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
      },
      [mark, page.markRoot ?? '.show-more-less-html__markup'],
    );
  }
  await tab.close();
  return out;
}

let retries = 0;
/** A visit whose trace holds the page's whole load: tried again (twice at most) if not. */
async function tracedVisit(browser, page, options) {
  for (let attempt = 0; ; attempt++) {
    const out = await visit(browser, page, options);
    if (out.trace?.complete || attempt === 2) return out;
    retries++;
  }
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

async function openPane(browser, withExtension) {
  const tab = await browser.context.newPage();
  await tab.addInitScript(INIT);
  await tab.goto(PANE_URL);
  if (withExtension)
    await tab.waitForFunction(() => performance.getEntriesByName('mission-lens:annotate').length > 0);
  return tab;
}

/** The user-timing side of the switches, untraced: what each one measured, and its phrases. */
async function paneSwitches(browser, jobs) {
  const tab = await openPane(browser, true);
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
  await tab.close();
  return switches;
}

// BENCH_PROFILE=1: where the extension's script time goes in the switches, from V8's
// sampling profiler (it slows what it samples: for finding hot code, not for figures).
async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
}

async function printProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { callFrame: f } = byId.get(id);
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
  console.log('  profile of the traced switches, self ms (all scripts in the tab):');
  for (const [k, ms] of top.slice(0, 30)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${k}`);
}

const SWITCH_MARK = 'mission-lens-bench:switch-';
const PANE_ROUNDS = 2;

/**
 * The switches traced, with and without the extension: each is `showJob` through CDP
 * (no harness script in the page), then, with the extension, the wait for its
 * annotation; without, the same wait the extension's run took for that switch.
 */
async function tracedSwitches(browser, jobs, { withExtension, waits = [] }) {
  const tab = await openPane(browser, withExtension);
  await sleep(500); // the first view's late tasks, before the trace
  const cdp = await browser.context.newCDPSession(tab);
  await startTrace(cdp);
  await sleep(50); // tracing reaches the renderer a moment after Tracing.start returns
  const profiling = withExtension && process.env.BENCH_PROFILE === '1';
  if (profiling) await startProfile(cdp);
  const took = [];
  for (const [i, job] of jobs.entries()) {
    const started = performance.now();
    const done = withExtension ? annotated(tab) : null;
    // Marked, so the trace can be cut into switches there (pageCost's splitAt).
    await cdp.send('Runtime.evaluate', {
      expression: `performance.mark('${SWITCH_MARK}${i}'); window.showJob(${JSON.stringify(job)})`,
    });
    if (done) await done;
    const elapsed = performance.now() - started;
    if (elapsed < (waits[i] ?? 0)) await sleep(waits[i] - elapsed);
    took.push(performance.now() - started);
  }
  await sleep(500);
  if (profiling) await printProfile(cdp);
  const events = await stopTrace(cdp);
  keepTrace(events, `pane-${withExtension ? 'with' : 'without'}`);
  await tab.close();
  return {
    trace: pageCost(events, {
      url: PANE_URL,
      extensionOrigin: browser.origin,
      fromNavigation: false,
      splitAt: SWITCH_MARK,
    }),
    took,
  };
}

/**
 * The baseline for a switch: the same pane, without the extension, shows each job in
 * turn and mark.js marks the phrases Mission Lens highlighted for it (marks are removed
 * again before the next job, untimed). The first switch pays mark.js's first-use cost,
 * as the first job view pays Mission Lens's.
 */
async function markSwitches(browser, jobs, phrasesPerJob) {
  const tab = await openPane(browser, false);
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
// Not steps of their own: highlighting is part of annotate, and `fetch` is the content
// script waiting for its page layer to arrive (an await, not a task).
const FETCH = 'mission-lens:fetch';
const isStep = (m) => m.name !== HIGHLIGHT && m.name !== FETCH;
const longestStep = (measures) => Math.max(0, ...measures.filter(isStep).map((m) => m.ms));
const sum = (measures, name) => measures.filter((m) => m.name === name).reduce((s, m) => s + m.ms, 0);
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : NaN;
};
const max = (xs) => Math.max(...xs.filter((x) => Number.isFinite(x)));
const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
const round = (n, d = 3) => (Number.isFinite(n) ? Number(n.toFixed(d)) : null);
/** A trace figure of every run: median with, without, and with minus without. */
const compare = (ext, base, key) => {
  const w = median(ext.map((r) => r.trace?.[key]));
  const wo = median(base.map((r) => r.trace?.[key]));
  return { with: round(w), without: round(wo), delta: round(w - wo) };
};

const checks = [];
/**
 * Records a target and returns its mark: ✓ met, ✗ missed, ? not measured. The spec's
 * figures are wall-clock durations (basis "wall"); the same on the thread's CPU clock
 * (basis "cpu") are checked beside them, for a machine busy with other work.
 */
function check(what, value, op, limit, unit = 'ms', basis = 'wall') {
  const pass = Number.isFinite(value)
    ? op === '≤'
      ? value <= limit
      : op === '<'
        ? value < limit
        : value >= limit
    : null;
  checks.push({
    what,
    basis,
    value: round(value),
    target: `${op} ${limit}${unit === 'x' ? '×' : ` ${unit}`}`,
    pass,
  });
  return pass === null ? '?' : pass ? '✓' : '✗';
}

if (process.env.BENCH_DUMP) {
  for (const [i, p] of PAGES.entries()) writeFileSync(`/tmp/bench-page-${i}.html`, p.html);
  process.exit(0);
}

const bundle = scriptSizes(DIST);
const withExt = await launch(true);
const without = await launch(false);
const results = [];
let pane = null;
let paint = null;
const notes = [];
try {
  // One untraced visit each first: the browsers' first-use costs stay out of the runs.
  await visit(withExt, DEMO_POSTING, { withExtension: true });
  await visit(without, DEMO_POSTING, { withExtension: false });
  for (const page of BENCH_PAGES.filter((p) => selected(p.name))) {
    const ext = [];
    const base = [];
    process.stderr.write(`${page.name}...\n`);
    if (page.savedCompanies) await seedList(withExt, page.savedCompanies);
    for (let run = 0; run < RUNS; run++) {
      const e = await tracedVisit(withExt, page, { withExtension: true });
      ext.push(e);
      base.push(
        await tracedVisit(without, page, {
          withExtension: false,
          waitMs: e.waited,
          mark: page.posting && !page.attack ? e.phrases : null,
        }),
      );
    }
    if (page.savedCompanies) await seedList(withExt, []);
    const last = ext.at(-1);
    const annotatedRuns = ext.filter((r) => r.annotated).length;
    if (page.posting && annotatedRuns < RUNS)
      notes.push(`${page.name}: annotated in ${annotatedRuns} of ${RUNS} runs`);
    results.push({
      page: page.name,
      url: page.url,
      posting: page.posting,
      // A list page with saved companies: measured, with no target of its own in the spec.
      listMarks: Boolean(page.savedCompanies),
      attack: Boolean(page.attack),
      marksDrawn: last.marksDrawn,
      annotatedRuns,
      nodes: last.nodesBefore,
      claims: last.phrases.length,
      trace: {
        taskMs: compare(ext, base, 'taskMs'),
        taskCpuMs: compare(ext, base, 'taskCpuMs'),
        scriptMs: compare(ext, base, 'scriptMs'),
        scriptCpuMs: compare(ext, base, 'scriptCpuMs'),
        specScriptMs: compare(ext, base, 'specScriptMs'),
        longestTaskMs: compare(ext, base, 'longestTaskMs'),
        extScriptMs: round(median(ext.map((r) => r.trace?.extScriptMs))),
        extUrlScriptMs: round(median(ext.map((r) => r.trace?.extUrlScriptMs))),
        extTaskMs: round(median(ext.map((r) => r.trace?.extTaskMs))),
        extRenderMs: round(median(ext.map((r) => r.trace?.extRenderMs))),
        extGcMs: round(median(ext.map((r) => r.trace?.extGcMs))),
        extTasks: median(ext.map((r) => r.trace?.extTasks)),
        extLongestTaskMs: round(max(ext.map((r) => r.trace?.extLongestTaskMs))),
        extLongestTaskCpuMs: round(max(ext.map((r) => r.trace?.extLongestTaskCpuMs))),
        extLongestTaskMedianMs: round(median(ext.map((r) => r.trace?.extLongestTaskMs))),
        perRun: ext.map((r, i) => ({
          taskMs: round(r.trace?.taskMs),
          baseTaskMs: round(base[i].trace?.taskMs),
          scriptMs: round(r.trace?.scriptMs),
          baseScriptMs: round(base[i].trace?.scriptMs),
          extLongestTaskMs: round(r.trace?.extLongestTaskMs),
        })),
      },
      bootMs: median(ext.map((r) => sum(r.measures, 'mission-lens:boot'))),
      readMs: median(ext.map((r) => sum(r.measures, 'mission-lens:read'))),
      firstReadMs: median(ext.map((r) => r.measures.find((m) => m.name === 'mission-lens:read')?.ms ?? 0)),
      annotateMs: median(ext.map((r) => sum(r.measures, 'mission-lens:annotate'))),
      highlightMs: median(ext.map((r) => sum(r.measures, 'mission-lens:highlight'))),
      loadMs: median(ext.map((r) => sum(r.measures, 'mission-lens:load'))),
      steps: median(ext.map((r) => r.measures.filter((m) => m.name === 'mission-lens:read').length)),
      // highlight is part of annotate: counted once
      totalMs: median(ext.map((r) => r.measures.reduce((s, m) => s + (isStep(m) ? m.ms : 0), 0))),
      longestStepMs: Math.max(0, ...ext.map((r) => longestStep(r.measures))),
      nodesAdded: median(ext.map((r) => r.nodesAfter - r.nodesBefore)),
      hosts: last.hosts,
      heapDeltaKb: (median(ext.map((r) => r.heap)) - median(base.map((r) => r.heap))) / 1024,
      markMs: page.posting && !page.attack ? median(base.map((r) => r.mark.ms)) : NaN,
      markNodesAdded: page.posting && !page.attack ? median(base.map((r) => r.mark.nodesAdded)) : NaN,
      marks: page.posting && !page.attack ? base.at(-1).mark.marks : NaN,
    });
  }

  // Load -> painted highlights on the demo posting: cold (worker stopped just before the
  // visit) and warm (the visit right after), and what the worker spent on each.
  const PAINT_NAME = 'navigation to painted highlights, cold and warm worker (demo posting)';
  if (!ATTACK && selected(PAINT_NAME)) {
    process.stderr.write(`${PAINT_NAME}...\n`);
    const cold = [];
    const warm = [];
    for (let run = 0; run < RUNS; run++) {
      cold.push(
        await tracedVisit(withExt, DEMO_POSTING, {
          withExtension: true,
          before: (tab) => stopWorker(withExt, tab),
        }),
      );
      warm.push(await tracedVisit(withExt, DEMO_POSTING, { withExtension: true }));
    }
    const side = (rs) => ({
      loadToPaintedMs: round(
        median(rs.map((r) => Math.max(0, (r.trace?.paintedMs ?? NaN) - (r.trace?.loadEventEndMs ?? NaN)))),
      ),
      navigationToPaintedMs: round(median(rs.map((r) => r.trace?.paintedMs ?? NaN))),
      navigationToLoadMs: round(median(rs.map((r) => r.trace?.loadEventEndMs ?? NaN))),
      annotatedBeforeLoad: rs.filter((r) => r.trace?.annotateEndMs < r.trace?.loadEventEndMs).length,
      workerTaskMs: round(median(rs.map((r) => r.worker?.taskMs))),
      // Script events only: the worker's message dispatch runs without any, see workerCost.
      workerScriptEventsMs: round(median(rs.map((r) => r.worker?.scriptMs))),
      workerAnalyzeMs: round(median(rs.map((r) => r.worker?.analyzeMs ?? NaN))),
      perRun: rs.map((r) => ({
        loadEventEndMs: round(r.trace?.loadEventEndMs),
        annotateEndMs: round(r.trace?.annotateEndMs),
        paintedMs: round(r.trace?.paintedMs),
        workerTaskMs: round(r.worker?.taskMs),
      })),
    });
    paint = { page: PAINT_NAME, cold: side(cold), warm: side(warm) };
    if (paint.warm.workerAnalyzeMs === null)
      notes.push(
        "the worker makes no `mission-lens:analyze` measure: its own time is its thread's tasks and script in the trace",
      );
  }

  const jobs = paneJobs(20);
  const PANE_NAME = 'in-pane job switch (LinkedIn search pane, 20 switches; traced 2 x 20 each way)';
  if (!ATTACK && selected(PANE_NAME)) {
    process.stderr.write(`${PANE_NAME}...\n`);
    const switches = await paneSwitches(withExt, jobs);
    const markTimes = await markSwitches(
      without,
      jobs,
      switches.map((s) => s.phrases),
    );
    // Two rounds of 20 traced switches each way, alternating, so that a burst of other
    // work on the machine does not land on one side only; figures are medians per switch.
    const ext = [];
    const base = [];
    for (let round = 0; round < PANE_ROUNDS; round++) {
      const e = await tracedSwitches(withExt, jobs, { withExtension: true });
      const b = await tracedSwitches(without, jobs, { withExtension: false, waits: e.took });
      ext.push(...(e.trace?.segments ?? []));
      base.push(...(b.trace?.segments ?? []));
    }
    if (ext.length !== PANE_ROUNDS * jobs.length || base.length !== ext.length)
      notes.push(
        `pane: ${ext.length} and ${base.length} switches found in the traces, not ${PANE_ROUNDS * jobs.length}`,
      );
    const per = (key) => {
      const w = median(ext.map((x) => x[key]));
      const wo = median(base.map((x) => x[key]));
      return { with: round(w), without: round(wo), delta: round(w - wo) };
    };
    pane = {
      page: PANE_NAME,
      trace: {
        switches: ext.length,
        taskMsPerSwitch: per('taskMs'),
        taskCpuMsPerSwitch: per('taskCpuMs'),
        scriptMsPerSwitch: per('scriptMs'),
        scriptCpuMsPerSwitch: per('scriptCpuMs'),
        // Means too: a median switch hides a rare expensive one.
        meanTaskMsPerSwitch: {
          with: round(ext.reduce((t, x) => t + x.taskMs, 0) / ext.length),
          without: round(base.reduce((t, x) => t + x.taskMs, 0) / base.length),
        },
        extScriptMsPerSwitch: round(median(ext.map((x) => x.extScriptMs))),
        extUrlScriptMsPerSwitch: round(median(ext.map((x) => x.extUrlScriptMs))),
        extTaskMsPerSwitch: round(median(ext.map((x) => x.extTaskMs))),
        extRenderMsPerSwitch: round(median(ext.map((x) => x.extRenderMs))),
        extGcMsPerSwitch: round(median(ext.map((x) => x.extGcMs))),
        extLongestTaskMs: round(max(ext.map((x) => x.extLongestTaskMs))),
        extLongestTaskCpuMs: round(max(ext.map((x) => x.extLongestTaskCpuMs))),
        longestTaskMs: {
          with: round(max(ext.map((x) => x.longestTaskMs))),
          without: round(max(base.map((x) => x.longestTaskMs))),
        },
      },
      readMs: median(switches.map((s) => s.read)),
      annotateMs: median(switches.map((s) => s.annotate)),
      highlightMs: median(switches.map((s) => s.highlight)),
      totalMs: median(switches.map((s) => s.read + s.annotate)),
      maxSwitchMs: Math.max(...switches.map((s) => s.read + s.annotate)),
      longestStepMs: Math.max(...switches.map((s) => s.longestStep)),
      perSwitchMs: switches.map((s) => Number((s.read + s.annotate).toFixed(2))),
      markMs: median(markTimes),
      // The first switch of each: both pay their first-use costs there.
      firstHighlightMs: switches[0].highlight,
      firstMarkMs: markTimes[0],
    };
  }
  if (retries) notes.push(`${retries} visit(s) traced again: the renderer joined the trace late`);
} finally {
  await withExt.close();
  await without.close();
}

// ---------------------------------------------------------------- targets and output
const T = TARGETS;
const marks = new Map();
for (const r of results) {
  const m = {};
  const tr = r.trace;
  if (r.attack) {
    m.longest = check(`${r.page}: the extension's longest task`, tr.extLongestTaskMs, '<', T.attackBlockMs);
    m.longestCpu = check(
      `${r.page}: the extension's longest task`,
      tr.extLongestTaskCpuMs,
      '<',
      T.attackBlockMs,
      'ms',
      'cpu',
    );
    marks.set(r.page, m);
    continue;
  }
  const taskLimit = r.posting ? T.postingTaskMs : T.boardTaskMs;
  // The list page's marks have no task-time target (issue 13 asks for the figure); the
  // extension's longest task still has one.
  if (!r.listMarks) {
    m.task = check(`${r.page}: main-thread task time added`, tr.taskMs.delta, '≤', taskLimit);
    m.taskCpu = check(
      `${r.page}: main-thread task time added`,
      tr.taskCpuMs.delta,
      '≤',
      taskLimit,
      'ms',
      'cpu',
    );
  }
  if (r.posting) {
    m.script = check(`${r.page}: script and compile time added`, tr.scriptMs.delta, '≤', T.postingScriptMs);
    m.scriptCpu = check(
      `${r.page}: script and compile time added`,
      tr.scriptCpuMs.delta,
      '≤',
      T.postingScriptMs,
      'ms',
      'cpu',
    );
    m.mark = check(`${r.page}: mark.js / highlighting`, r.markMs / r.highlightMs, '≥', T.markRatio, 'x');
  }
  m.longest = check(`${r.page}: the extension's longest task`, tr.extLongestTaskMs, '<', T.extTaskMs);
  m.longestCpu = check(
    `${r.page}: the extension's longest task`,
    tr.extLongestTaskCpuMs,
    '<',
    T.extTaskMs,
    'ms',
    'cpu',
  );
  marks.set(r.page, m);
}
const paneMarks = pane
  ? {
      task: check(
        'in-pane job switch: main-thread task time added per switch',
        pane.trace.taskMsPerSwitch.delta,
        '≤',
        T.switchTaskMs,
      ),
      taskCpu: check(
        'in-pane job switch: main-thread task time added per switch',
        pane.trace.taskCpuMsPerSwitch.delta,
        '≤',
        T.switchTaskMs,
        'ms',
        'cpu',
      ),
      longestCpu: check(
        "in-pane job switch: the extension's longest task",
        pane.trace.extLongestTaskCpuMs,
        '<',
        T.extTaskMs,
        'ms',
        'cpu',
      ),
      longest: check(
        "in-pane job switch: the extension's longest task",
        pane.trace.extLongestTaskMs,
        '<',
        T.extTaskMs,
      ),
      mark: check(
        'in-pane job switch: mark.js / highlighting',
        pane.markMs / pane.highlightMs,
        '≥',
        T.markRatio,
        'x',
      ),
    }
  : null;
const paintMarks = paint
  ? {
      cold: check('load to painted highlights, cold worker', paint.cold.loadToPaintedMs, '≤', T.coldPaintMs),
      warm: check('load to painted highlights, warm worker', paint.warm.loadToPaintedMs, '≤', T.warmPaintMs),
    }
  : null;
const bundleMark = check(
  'what a posting page loads of the extension, gzipped',
  bundle.gzipKb,
  '≤',
  T.bundleKb,
  'kB',
);

const report = {
  runs: RUNS,
  dist: DIST,
  chromium: 'headless /usr/bin/chromium',
  targets: TARGETS,
  bundle,
  results,
  pane,
  paint,
  checks,
  notes,
};
mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
writeFileSync(join(ROOT, 'test-artifacts/bench-page.json'), `${JSON.stringify(report, null, 2)}\n`);

/** Rows of cells, left column left-aligned, the rest right-aligned. */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `  ${line}`)
    .join('\n');
}
const plus = (n, d = 2) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(d)}` : '-');

if (JSON_OUT) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(
    `Mission Lens in the page: medians of ${RUNS} runs, ms of the page's renderer main thread (trace), with minus without the extension;\n"on the thread CPU clock" is the same from the events' thread time, which time spent descheduled on a busy machine does not inflate\n`,
  );
  for (const r of results) {
    const tr = r.trace;
    const m = marks.get(r.page);
    console.log(
      `${r.page}${r.nodes ? `: ${r.nodes} nodes, ${r.claims} claims highlighted` : ''}${r.listMarks ? `, ${r.marksDrawn ?? 0} marks drawn (on screen)` : ''}${r.posting && r.annotatedRuns < RUNS ? ` (annotated in ${r.annotatedRuns} of ${RUNS} runs)` : ''}`,
    );
    const limit = r.attack || r.listMarks ? null : r.posting ? T.postingTaskMs : T.boardTaskMs;
    const longestLimit = r.attack ? T.attackBlockMs : T.extTaskMs;
    console.log(
      table([
        ['', 'with', 'without', 'extension', 'target', ''],
        [
          'main-thread task time',
          f(tr.taskMs.with),
          f(tr.taskMs.without),
          plus(tr.taskMs.delta),
          limit === null ? '(none)' : `≤ ${limit}`,
          m.task ?? '',
        ],
        [
          '  on the thread CPU clock',
          f(tr.taskCpuMs.with),
          f(tr.taskCpuMs.without),
          plus(tr.taskCpuMs.delta),
          limit === null ? '(none)' : `≤ ${limit}`,
          m.taskCpu ?? '',
        ],
        [
          'script + compile (incl. microtasks)',
          f(tr.scriptMs.with),
          f(tr.scriptMs.without),
          plus(tr.scriptMs.delta),
          r.posting && !r.attack ? `≤ ${T.postingScriptMs}` : '',
          m.script ?? '',
        ],
        [
          '  on the thread CPU clock',
          f(tr.scriptCpuMs.with),
          f(tr.scriptCpuMs.without),
          plus(tr.scriptCpuMs.delta),
          r.posting && !r.attack ? `≤ ${T.postingScriptMs}` : '',
          m.scriptCpu ?? '',
        ],
        [
          '  the spec events only (no microtasks)',
          f(tr.specScriptMs.with),
          f(tr.specScriptMs.without),
          plus(tr.specScriptMs.delta),
        ],
        ["extension's own script (attributed)", '', '', f(tr.extScriptMs)],
        ['  of which in its own files (by url)', '', '', f(tr.extUrlScriptMs)],
        [`extension's tasks (${tr.extTasks}), total`, '', '', f(tr.extTaskMs)],
        ['  of which style, layout, paint', '', '', f(tr.extRenderMs)],
        ['  of which garbage collection', '', '', f(tr.extGcMs)],
        [
          "extension's longest task, max of runs",
          '',
          '',
          f(tr.extLongestTaskMs),
          `< ${longestLimit}`,
          m.longest,
        ],
        ['  on the thread CPU clock', '', '', f(tr.extLongestTaskCpuMs), `< ${longestLimit}`, m.longestCpu],
        ['longest task on the page', f(tr.longestTaskMs.with), f(tr.longestTaskMs.without)],
      ]),
    );
    console.log(
      `  user timing: boot ${f(r.bootMs)}, load ${f(r.loadMs)}, read ${f(r.readMs)} (${r.steps} steps; the worker analyses), annotate ${f(r.annotateMs)} (highlighting ${f(r.highlightMs)}), total ${f(r.totalMs)} ms; longest step ${f(r.longestStepMs, 1)} ms`,
    );
    console.log(
      `  nodes added ${r.nodesAdded} (${r.hosts} host element); JS heap +${f(r.heapDeltaKb, 0)} kB`,
    );
    if (Number.isFinite(r.markMs) && !r.attack) {
      console.log(
        `  mark.js on the same ${r.claims} phrases: ${f(r.markMs)} ms, ${r.marks} marks, ${r.markNodesAdded} nodes added; mark.js / highlighting ${f(r.markMs / r.highlightMs, 1)}× (target ≥ ${T.markRatio}× ${m.mark}), / whole annotation ${f(r.markMs / r.annotateMs, 1)}×`,
      );
    }
    console.log('');
  }
  if (pane) {
    const tr = pane.trace;
    console.log(pane.page);
    console.log(
      table([
        ['per switch (median)', 'with', 'without', 'extension', 'target', ''],
        [
          'main-thread task time',
          f(tr.taskMsPerSwitch.with),
          f(tr.taskMsPerSwitch.without),
          plus(tr.taskMsPerSwitch.delta),
          `≤ ${T.switchTaskMs}`,
          paneMarks.task,
        ],
        [
          '  on the thread CPU clock',
          f(tr.taskCpuMsPerSwitch.with),
          f(tr.taskCpuMsPerSwitch.without),
          plus(tr.taskCpuMsPerSwitch.delta),
          `≤ ${T.switchTaskMs}`,
          paneMarks.taskCpu,
        ],
        [
          'script + compile (incl. microtasks)',
          f(tr.scriptMsPerSwitch.with),
          f(tr.scriptMsPerSwitch.without),
          plus(tr.scriptMsPerSwitch.delta),
        ],
        [
          '  mean main-thread task time',
          f(tr.meanTaskMsPerSwitch.with),
          f(tr.meanTaskMsPerSwitch.without),
          plus(tr.meanTaskMsPerSwitch.with - tr.meanTaskMsPerSwitch.without),
        ],
        ["extension's own script (attributed)", '', '', f(tr.extScriptMsPerSwitch)],
        ['  of which in its own files (by url)', '', '', f(tr.extUrlScriptMsPerSwitch)],
        ["extension's tasks, total", '', '', f(tr.extTaskMsPerSwitch)],
        ['  of which style, layout, paint', '', '', f(tr.extRenderMsPerSwitch)],
        ['  of which garbage collection', '', '', f(tr.extGcMsPerSwitch)],
        [
          "extension's longest task (any switch)",
          '',
          '',
          f(tr.extLongestTaskMs),
          `< ${T.extTaskMs}`,
          paneMarks.longest,
        ],
        [
          '  on the thread CPU clock',
          '',
          '',
          f(tr.extLongestTaskCpuMs),
          `< ${T.extTaskMs}`,
          paneMarks.longestCpu,
        ],
        ['longest task on the page (any switch)', f(tr.longestTaskMs.with), f(tr.longestTaskMs.without)],
      ]),
    );
    console.log(
      `  user timing per switch: read ${f(pane.readMs)}, annotate ${f(pane.annotateMs)} (highlighting ${f(pane.highlightMs)}), total ${f(pane.totalMs)} ms (worst ${f(pane.maxSwitchMs)} ms); longest step ${f(pane.longestStepMs, 1)} ms`,
    );
    console.log(
      `  mark.js on the same phrases per switch: ${f(pane.markMs)} ms; mark.js / highlighting ${f(pane.markMs / pane.highlightMs, 1)}× (target ≥ ${T.markRatio}× ${paneMarks.mark}; first switch: ${f(pane.firstMarkMs)} vs ${f(pane.firstHighlightMs)} ms)\n`,
    );
  }
  if (paint) {
    console.log(paint.page);
    console.log(
      table([
        ['', 'cold worker', 'warm worker', 'target', ''],
        [
          'load event -> highlights painted',
          f(paint.cold.loadToPaintedMs),
          f(paint.warm.loadToPaintedMs),
          `≤ ${T.coldPaintMs} / ≤ ${T.warmPaintMs}`,
          `${paintMarks.cold} ${paintMarks.warm}`,
        ],
        [
          'navigation start -> painted',
          f(paint.cold.navigationToPaintedMs),
          f(paint.warm.navigationToPaintedMs),
        ],
        [
          'navigation start -> load event',
          f(paint.cold.navigationToLoadMs),
          f(paint.warm.navigationToLoadMs),
        ],
        [
          'runs annotated before load (counted 0)',
          `${paint.cold.annotatedBeforeLoad}/${RUNS}`,
          `${paint.warm.annotatedBeforeLoad}/${RUNS}`,
        ],
        ["worker's own tasks per posting", f(paint.cold.workerTaskMs), f(paint.warm.workerTaskMs)],
        ['mission-lens:analyze measure', f(paint.cold.workerAnalyzeMs), f(paint.warm.workerAnalyzeMs)],
      ]),
    );
    console.log('  (cold: the worker stopped just before the visit, its start counted in its own time)\n');
  }
  console.log(
    `scripts a page loads, gzipped: ${bundle.files.map((b) => `${b.file} ${f(b.gzipKb, 1)} kB (${f(b.kB, 1)} kB raw)`).join(', ')}\n  every board page ${f(bundle.bootKb, 1)} kB; a posting or job list ${f(bundle.gzipKb, 1)} kB; target ≤ ${T.bundleKb} kB ${bundleMark}${bundle.onRequest.length ? `\n  (not counted, injected only on request: ${bundle.onRequest.map((b) => `${b.file} ${f(b.gzipKb, 1)} kB`).join(', ')})` : ''}\n`,
  );
  for (const [basis, label] of [
    ['wall', 'targets (as the spec: wall-clock durations)'],
    ['cpu', 'the same on the thread CPU clock'],
  ]) {
    const these = checks.filter((c) => c.basis === basis);
    const missed = these.filter((c) => c.pass === false);
    const unmeasured = these.filter((c) => c.pass === null).length;
    console.log(
      `${label}: ${these.filter((c) => c.pass).length} met, ${missed.length} missed${unmeasured ? `, ${unmeasured} not measured` : ''}`,
    );
    for (const c of missed) console.log(`  ✗ ${c.what}: ${c.value} (target ${c.target})`);
  }
  for (const n of notes) console.log(`note: ${n}`);
}
