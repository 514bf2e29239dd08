// The generic career-page reader: one job on a company's own page is read; lists,
// search results and "about us" pages are not.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { companyFromPageTitle, GENERIC_READER } from '../../../src/core/extract/generic.ts';
import { readPosting } from '../../../src/core/extract/read-posting.ts';
import { urlFacts } from '../../../src/sites/posting-urls.ts';
import { DOMS } from '../sites/dom.ts';

const here = dirname(fileURLToPath(import.meta.url));
const load = (name: string) => readFileSync(join(here, 'fixtures', name), 'utf8');
const URL_OF = (name: string) =>
  `https://careers.larkspur.example/careers/openings/${name.replace('.html', '')}`;

for (const dom of DOMS) {
  describe(`generic reader (${dom.name})`, () => {
    const read = (name: string, generic = true) =>
      readPosting(dom.parse(load(name)), URL_OF(name), {
        urlFacts,
        generic: generic && GENERIC_READER,
        parseHtml: dom.parseHtml,
      });

    it('reads a career-site posting: h1 title, company from <title>, headed sections', () => {
      const { board, posting } = read('career-posting.html');
      expect(board).toBe('career-site');
      expect(posting?.source).toBe('generic');
      expect(posting?.title).toBe('Care Coordinator');
      expect(posting?.company).toBe('Larkspur Health');
      expect(
        posting?.description.startsWith('Columbus, OH · Full time\n\nAbout the role\n\nLarkspur Health runs'),
      ).toBe(true);
      expect(posting?.description).toContain('Responsibilities\n\nCall patients after discharge');
      expect(posting?.description).not.toContain('Similar jobs');
      expect(posting?.description).not.toContain('Apply now');
    });

    it('reads nothing on an unknown site unless asked', () => {
      expect(read('career-posting.html', false)).toEqual({ board: 'career-site', posting: null });
    });

    it.each(['career-list.html', 'company-page.html', 'search-results.html'])(
      '%s is not a posting',
      (name) => {
        expect(read(name).posting).toBeNull();
      },
    );
  });
}

describe('companyFromPageTitle', () => {
  it.each([
    ['Data Scientist - Acme Health', 'Data Scientist', 'Acme Health'],
    ['Data Scientist at Acme Health', 'Data Scientist', 'Acme Health'],
    ['Acme Health | Data Scientist', 'Data Scientist', 'Acme Health'],
    ['Data Scientist | Careers | Acme Health', 'Data Scientist', 'Acme Health'],
    ['Data Scientist', 'Data Scientist', null],
    ['Something Else - Acme Health', 'Data Scientist', null],
  ])('%s', (page, title, company) => {
    expect(companyFromPageTitle(page, title)).toBe(company);
  });
});
