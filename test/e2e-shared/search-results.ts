// A LinkedIn search-results page, and the marks the extension draws over it, for the
// list-marks tests of both browsers. `drawnMarks` is a plain function to evaluate in the
// marks frame (src/marks/index.html), which covers the viewport, so its boxes are the
// page's viewport coordinates too; the page-side ones are evaluated in the page.
import { expect } from 'vitest';
import { type Box, overlaps, type TextBox } from './page-boxes.ts';

export const SEARCH_URL = 'https://www.linkedin.com/jobs/search/?keywords=care%20manager';

/** Whether `url` is a LinkedIn search-results address (the page below answers them all). */
export const isSearchUrl = (url: URL) => url.href.startsWith('https://www.linkedin.com/jobs/search/');

/** Forty LinkedIn result cards in a scrolling list: Harborline twice, spelled as boards do. */
export function searchPage(): string {
  const names = Array.from({ length: 40 }, (_, i) => `Clinic Group ${i}`);
  names[2] = 'Harborline Community Health Plan, Inc.';
  names[30] = 'HARBORLINE COMMUNITY HEALTH PLAN';
  const cards = names
    .map(
      (name, i) =>
        `<li class="jobs-search-results__list-item"><div class="job-card-container" style="padding:12px;border-bottom:1px solid #ddd"><a class="job-card-list__title" href="/jobs/view/${4400000000 + i}/">Care Manager ${i}</a><div class="artdeco-entity-lockup__subtitle"><span>${name}</span></div><div class="caption">Columbus, OH · ${i % 9} days ago</div></div></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><title>Care manager jobs | LinkedIn</title></head>
<body style="margin:0;font:14px sans-serif"><header style="height:60px">Jobs</header>
<ul class="jobs-search-results-list" style="list-style:none;margin:0;padding:0;width:520px;height:560px;overflow:auto">${cards}</ul></body></html>`;
}

export interface Mark extends Box {
  text: string;
  company: string;
}

/** In the marks frame: every mark it shows, with its text, its card's company and its box. */
export function drawnMarks(): Mark[] {
  return [...document.querySelectorAll<HTMLElement>('.mark')].map((m) => {
    const r = m.getBoundingClientRect();
    return {
      text: m.textContent ?? '',
      company: m.dataset.company ?? '',
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
    };
  });
}

/** In the search page: scrolls the results list so that the 31st card (Harborline again) is in view. */
export function scrollToSecondHarborline(): void {
  const list = document.querySelector('.jobs-search-results-list')!;
  const card = [...list.querySelectorAll('.artdeco-entity-lockup__subtitle')][30]!;
  list.scrollTop = (card as HTMLElement).offsetTop - 200;
}

/** How many elements the page has that are its own (every one but the extension's host). */
export function ownElements(): number {
  return document.querySelectorAll('*:not(mission-lens-host)').length;
}

/**
 * What page script can learn of `mark`: its own elements and the extension's hosts,
 * whether `window.find` finds the mark's text, what hit testing at the mark's centre
 * finds, and whether the page's rendered text holds the mark's text.
 */
export function pageSees(mark: Mark) {
  const [x, y, text] = [(mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2, mark.text];
  return {
    elements: document.querySelectorAll('*:not(mission-lens-host)').length,
    hosts: document.querySelectorAll('mission-lens-host').length,
    found: (window as unknown as { find(s: string): boolean }).find(text),
    hit: document.elementFromPoint(x, y)?.localName,
    // biome-ignore lint/performance/useDomNodeTextContent: what the page renders is the point, not its markup
    text: document.documentElement.innerText.includes(text),
  };
}

/** A mark beside the name it marks: on the name's line just after it, covering none of the page's text (`textBoxes`). */
export function expectBesideName(
  mark: Mark,
  { named, boxes }: { named: TextBox | null; boxes: TextBox[] },
): void {
  expect(named).not.toBeNull();
  expect(mark.left).toBeGreaterThanOrEqual(named!.right);
  expect(mark.left - named!.right).toBeLessThan(16);
  expect(Math.abs((mark.top + mark.bottom) / 2 - (named!.top + named!.bottom) / 2)).toBeLessThan(4);
  for (const box of boxes) expect(overlaps(mark, box), `covers "${box.text}"`).toBe(false);
}

/** What `pageSees` must find: the page's own elements as they were (`elements`) and one host, and nothing of the mark. */
export const seenNothing = (elements: number) => ({
  elements,
  hosts: 1,
  found: false,
  hit: expect.not.stringMatching(/mission-lens/),
  text: false,
});
