// Chromium traces for `npm run bench:page`: record one through a tab's CDP session, and
// read from it what the page's renderer main thread paid, what of that was the
// extension's, and what the extension's service worker spent.
//
// A trace started on a page session records every process of the browser (checked on
// Chromium 156), so the tab's renderer has to be picked out by the frame the page
// committed in; the extension's own frames and its worker run in other processes.

/**
 * devtools.timeline + v8 as the spec asks; the disabled-by-default timeline category
 * carries RunTask; v8.execute carries RunMicrotasks, where code resumed after an
 * `await` (scheduler.yield, a reply from the worker) runs without a FunctionCall of its
 * own; blink.user_timing puts navigation marks and `mission-lens:*` measures on the
 * trace's clock. DevTools' Performance panel records those last three too.
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

export async function startTrace(cdp) {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
}

/** Ends the trace and returns its events (read from the IO stream until eof). */
export async function stopTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  const chunks = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join(''));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

// Script and compile: the spec's EvaluateScript, v8.compile and FunctionCall, their module
// forms, and RunMicrotasks (see TRACE_CATEGORIES).
export const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
]);
/** The spec's list alone, reported beside the fuller figure. */
const SPEC_SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
]);

/** Style, layout and paint work: inside the extension's tasks, what its changes cost Blink. */
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest']);
/** Garbage collection events, which run inside whatever task is current. */
const GC_EVENTS = new Set([
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'BlinkGC.AtomicPhase',
]);

const end = (e) => e.ts + (e.dur ?? 0);
const urlOf = (e) => e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.fileName ?? '';
const ms = (us) => us / 1000;

/** Total length of the union of [start, end) intervals, in µs. */
export function unionLength(intervals) {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const [a, b] of sorted) {
    if (a > to) {
      if (to > from) total += to - from;
      from = a;
      to = b;
    } else if (b > to) to = b;
  }
  if (to > from) total += to - from;
  return total;
}

function threadNames(events) {
  const threads = new Map();
  const processes = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.name === 'process_name') processes.set(e.pid, e.args.name);
  }
  return { threads, processes };
}

/**
 * The renderer main thread that showed `url` in the tab's outermost frame: the process
 * the browser committed it in during the trace (FrameCommittedInBrowser), else, for a
 * trace of a page already shown (pane switches), the tab's frame as the trace began.
 */
export function pageThread(events, url) {
  const { threads } = threadNames(events);
  const committed = events
    .filter(
      (e) =>
        e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url && e.args.data.isOutermostMainFrame,
    )
    .map((e) => e.args.data);
  const atStart = events
    .filter((e) => e.name === 'TracingStartedInBrowser')
    .flatMap((e) => e.args?.data?.frames ?? [])
    .filter((f) => f.isOutermostMainFrame);
  const frame = committed.at(-1) ?? atStart.find((f) => f.url === url) ?? atStart.at(-1);
  if (!frame) return null;
  for (const [key, name] of threads) {
    const [pid, tid] = key.split(':').map(Number);
    if (pid === frame.processId && name === 'CrRendererMain') return { pid, tid, frame: frame.frame };
  }
  return null;
}

