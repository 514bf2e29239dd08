// The content script reading postings at their real board addresses (routed fixtures):
// every board fixture gives in Chromium exactly what the same core gives in Node, and
// the single-page boards (LinkedIn, Indeed) switch jobs in their pane without a reload
// and without a stale result.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, parseFragment } from '../../scripts/node-dom.ts';
import { analyzeDocument } from '../../src/core/analyze.ts';
import { fixtureUrl, matches } from '../e2e-shared/board-fixtures.ts';
import {
  type Extension,
  launchExtension,
  ROOT,
  servePage,
  tabIdOf,
  tabState,
  waitForState,
} from './harness.ts';

const FIXTURES = join(ROOT, 'src/sites/fixtures');

describe('board fixtures at their real addresses', () => {
  let ext: Extension;
  let patterns: string[];
  beforeAll(async () => {
    ext = await launchExtension();
    const m = JSON.parse(readFileSync(join(ROOT, 'dist/chrome/manifest.json'), 'utf8'));
    patterns = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  });
  afterAll(async () => ext?.close());

  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it.each(files)('%s reads the same in Chromium as in Node', async (file) => {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const url = fixtureUrl(html);
    expect(url, 'fixture names its address').toBeTruthy();
    const node = analyzeDocument(parseDocument(html), url, {
      generic: false,
      parseHtml: parseFragment,
    }).analysis;
    const page = await ext.context.newPage();
    await servePage(ext, url!, html);
    await page.goto(url!);
    const tabId = await tabIdOf(ext, page);
    if (!patterns.some((p) => matches(p, url!)) || !node.isJobPosting) {
      // Not a page the content script reads by itself: nothing may be stored for it.
      await page.waitForTimeout(400);
      const state = await tabState(ext, tabId);
      expect(state?.analysis.isJobPosting ?? false).toBe(false);
    } else {
      const state = await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
      expect(state.analysis.title).toBe(node.title);
      expect(state.analysis.company).toBe(node.company);
      expect(state.analysis.board).toBe(node.board);
      expect(state.analysis.healthcare.is).toBe(node.healthcare.is);
      expect(state.analysis.claims.map((c) => c.text)).toEqual(node.claims.map((c) => c.text));
    }
    await page.close();
  });
});

// A page script standing in for the board's own app: it swaps the pane's job in place
// and updates the address with pushState, as LinkedIn and Indeed do.
const SWITCHER = `<script>
window.showJob = (job, param) => {
  const u = new URL(location.href); u.searchParams.set(param, job.id); history.pushState({}, '', u);
  setTimeout(() => {
    document.querySelector(job.titleSel).textContent = job.title;
    document.querySelector(job.companySel).textContent = job.company;
    const d = document.querySelector(job.descSel);
    d.replaceChildren(...job.paragraphs.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
  }, 30);
};
</script>`;

const JOB_B = {
  title: 'Care Navigator, Kidney Program',
  company: 'Riverstone Kidney Partners',
  paragraphs: [
    'Riverstone Kidney Partners is on a mission to transform kidney care for every patient we serve.',
    'We help people with chronic kidney disease start dialysis at home instead of in a clinic, and our patients spent 41% fewer days in hospital last year.',
    'As a Care Navigator you will schedule visits, coordinate with nephrologists and keep patient records current.',
    'Requirements: two years of experience in a clinical setting; excellent communication skills.',
  ],
};
const JOB_C = {
  title: 'Billing Specialist',
  company: 'Summit Ortho Group',
  paragraphs: [
    'Summit Ortho Group is a physician-owned orthopedic practice with twelve clinics.',
    'You will post charges, work denials and answer patient billing questions.',
    'Requirements: three years of medical billing experience.',
  ],
};

const PANES = [
  {
    board: 'linkedin',
    fixture: 'linkedin-search-pane.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=nurse',
    param: 'currentJobId',
    ids: ['4100000002', '4100000003'],
    titleSel: '.job-details-jobs-unified-top-card__job-title h1',
    companySel: '.job-details-jobs-unified-top-card__company-name',
    descSel: '#job-details',
  },
  {
    board: 'indeed',
    fixture: 'indeed-search-pane.html',
    url: 'https://www.indeed.com/jobs?q=medical+coder&l=Remote&vjk=3f2a1b0c9d8e7f60',
    param: 'vjk',
    ids: ['0a0b0c0d0e0f1011', '1a2b3c4d5e6f7081'],
    titleSel: '[data-testid="jobsearch-JobInfoHeader-title"]',
    companySel: '[data-testid="inlineHeader-companyName"]',
    descSel: '#jobDescriptionText',
  },
];

describe.each(PANES)('$board search pane', (pane) => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    const html = readFileSync(join(FIXTURES, pane.fixture), 'utf8').replace('</body>', `${SWITCHER}</body>`);
    await servePage(ext, (u) => u.href.startsWith(pane.url.split('?')[0]!), html);
  });
  afterAll(async () => ext?.close());

  it('follows job switches without a reload and never keeps a stale job', async () => {
    const page = await ext.context.newPage();
    await page.goto(pane.url);
    const tabId = await tabIdOf(ext, page);
    const first = await waitForState(ext, tabId, (s) => s.analysis.isJobPosting);
    expect(first.analysis.title).not.toBe(JOB_B.title);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    const show = (job: typeof JOB_B, id: string) =>
      page.evaluate(
        ([j, p]) => (window as unknown as { showJob: (a: unknown, b: string) => void }).showJob(j, p),
        [
          { ...job, id, titleSel: pane.titleSel, companySel: pane.companySel, descSel: pane.descSel },
          pane.param,
        ] as const,
      );

    await show(JOB_B, pane.ids[0]!);
    const second = await waitForState(ext, tabId, (s) => s.analysis.title === JOB_B.title);
    expect(second.analysis.company).toBe(JOB_B.company);
    expect(second.url).toContain(pane.ids[0]);
    expect(second.analysis.claims.some((c) => c.text.includes('dialysis at home'))).toBe(true);

    // Quick switches: only the last job may remain.
    await show(JOB_C, pane.ids[1]!);
    await show(JOB_B, pane.ids[0]!);
    await show(JOB_C, pane.ids[1]!);
    const last = await waitForState(ext, tabId, (s) => s.analysis.title === JOB_C.title);
    await page.waitForTimeout(600);
    const settled = await tabState(ext, tabId);
    expect(settled?.analysis.title).toBe(JOB_C.title);
    expect(settled?.analysis.company).toBe(JOB_C.company);
    expect(settled?.analysis.claims.some((c) => c.text.includes('dialysis'))).toBe(false);
    expect(last.url).toContain(pane.ids[1]);
    expect(loads).toEqual([]);
  });
});
