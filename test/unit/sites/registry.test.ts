// URL predicates and the adapters as data: which URLs are postings, which boards they
// belong to, and whether the manifest's match patterns cover them.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOARDS } from '../../../src/core/types.ts';
import { ADAPTERS, adapterFor } from '../../../src/sites/adapters.ts';
import {
  ALL_FRAMES_MATCHES,
  BOARD_MATCHES,
  CAREER_SITE_MATCHES,
  CONTENT_SCRIPT_MATCHES,
} from '../../../src/sites/hosts.ts';
import { mightBePosting, POSTING_URLS as POSTING_TABLE, urlFacts } from '../../../src/sites/posting-urls.ts';

const boardForUrl = (url: string | null | undefined) => urlFacts(url).board;
const adapterForUrl = (url: string) => adapterFor(urlFacts(url));

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../src/sites/fixtures');

const POSTING_URLS: [string, string][] = [
  ['linkedin', 'https://www.linkedin.com/jobs/view/4100000001/'],
  ['linkedin', 'https://au.linkedin.com/jobs/view/senior-engineer-at-heidi-4411867124'],
  ['linkedin', 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=nurse'],
  ['linkedin', 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4100000001'],
  ['indeed', 'https://www.indeed.com/viewjob?jk=3f2a1b0c9d8e7f60'],
  ['indeed', 'https://au.indeed.com/viewjob?from=social_other&jk=54f1f8af68d722d2'],
  ['indeed', 'https://www.indeed.com/jobs?q=nurse&l=Boston&vjk=3f2a1b0c9d8e7f60'],
  ['greenhouse', 'https://boards.greenhouse.io/acme/jobs/4012345'],
  ['greenhouse', 'https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc'],
  ['greenhouse', 'https://boards.greenhouse.io/embed/job_app?for=acme&token=5123456'],
  ['greenhouse', 'https://www.acme.example/careers/?gh_jid=5123456'],
  ['lever', 'https://jobs.lever.co/acme/0b9f6a3e-2c4d-4e5f-8a7b-1c2d3e4f5a6b'],
  ['lever', 'https://jobs.lever.co/acme/0b9f6a3e-2c4d-4e5f-8a7b-1c2d3e4f5a6b/apply'],
  ['ashby', 'https://jobs.ashbyhq.com/acme/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'],
  ['workday', 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Boston-MA/Data-Scientist_R-1234'],
  ['workday', 'https://acme.wd1.myworkdayjobs.com/Careers/job/Remote/Nurse_JR0001'],
  ['wellfound', 'https://wellfound.com/jobs/3012345-founding-engineer'],
  ['wellfound', 'https://wellfound.com/company/kindling/jobs/3012345-founding-engineer'],
  ['smartrecruiters', 'https://jobs.smartrecruiters.com/Acme/744000012345678-pharmacy-technician'],
  ['icims', 'https://careers-acme.icims.com/jobs/10234/respiratory-therapist/job'],
  [
    'glassdoor',
    'https://www.glassdoor.com/job-listing/nurse-acme-JV_IC1153800_KO0,5_KE6,10.htm?jl=1009000001',
  ],
  [
    'glassdoor',
    'https://www.glassdoor.com/Job/boston-nurse-jobs-SRCH_IL.0,6_IC1154532_KO7,12.htm?jl=1009000001',
  ],
  ['ziprecruiter', 'https://www.ziprecruiter.com/c/Acme/Job/Home-Health-Aide/-in-Dayton,OH?jid=abc123'],
  ['ziprecruiter', 'https://www.ziprecruiter.com/jobs-search?search=nurse&lk=AbC123-xyz'],
  ['usajobs', 'https://www.usajobs.gov/job/800000001'],
  ['usajobs', 'https://www.usajobs.gov/GetJob/ViewDetails/800000001'],
  ['nhs-jobs', 'https://www.jobs.nhs.uk/candidate/jobadvert/C9123-26-0001'],
  ['seek', 'https://www.seek.com.au/job/90000001'],
  ['seek', 'https://au.seek.com/job/93856863'],
  ['seek', 'https://www.seek.com.au/nurse-jobs?jobId=90000001'],
];

const NOT_POSTING_URLS: [string, string][] = [
  ['linkedin', 'https://www.linkedin.com/feed/'],
  ['linkedin', 'https://www.linkedin.com/'],
  ['linkedin', 'https://www.linkedin.com/company/acme/'],
  ['linkedin', 'https://www.linkedin.com/in/someone/'],
  ['linkedin', 'https://www.linkedin.com/jobs/'],
  ['linkedin', 'https://www.linkedin.com/jobs/search/?keywords=nurse'],
  ['indeed', 'https://www.indeed.com/'],
  ['indeed', 'https://www.indeed.com/jobs?q=nurse&l=Boston'],
  ['indeed', 'https://www.indeed.com/cmp/Acme'],
  ['greenhouse', 'https://boards.greenhouse.io/acme'],
  ['lever', 'https://jobs.lever.co/acme'],
  ['lever', 'https://jobs.lever.co/acme?team=Engineering'],
  ['ashby', 'https://jobs.ashbyhq.com/acme'],
  ['workday', 'https://acme.wd5.myworkdayjobs.com/en-US/External'],
  ['wellfound', 'https://wellfound.com/jobs'],
  ['wellfound', 'https://wellfound.com/company/kindling'],
  ['smartrecruiters', 'https://jobs.smartrecruiters.com/Acme'],
  ['icims', 'https://careers-acme.icims.com/jobs/search?ss=1'],
  ['glassdoor', 'https://www.glassdoor.com/Reviews/index.htm'],
  ['glassdoor', 'https://www.glassdoor.com/Job/boston-nurse-jobs-SRCH_IL.0,6_IC1154532_KO7,12.htm'],
  ['ziprecruiter', 'https://www.ziprecruiter.com/'],
  ['usajobs', 'https://www.usajobs.gov/search/results/?k=nurse'],
  ['nhs-jobs', 'https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse'],
  ['seek', 'https://www.seek.com.au/nurse-jobs'],
  ['seek', 'https://www.seek.com.au/companies/acme'],
];

describe('mightBePosting and boardForUrl', () => {
  it.each(POSTING_URLS)('%s posting: %s', (board, url) => {
    expect(boardForUrl(url)).toBe(board);
    expect(mightBePosting(url)).toBe(true);
  });
  it.each(NOT_POSTING_URLS)('%s not a posting: %s', (board, url) => {
    expect(boardForUrl(url)).toBe(board);
    expect(mightBePosting(url)).toBe(false);
    expect(mightBePosting(url, { anyHost: true })).toBe(false);
  });
  it('leaves other sites alone unless asked', () => {
    const url = 'https://careers.larkspur.example/jobs/care-coordinator-123';
    expect(boardForUrl(url)).toBe('career-site');
    expect(adapterForUrl(url)).toBeNull();
    expect(mightBePosting(url)).toBe(false);
    expect(mightBePosting(url, { anyHost: true })).toBe(true);
    expect(mightBePosting('https://www.larkspur.example/', { anyHost: true })).toBe(false);
    expect(mightBePosting('https://www.larkspur.example/careers/', { anyHost: true })).toBe(false);
  });
  it('takes no address it cannot trust', () => {
    for (const url of [null, undefined, '', 'not a url', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(boardForUrl(url)).toBe('unknown');
      expect(mightBePosting(url, { anyHost: true })).toBe(false);
    }
    expect(boardForUrl(`https://www.linkedin.com/jobs/view/1?${'a'.repeat(5000)}`)).toBe('unknown');
  });
  it('does not mistake a look-alike host for a board', () => {
    expect(boardForUrl('https://notlinkedin.com/jobs/view/1')).toBe('career-site');
    expect(boardForUrl('https://linkedin.com.evil.example/jobs/view/1')).toBe('career-site');
  });
});

/** A match pattern (https://*.host/path*) as a RegExp over a URL without its fragment. */
function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(https|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad match pattern ${pattern}`);
  const [, , host = '', path = ''] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe =
    host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  return new RegExp(`^https://${hostRe}${esc(path).replace(/\*/g, '.*')}$`);
}

describe('manifest match patterns', () => {
  it('are well formed, https only, and never match every site', () => {
    for (const p of [...CONTENT_SCRIPT_MATCHES, ...ALL_FRAMES_MATCHES, ...CAREER_SITE_MATCHES]) {
      expect(() => matchPatternToRegExp(p)).not.toThrow();
      expect(p).not.toBe('<all_urls>');
    }
    for (const p of CONTENT_SCRIPT_MATCHES) expect(p).not.toMatch(/^https:\/\/\*\//);
  });
  it('cover every posting URL of every board', () => {
    const all = [...CONTENT_SCRIPT_MATCHES, ...CAREER_SITE_MATCHES].map(matchPatternToRegExp);
    for (const [, url] of POSTING_URLS) {
      const bare = url.replace(/#.*$/, '');
      expect(
        all.some((re) => re.test(bare)),
        url,
      ).toBe(true);
    }
  });
  it('run in frames where boards frame the posting', () => {
    expect(ALL_FRAMES_MATCHES).toContain('https://boards.greenhouse.io/*');
    expect(ALL_FRAMES_MATCHES).toContain('https://*.icims.com/jobs/*');
  });
});

describe('adapters as data', () => {
  it('one per board, each board known', () => {
    const boards = ADAPTERS.map((a) => a.board);
    expect(new Set(boards).size).toBe(boards.length);
    for (const b of boards) expect(BOARDS).toContain(b);
  });
  it('every adapter has its match patterns, in the same order', () => {
    expect(BOARD_MATCHES.map((m) => m.board)).toEqual(ADAPTERS.map((a) => a.board));
  });
  it.each(ADAPTERS.map((a) => [a.board, a] as const))(
    '%s: valid selectors, a fixture, a posting URL',
    (board, a) => {
      const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
      const selectors = [
        ...(a.root ?? []),
        ...a.title,
        ...a.company,
        ...a.location,
        ...a.description,
        ...(a.drop ?? []),
        ...(a.fingerprint ? [a.fingerprint] : []),
      ].map((s) => s.replace(/@[a-z][a-z0-9_-]*$/i, ''));
      for (const s of selectors) expect(() => doc.querySelector(s), `${board}: ${s}`).not.toThrow();
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.description.length).toBeGreaterThan(0);
      expect(POSTING_TABLE.find((p) => p.board === board)?.hosts.length).toBeGreaterThan(0);
      expect(BOARD_MATCHES.find((m) => m.board === board)?.matches.length).toBeGreaterThan(0);
      const fixtures = readdirSync(FIXTURES).filter((f) => f.startsWith(`${board}-`) && f.endsWith('.html'));
      expect(fixtures.length, `${board} has no fixture`).toBeGreaterThan(0);
      expect(POSTING_URLS.some(([b]) => b === board)).toBe(true);
    },
  );
});
