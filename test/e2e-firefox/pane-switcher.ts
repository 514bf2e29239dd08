// A LinkedIn-style search page whose pane swaps jobs in place (the fixture plus a page
// script standing in for the board's own app, as in test/e2e/pane.e2e.ts), the jobs it
// swaps in, and a tally of the highlights as the page sees them.
import type { Page } from 'puppeteer-core';
import { type Job, job } from '../e2e-shared/pane-jobs.ts';
import { readText } from './harness.ts';

export { type Job, job };

export const PANE_URL = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=nurse';

/** Whether a URL is the pane's page (any job in it) or the feed it can leave for in-app. */
export const onPanePage = (u: URL) => u.pathname.startsWith('/jobs/search') || u.pathname === '/feed/';

// Swaps the pane's job in place and updates the address, as the board's app does.
const SWITCHER = `<script>
window.showJob = (job) => {
  const u = new URL(location.href); u.searchParams.set('currentJobId', job.id); history.pushState({}, '', u);
  setTimeout(() => {
    document.querySelector('.job-details-jobs-unified-top-card__job-title h1').textContent = job.title;
    document.querySelector('.job-details-jobs-unified-top-card__company-name').textContent = job.company;
    const d = document.querySelector('#job-details');
    d.replaceChildren(...job.paragraphs.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
  }, 20);
};
window.goFeed = () => {
  history.pushState({}, '', '/feed/');
  document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Your feed' }));
};
</script>`;

export const paneHtml = () =>
  readText('src/sites/fixtures/linkedin-search-pane.html').replace('</body>', `${SWITCHER}</body>`);

export const showJob = (page: Page, next: Job) =>
  page.evaluate((j) => (window as unknown as { showJob: (j: Job) => void }).showJob(j), next);

export interface Tally {
  ranges: number;
  /** Whether every range starts in a connected node inside the pane. */
  allInPane: boolean;
  texts: string[];
}

/** The Mission Lens highlight ranges the page has now. */
export const tally = (page: Page): Promise<Tally> =>
  page.evaluate(() => {
    const pane = document.querySelector('#job-details');
    const texts: string[] = [];
    let allInPane = true;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('mission-lens')) continue;
      for (const r of h) {
        texts.push((r as Range).toString());
        const node = (r as Range).startContainer;
        if (!node.isConnected || !pane?.contains(node)) allInPane = false;
      }
    }
    return { ranges: texts.length, allInPane, texts };
  });