/** Complete events of one thread, sorted, each with its depth among RunTasks and script events. */
function threadEvents(events, pid, tid) {
  return events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** Top-level RunTasks (a nested message loop's RunTask is part of its parent's). */
function topTasks(list) {
  const out = [];
  let until = -Infinity;
  for (const e of list) {
    if (e.name !== 'RunTask') continue;
    if (e.ts >= until) {
      out.push(e);
      until = end(e);
    }
  }
  return out;
}

/**
 * `mission-lens:*` measures of one process, on the trace's clock: [start, end] and
 * `call`, when `performance.measure` ran (inside the extension's own task).
 */
export function measuresOf(events, pid) {
  const open = new Map();
  const out = [];
  for (const e of events) {
    if (e.pid !== pid || !e.cat?.includes('blink.user_timing') || !e.name.startsWith('mission-lens:'))
      continue;
    const key = `${e.name}|${e.id2?.local ?? e.id2?.global ?? e.id}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e' && open.has(key)) {
      const b = open.get(key);
      open.delete(key);
      out.push({ name: e.name, start: b.ts, end: e.ts, call: b.args?.callTime ?? e.ts });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A navigation-timing mark of the page (navigationStart, loadEventEnd...) on the trace's clock. */
function markOf(events, pid, name, frame, url) {
  const marks = events.filter(
    (e) =>
      e.pid === pid &&
      e.name === name &&
      e.cat?.includes('blink.user_timing') &&
      (!frame || e.args?.frame === frame) &&
      (name !== 'navigationStart' || e.args?.data?.documentLoaderURL === url),
  );
  return marks.at(-1)?.ts;
}

/**
 * The benchmark's own observer in the page (it tells the harness the annotation is
 * done): its callbacks run in tasks of their own, left out of every figure.
 */
export const HARNESS_FUNCTION = 'benchSawMeasure';
const isHarness = (e) => e.args?.data?.functionName === HARNESS_FUNCTION;

/**
 * What the page's main thread spent in one traced visit.
 * @param {object[]} events trace events
 * @param {{ url: string, extensionOrigin?: string, fromNavigation?: boolean, splitAt?: string }} options
 *   fromNavigation: count from the page's navigationStart (else from the trace's start);
 *   splitAt: also give the figures per segment, each starting with the task in which
 *   the page made a performance mark whose name starts with this (the harness's steps)
 */
export function pageCost(
  events,
  { url, extensionOrigin = 'chrome-extension://', fromNavigation = true, splitAt = null },
) {
  const thread = pageThread(events, url);
  if (!thread) return null;
  const { pid, tid, frame } = thread;
  const list = threadEvents(events, pid, tid);
  // A loop, not Math.min(...): a long trace has more events than a call takes arguments.
  let traceStart = Infinity;
  for (const e of events) if (e.ph !== 'M' && e.ts > 0 && e.ts < traceStart) traceStart = e.ts;
  const navigationStart = fromNavigation ? markOf(events, pid, 'navigationStart', frame, url) : undefined;
  const from = navigationStart ?? traceStart;
  const inWindow = list.filter((e) => e.ts >= from);
  const harness = inWindow.filter(isHarness);
  const holdsHarness = (t) => harness.some((e) => e.ts >= t.ts && e.ts < end(t));
  const allTasks = topTasks(inWindow);
  const tasks = allTasks.filter((t) => !holdsHarness(t));
  const scripts = inWindow.filter(
    (e) =>
      SCRIPT_EVENTS.has(e.name) && !isHarness(e) && !harness.some((h) => h.ts >= e.ts && end(h) <= end(e)),
  );
  const measures = measuresOf(events, pid).filter((m) => m.end >= from);

  // The extension's script: events of its own files, and script events during which it
  // called performance.measure; its tasks are the RunTasks that hold any of those.
  const calls = measures.map((m) => m.call);
  const ours = scripts.filter(
    (e) => urlOf(e).startsWith(extensionOrigin) || calls.some((c) => c >= e.ts && c <= end(e)),
  );
  const ourTasks = tasks.filter((t) => ours.some((e) => e.ts >= t.ts && e.ts < end(t)));

  const span = (xs) => ms(unionLength(xs.map((e) => [e.ts, end(e)])));
  // The same on the thread's own clock (tts, tdur): CPU time, which time the thread
  // spent descheduled on a busy machine does not inflate.
  const cpuSpan = (xs) =>
    ms(unionLength(xs.filter((e) => e.tts !== undefined).map((e) => [e.tts, e.tts + (e.tdur ?? 0)])));
  const cpu = (e) => e.tdur ?? e.dur;
  /** The figures of the tasks (and script) that start in [a, b). */
  const figures = (a, b) => {
    const inside = (e) => e.ts >= a && e.ts < b;
    const t = tasks.filter(inside);
    const x = scripts.filter(inside);
    const o = ours.filter(inside);
    const ot = ourTasks.filter(inside);
    const inOurTasks = (names) =>
      inWindow.filter((e) => names.has(e.name) && inside(e) && ot.some((t) => e.ts >= t.ts && e.ts < end(t)));
    return {
      taskMs: ms(t.reduce((s, e) => s + e.dur, 0)),
      taskCpuMs: ms(t.reduce((s, e) => s + cpu(e), 0)),
      tasks: t.length,
      longestTaskMs: ms(Math.max(0, ...t.map((e) => e.dur))),
      scriptMs: span(x),
      scriptCpuMs: cpuSpan(x),
      specScriptMs: span(x.filter((e) => SPEC_SCRIPT_EVENTS.has(e.name))),
      extScriptMs: span(o),
      extUrlScriptMs: span(o.filter((e) => urlOf(e).startsWith(extensionOrigin))),
      extTaskMs: ms(ot.reduce((s, e) => s + e.dur, 0)),
      // What else the extension's tasks held: style, layout and paint (forced by its script
      // or run after it in the same task), and garbage collection.
      extRenderMs: span(inOurTasks(RENDER_EVENTS)),
      extGcMs: span(inOurTasks(GC_EVENTS)),
      extTasks: ot.length,
      extLongestTaskMs: ms(Math.max(0, ...ot.map((e) => e.dur))),
      extLongestTaskCpuMs: ms(Math.max(0, ...ot.map(cpu))),
    };
  };
  let segments = null;
  if (splitAt) {
    const starts = events
      .filter((e) => e.pid === pid && e.cat?.includes('blink.user_timing') && e.name.startsWith(splitAt))
      .map((e) => allTasks.find((t) => t.ts <= e.ts && e.ts < end(t))?.ts ?? e.ts)
      .sort((a, b) => a - b);
    segments = starts.map((a, i) => figures(a, starts[i + 1] ?? Infinity));
  }

  // Painted highlights: the first Paint on the page's thread after the annotation ends.
  const annotate = measures.filter((m) => m.name === 'mission-lens:annotate').at(0);
  const paint = annotate ? list.find((e) => e.name === 'Paint' && e.ts >= annotate.end) : undefined;
  const loadEventEnd = markOf(events, pid, 'loadEventEnd', frame, url);

  // A renderer can join the trace late (a process started for the navigation): a trace
  // without the page's navigation mark or its HTML parse is missing the page's start.
  const complete =
    !fromNavigation ||
    (navigationStart !== undefined && inWindow.some((e) => e.name === 'ParseHTML' && urlOf(e) === url));
  return {
    pid,
    complete,
    ...figures(from, Infinity),
    segments,
    measures: measures.map((m) => ({ name: m.name, ms: ms(m.end - m.start) })),
    // Times from navigation start, on the trace's clock.
    loadEventEndMs: loadEventEnd === undefined ? null : ms(loadEventEnd - from),
    annotateEndMs: annotate ? ms(annotate.end - from) : null,
    paintedMs: paint ? ms(end(paint) - from) : null,
  };
}

/**
 * The extension's service worker: top-level tasks on every "ServiceWorker thread" (a
 * stopped worker comes back on a new one), and its `mission-lens:analyze` measures if it
 * makes them. Its script events undercount: a message is dispatched to the worker's
 * listeners in a "Receive mojo message" task with no FunctionCall, so the tasks are the
 * figure to read. The pages here register no workers of their own.
 */
export function workerCost(events) {
  const { threads } = threadNames(events);
  let taskUs = 0;
  let scriptUs = 0;
  let count = 0;
  const pids = new Set();
  for (const [key, name] of threads) {
    if (name !== 'ServiceWorker thread') continue;
    const [pid, tid] = key.split(':').map(Number);
    const list = threadEvents(events, pid, tid);
    if (!list.length) continue;
    count++;
    pids.add(pid);
    taskUs += topTasks(list).reduce((s, t) => s + t.dur, 0);
    scriptUs += unionLength(list.filter((e) => SCRIPT_EVENTS.has(e.name)).map((e) => [e.ts, end(e)]));
  }
  const analyze = [...pids]
    .flatMap((pid) => measuresOf(events, pid))
    .filter((m) => m.name === 'mission-lens:analyze');
  return {
    threads: count,
    taskMs: ms(taskUs),
    scriptMs: ms(scriptUs),
    analyzeMs: analyze.length ? ms(analyze.reduce((s, m) => s + m.end - m.start, 0)) : null,
  };
}
