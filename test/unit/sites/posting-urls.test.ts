// The boot's URL table (src/sites/posting-urls.ts) against the adapters: the same boards
// in the same order, the boot's test and the readers' `urlFacts` giving the same
// answers, and nothing heavier evaluated at boot.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/sites/adapters.ts';
import {
  boardUrlsFor,
  isPostingOn,
  mightBePosting,
  POSTING_URLS,
  splitSerializedUrl,
  urlFacts,
} from '../../../src/sites/posting-urls.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The answer the readers work from (read-posting.ts, the page layer). */
function fromFacts(url: string, anyHost: boolean): boolean {
  const facts = urlFacts(url);
  if (facts.known) return facts.posting;
  return anyHost ? mightBePosting(url, { anyHost: true }) : false;
}

const URLS = [
  'https://www.linkedin.com/jobs/view/4100000001/',
  'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=nurse',
  'https://www.linkedin.com/jobs/search/?keywords=nurse',
  'https://www.linkedin.com/feed/',
  'https://LINKEDIN.com/jobs/view/1',
  'https://notlinkedin.com/jobs/view/1',
  'https://www.indeed.com/jobs?q=nurse&l=Boston&vjk=3f2a1b0c9d8e7f60',
  'https://boards.greenhouse.io/embed/job_app?for=acme&token=5123456',
  'https://www.acme.example/careers/?gh_jid=5123456',
  'https://jobs.eu.lever.co/acme/0b9f6a3e-2c4d-4e5f-8a7b-1c2d3e4f5a6b',
  'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Boston-MA/Data-Scientist_R-1234',
  'https://www.glassdoor.de/job-listing/x',
  'https://nz.seek.com/job/1',
  'https://www.seek.co.nz/nurse-jobs?jobId=9',
  'https://www.larkspur.example/jobs/nurse-123',
  'ftp://www.linkedin.com/jobs/view/1',
  'not a url',
];

describe('the posting-URL table', () => {
  it('lists every adapter, in the same order, so each board the table knows can be read', () => {
    expect(POSTING_URLS.map((p) => p.board)).toEqual(ADAPTERS.map((a) => a.board));
  });

  it('answers at boot as the readers do', () => {
    for (const url of URLS) {
      expect(mightBePosting(url), url).toBe(fromFacts(url, false));
      expect(mightBePosting(url, { anyHost: true }), url).toBe(fromFacts(url, true));
    }
  });

  it('answers the same for an address already parsed (the page location)', () => {
    for (const url of URLS) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(url);
      } catch {
        continue;
      }
      expect(mightBePosting(parsed), url).toBe(mightBePosting(url));
      expect(mightBePosting(parsed, { anyHost: true }), url).toBe(mightBePosting(url, { anyHost: true }));
    }
    expect(mightBePosting(new URL(`https://www.linkedin.com/jobs/view/1?q=${'a'.repeat(5000)}`))).toBe(false);
  });

  it('turns pages away by substring only where no pattern could match', () => {
    const variants = [
      ...URLS,
      'https://www.linkedin.com/comm/jobs/view/42/',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=42',
      'https://www.linkedin.com/jobs/search-results/?keywords=x&currentJobId=42',
      'https://www.linkedin.com/jobs/search/?CURRENTJOBID=42',
      'https://www.linkedin.com/JOBS/VIEW/42',
      'https://uk.indeed.com/viewjob?jk=abc123',
      'https://www.indeed.com/m/basecamp/viewjob?from=x&JK=ABC123',
      'https://www.indeed.com/cmp/Acme/jobs?jk=abc123',
      'https://www.indeed.com/q-nurse-jobs.html?vjk=0f9e',
      'https://www.indeed.com/jobs?q=nurse',
      'https://www.indeed.com/companies',
    ];
    let rejected = 0;
    for (const url of variants) {
      const address = splitSerializedUrl(url);
      const board = address && boardUrlsFor(address);
      if (!address || !board?.needles) continue;
      const target = address.pathname + address.search;
      const byPatterns = board.postingUrl.some((re) => re.test(target));
      expect(isPostingOn(board, address), url).toBe(byPatterns);
      if (!board.needles.some((n) => target.toLowerCase().includes(n))) rejected++;
    }
    expect(rejected).toBeGreaterThanOrEqual(4); // the search, feed and company pages
  });

  it('splits a serialized URL into the same parts as URL does', () => {
    const extra = [
      'https://user:pw@www.linkedin.com:8443/jobs/view/12/?a=1#top',
      'http://[::1]:5173/jobs/view/1/?x',
      'http://127.0.0.1/?',
      'https://jobs.lever.co',
      'https://EXAMPLE.com/%7Efoo/Jobs?q=a%20b#x?y',
    ];
    for (const url of [...URLS, ...extra]) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        continue;
      }
      const split = splitSerializedUrl(parsed.href);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        expect(split, url).toBeNull();
        continue;
      }
      expect(split, url).toEqual({
        href: parsed.href,
        protocol: parsed.protocol,
        hostname: parsed.hostname,
        pathname: parsed.pathname,
        search: parsed.search,
      });
      expect(mightBePosting(split), url).toBe(mightBePosting(url));
    }
  });

  it('is all the content script evaluates at boot: no adapter, no zod, no polyfill', () => {
    // The bundle is one IIFE: every static import of main.ts is evaluated at boot.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
        const spec = m[1] ?? '';
        if (!spec.startsWith('.')) seen.add(spec);
        else visit(resolve(dirname(file), spec));
      }
      for (const m of source.matchAll(/^import\s+'([^']+)'/gm)) seen.add(m[1] ?? '');
    };
    visit(join(ROOT, 'src/content/main.ts'));
    const files = [...seen].map((f) => f.replace(`${ROOT}/`, '')).sort();
    // The two address tables: which URLs show a posting, and which list jobs (marks).
    const tables = ['src/sites/list-pages.ts', 'src/sites/posting-urls.ts'];
    for (const table of tables) expect(files).toContain(table);
    expect(files.filter((f) => !f.startsWith('src/content/') && !tables.includes(f))).toEqual([]);
  });
});
