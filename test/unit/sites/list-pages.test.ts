// Which pages are list pages, and the company each job card names, on the boards'
// dated search-page fixtures (the same files the posting adapters are tested on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCards } from '../../../src/content/marks/cards.ts';
import { LIST_PAGES, listPageOf } from '../../../src/sites/list-pages.ts';

const FIXTURES = join(import.meta.dirname, '../../../src/sites/fixtures');
const parse = (file: string) =>
  new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');

describe('list pages', () => {
  it.each([
    ['www.linkedin.com', '/jobs/search/?keywords=nurse', 'linkedin'],
    ['www.linkedin.com', '/jobs/search/?currentJobId=4100000001&keywords=nurse', 'linkedin'],
    ['www.linkedin.com', '/jobs/collections/recommended/', 'linkedin'],
    ['www.indeed.com', '/jobs?q=medical+coder&l=Remote', 'indeed'],
    ['uk.indeed.com', '/q-nurse-jobs.html', 'indeed'],
    ['www.seek.com.au', '/nurse-jobs/in-All-Sydney-NSW', 'seek'],
    ['www.seek.com.au', '/jobs?keywords=nurse', 'seek'],
  ])('%s%s is a list page of %s', (host, path, board) => {
    expect(listPageOf(host, path)?.board).toBe(board);
  });

  it.each([
    ['www.linkedin.com', '/jobs/view/4100000001/'],
    ['www.linkedin.com', '/feed/'],
    ['www.indeed.com', '/viewjob?jk=3f2a1b0c9d8e7f60'],
    ['www.seek.com.au', '/job/90000001'],
    ['boards.greenhouse.io', '/acme'],
    ['notlinkedin.com', '/jobs/search/'],
  ])('%s%s is not', (host, path) => {
    expect(listPageOf(host, path)).toBeNull();
  });

  it.each([
    [
      'linkedin',
      'linkedin-search-pane.html',
      ['Brightwater Health', 'Harbor Valley Hospital', 'Northgate Health Plan'],
    ],
    ['indeed', 'indeed-search-pane.html', ['Lakeshore Physician Partners', 'Prairie Health System']],
    ['seek', 'seek-search-pane.html', ['Coastal Care Nursing', 'Bayside Private Hospital']],
  ])('reads the company of every card on a %s search page', (board, file, names) => {
    const page = LIST_PAGES.find((p) => p.board === board)!;
    expect(readCards(parse(file), page).map((c) => c.name)).toEqual(names);
  });

  it('skips cards that name no company, and reads a long list only so far', () => {
    const page = LIST_PAGES.find((p) => p.board === 'linkedin')!;
    const card = (name: string) =>
      `<div class="job-card-container"><a>Nurse</a><div class="artdeco-entity-lockup__subtitle">${name}</div></div>`;
    const doc = new DOMParser().parseFromString(
      `<body>${card('  Acme\n  Health ')}${card('')}${Array.from({ length: 1_200 }, () => card('X')).join('')}</body>`,
      'text/html',
    );
    const cards = readCards(doc, page);
    expect(cards[0]?.name).toBe('Acme Health');
    expect(cards.length).toBe(999);
  });
});
