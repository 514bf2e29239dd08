// `npm run bench`: how fast the analysis core runs over the whole corpus. Pages are
// parsed once beforehand, so the figure is the analysis itself; parse time is reported
// on its own.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { analyzeDocument, analyzePosting, postingFromText } from '../src/core/analyze.ts';
import { GENERIC_READER } from '../src/core/extract/generic.ts';
import type { Posting } from '../src/core/types.ts';
import { pagePath, readLabels, textPath } from './corpus.ts';
import { canonicalUrl, parseDocument, parseFragment } from './node-dom.ts';

const DURATION_MS = Number(process.env.BENCH_MS ?? 3000);

interface Item {
  id: string;
  run: () => void;
}

const labels = readLabels();
const items: Item[] = [];

let parseMs = 0;
for (const label of labels) {
  const text = await readFile(textPath(label.id), 'utf8');
  const posting: Posting = postingFromText(text);
  items.push({ id: `text/${label.id}`, run: () => analyzePosting(posting) });
  // Only the first 97 postings have a saved page.
  if (!existsSync(pagePath(label.id))) continue;
  const html = await readFile(pagePath(label.id), 'utf8');
  const t0 = performance.now();
  const doc = parseDocument(html);
  parseMs += performance.now() - t0;
  const url = canonicalUrl(doc);
  items.push({
    id: `page/${label.id}`,
    run: () => analyzeDocument(doc, url, { generic: GENERIC_READER, parseHtml: parseFragment }),
  });
}
console.log(
  `parsed ${items.length - labels.length} pages once: ${parseMs.toFixed(0)} ms (${(parseMs / (items.length - labels.length)).toFixed(2)} ms a page)`,
);

// Warm up the JIT before timing.
for (const item of items) item.run();

const slowest = new Map<string, number>();
const itemMs = new Map<string, number>();
const kindMs = { text: 0, page: 0 };
const kindRuns = { text: 0, page: 0 };
let runs = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
while (performance.now() - start < DURATION_MS) {
  for (const item of items) {
    const t = performance.now();
    item.run();
    const ms = performance.now() - t;
    if (ms > (slowest.get(item.id) ?? 0)) slowest.set(item.id, ms);
    itemMs.set(item.id, (itemMs.get(item.id) ?? 0) + ms);
    const kind = item.id.startsWith('text/') ? 'text' : 'page';
    kindMs[kind] += ms;
    kindRuns[kind]++;
    runs++;
  }
}
const elapsed = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
const perSecond = (runs / elapsed) * 1000;
console.log(
  `analyzePosting/analyzeDocument: ${runs} postings in ${(elapsed / 1000).toFixed(2)} s = ${perSecond.toFixed(0)} postings/s (text files and parsed pages)`,
);
// On a shared machine the wall clock counts time spent waiting for a core; CPU time does not.
console.log(
  `  per CPU second: ${((runs / cpuMs) * 1000).toFixed(0)} postings (${(cpuMs / 1000).toFixed(2)} s of CPU, load average ${loadavg()[0]?.toFixed(1)})`,
);
for (const kind of ['text', 'page'] as const) {
  console.log(
    `  ${kind}: ${((kindRuns[kind] / kindMs[kind]) * 1000).toFixed(0)} postings/s (${(kindMs[kind] / kindRuns[kind]).toFixed(2)} ms each)`,
  );
}
const worst = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(`slowest single run: ${worst.map(([id, ms]) => `${id} ${ms.toFixed(2)} ms`).join(', ')}`);
// A single run's maximum is mostly a garbage collection that fell on it; the mean says which postings cost most.
const rounds = runs / items.length;
const costly = [...itemMs].sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log(
  `slowest on average: ${costly.map(([id, ms]) => `${id} ${(ms / rounds).toFixed(2)} ms`).join(', ')}`,
);
