// JobPosting JSON-LD as pages really ship it, and as a hostile page could.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseFragment } from '../../../scripts/node-dom.ts';
import { GENERIC_READER } from '../../../src/core/extract/generic.ts';
import {
  MAX_SCRIPT_CHARS,
  MAX_TOTAL_CHARS,
  nestsDeeperThan,
  parseJsonSafely,
  readJsonLd,
} from '../../../src/core/extract/json-ld.ts';
import { readPosting } from '../../../src/core/extract/read-posting.ts';
import { urlFacts } from '../../../src/sites/posting-urls.ts';

const LONG =
  'Harbor Clinics provides primary care to uninsured adults in Baltimore through six community clinics. ';
const page = (...scripts: string[]) =>
  parseDocument(
    `<!doctype html><html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body><h1>x</h1></body></html>`,
  );
const one = (doc: Document) => {
  const r = readJsonLd(doc, parseFragment);
  if (r.kind !== 'one') throw new Error(`expected one posting, got ${r.kind}`);
  return r.posting;
};
const job = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Nurse Practitioner',
    hiringOrganization: { '@type': 'Organization', name: 'Harbor Clinics' },
    description: `<p>${LONG}</p><p>Second paragraph.</p>`,
    ...extra,
  });

describe('readJsonLd', () => {
  it('reads one object, with HTML description as paragraphs', () => {
    const p = one(page(job()));
    expect(p.title).toBe('Nurse Practitioner');
    expect(p.company).toBe('Harbor Clinics');
    expect(p.description).toBe(`${LONG.trim()}\n\nSecond paragraph.`);
  });

  it('finds the posting in an array and in an @graph, resolving an @id employer', () => {
    expect(one(page(`[{"@type":"WebPage","name":"x"},${job()}]`)).title).toBe('Nurse Practitioner');
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Organization',
          '@id': '#org',
          name: 'Harbor Clinics',
          industry: 'Hospital & Health Care',
        },
        {
          '@type': 'JobPosting',
          title: 'Nurse Practitioner',
          hiringOrganization: { '@id': '#org' },
          description: LONG,
        },
      ],
    });
    const p = one(page(graph));
    expect(p.company).toBe('Harbor Clinics');
    expect(p.industry).toBe('Hospital & Health Care');
  });

  it('accepts @type as an array or a full IRI', () => {
    expect(one(page(job({ '@type': ['JobPosting', 'Thing'] }))).title).toBe('Nurse Practitioner');
    expect(one(page(job({ '@type': 'http://schema.org/JobPosting' }))).title).toBe('Nurse Practitioner');
  });

  it('reads the employer from a string, an object or an array, with its own description and industry', () => {
    expect(one(page(job({ hiringOrganization: 'Harbor Clinics' }))).company).toBe('Harbor Clinics');
    expect(one(page(job({ hiringOrganization: [{ name: 'Harbor Clinics' }] }))).company).toBe(
      'Harbor Clinics',
    );
    const p = one(
      page(
        job({
          hiringOrganization: {
            name: 'Harbor Clinics',
            description: '<p>A nonprofit health centre.</p>',
            industry: 'Healthcare',
          },
          industry: ['Hospitals', 'Primary care'],
          occupationalCategory: { '@type': 'CategoryCode', name: '29-1171.00 Nurse Practitioners' },
        }),
      ),
    );
    expect(p.employerDescription).toBe('A nonprofit health centre.');
    expect(p.industry).toBe('Hospitals, Primary care, Healthcare');
    expect(p.occupationalCategory).toBe('29-1171.00 Nurse Practitioners');
  });

  it('decodes entity-encoded and double-encoded HTML descriptions and titles', () => {
    const encoded = `&lt;p&gt;${LONG}&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One&lt;/li&gt;&lt;li&gt;Two&lt;/li&gt;&lt;/ul&gt;`;
    expect(one(page(job({ description: encoded }))).description).toBe(`${LONG.trim()}\n\nOne\nTwo`);
    const twice = `&amp;lt;p&amp;gt;R&amp;amp;D &amp;amp; care&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;${LONG}&amp;lt;/p&amp;gt;`;
    expect(one(page(job({ description: twice }))).description).toBe(`R&D & care\n\n${LONG.trim()}`);
    expect(one(page(job({ title: 'R&amp;amp;D Nurse &#8211; Nights' }))).title).toBe('R&D Nurse – Nights');
  });

  it('keeps the paragraphs of a plain-text description', () => {
    const p = one(page(job({ description: `${LONG}\nLine two.\n\nParagraph two.` })));
    expect(p.description).toBe(`${LONG.trim()}\nLine two.\n\nParagraph two.`);
  });

  it('builds the location from addresses and remote work', () => {
    const p = one(
      page(
        job({
          jobLocation: [
            {
              '@type': 'Place',
              address: { addressLocality: 'Baltimore', addressRegion: 'MD', addressCountry: { name: 'US' } },
            },
            { '@type': 'Place', address: 'Towson, MD' },
          ],
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
        }),
      ),
    );
    expect(p.location).toBe('Remote (USA); Baltimore, MD, US; Towson, MD');
  });

  it('skips broken JSON and repairs the usual breakage', () => {
    expect(readJsonLd(page('{"@type": "JobPosting", "title": '), parseFragment)).toEqual({ kind: 'none' });
    expect(one(page(`<!--${job()}-->`)).title).toBe('Nurse Practitioner');
    expect(one(page(job().replace('"title"', '\n"title"').replace('}', ',}'))).title).toBe(
      'Nurse Practitioner',
    );
    const rawNewline = job().replace('Second paragraph.', 'Second\nparagraph.');
    expect(one(page(rawNewline)).description).toContain('Second paragraph.');
    // one broken script does not hide a good one
    expect(one(page('{broken', job())).title).toBe('Nurse Practitioner');
  });

  it('skips scripts over the size bound', () => {
    const huge = job({ padding: 'x'.repeat(MAX_SCRIPT_CHARS) });
    expect(readJsonLd(page(huge), parseFragment)).toEqual({ kind: 'none' });
  });

  it('stops at a depth limit', () => {
    let deep: unknown = JSON.parse(job());
    for (let i = 0; i < 50; i++) deep = { '@type': 'Thing', child: deep };
    expect(readJsonLd(page(JSON.stringify(deep)), parseFragment)).toEqual({ kind: 'none' });
  });

  it('skips a script nested deeper than any posting, before parsing it', () => {
    const deep = `${'['.repeat(100_000)}${job()}${']'.repeat(100_000)}`;
    expect(readJsonLd(page(deep), parseFragment)).toEqual({ kind: 'none' });
    // Brackets inside strings do not count; the posting beside a deep script is still read.
    expect(nestsDeeperThan('{"a":"[[[[[[[[[[","b":[1]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\"[[[[[[","b":[[[[[1]]]]]}', 3)).toBe(true);
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(readJsonLd(page(deep, job()), parseFragment).kind).toBe('one');
  });

  it('answers as a plain scan of every character does, on any text of brackets and quotes', () => {
    // The reference: depth counted over the whole text, strings and escapes skipped.
    const scan = (source: string, limit: number) => {
      let depth = 0;
      let inString = false;
      for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (inString) {
          if (c === '\\') i++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '[' || c === '{') {
          if (++depth > limit) return true;
        } else if (c === ']' || c === '}') depth--;
      }
      return false;
    };
    const text = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', ','), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (source, limit) => {
        expect(nestsDeeperThan(source, limit)).toBe(scan(source, limit));
      }),
      { numRuns: 2_000 },
    );
  });

  it('drops __proto__ and constructor keys and pollutes nothing', () => {
    const hostile = `{"@type":"JobPosting","title":"Nurse","__proto__":{"polluted":"yes","title":"Hacked"},"constructor":{"prototype":{"polluted":"yes"}},"hiringOrganization":{"name":"Harbor Clinics","__proto__":{"name":"Evil"}},"description":"<p>${LONG}</p>"}`;
    const parsed = parseJsonSafely(hostile) as Record<string, unknown>;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
    expect(Object.hasOwn(parsed, 'constructor')).toBe(false);
    const p = one(page(hostile));
    expect(p.title).toBe('Nurse');
    expect(p.company).toBe('Harbor Clinics');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores fields of the wrong type instead of failing the posting', () => {
    const p = one(
      page(job({ jobLocation: 42, industry: { nested: { too: 'deep' } }, hiringOrganization: true })),
    );
    expect(p.title).toBe('Nurse Practitioner');
    expect(p.company).toBeNull();
    expect(p.location).toBeNull();
  });

  it('reports several different postings (a list) and merges repeats of one', () => {
    const other = job({ title: 'Medical Assistant' });
    expect(readJsonLd(page(job(), other), parseFragment)).toEqual({ kind: 'many', count: 2 });
    expect(one(page(job(), job())).title).toBe('Nurse Practitioner');
    const list = JSON.stringify({
      '@type': 'ItemList',
      itemListElement: [{ item: JSON.parse(job()) }, { item: JSON.parse(other) }],
    });
    expect(readJsonLd(page(list), parseFragment).kind).toBe('many');
  });
});

describe('readPosting with JSON-LD', () => {
  it('a list in JSON-LD is not a posting', () => {
    const doc = page(job(), job({ title: 'Medical Assistant' }));
    expect(
      readPosting(doc, null, { urlFacts, generic: GENERIC_READER, parseHtml: parseFragment }).posting,
    ).toBeNull();
  });
  it('ignores JSON-LD left over from an earlier job when the board pane shows another one', () => {
    const doc = parseDocument(`<html><head><script type="application/ld+json">${job()}</script></head><body>
      <div class="jobsearch-RightPane"><h2 data-testid="jobsearch-JobInfoHeader-title">Medical Assistant</h2>
      <div data-testid="inlineHeader-companyName">Bay Clinic</div>
      <div id="jobDescriptionText"><p>${LONG}</p><p>Bay Clinic is hiring a medical assistant for its busy family practice.</p></div></div></body></html>`);
    const { posting } = readPosting(doc, 'https://www.indeed.com/jobs?q=ma&vjk=0123abcd', {
      urlFacts,
      generic: false,
      parseHtml: parseFragment,
    });
    expect(posting?.title).toBe('Medical Assistant');
    expect(posting?.company).toBe('Bay Clinic');
    expect(posting?.source).toBe('adapter');
  });
});

describe('a hostile page’s JSON-LD', () => {
  const decoys = (n: number, from = 0) =>
    JSON.stringify(
      Array.from({ length: n }, (_, i) => ({
        '@type': 'JobPosting',
        title: `Decoy role ${from + i}`,
        url: `https://careers.example.org/jobs/${from + i}`,
        hiringOrganization: { name: `Decoy Employer ${from + i}` },
        description: `<p>${LONG}</p>`,
      })),
    );
  const own = job({
    url: 'https://careers.harborclinics.org/jobs/np-42',
    description: `<p>${LONG}</p><p>${LONG}</p>`,
  });

  it('reads the page’s own posting among decoys, by its address or by the title it shows', () => {
    const doc = page(decoys(40), own, decoys(40, 40));
    const byUrl = readJsonLd(doc, parseFragment, {
      url: 'https://careers.harborclinics.org/jobs/np-42/',
      title: null,
    });
    expect(byUrl.kind === 'one' && byUrl.posting.title).toBe('Nurse Practitioner');
    const byTitle = readJsonLd(doc, parseFragment, { url: null, title: 'Nurse Practitioner' });
    expect(byTitle.kind === 'one' && byTitle.posting.company).toBe('Harbor Clinics');
    // Without anything to tell them apart it stays a list, and a list page's heading picks nothing.
    expect(readJsonLd(doc, parseFragment).kind).toBe('many');
    expect(readJsonLd(doc, parseFragment, { url: null, title: 'Roles' }).kind).toBe('many');
  });

  it('reads it through readPosting from the page’s own heading', () => {
    const doc = parseDocument(
      `<html><head><script type="application/ld+json">${decoys(30)}</script><script type="application/ld+json">${own}</script></head><body><h1>Nurse Practitioner</h1></body></html>`,
    );
    const { posting } = readPosting(doc, 'https://careers.harborclinics.org/jobs/np-42', {
      urlFacts,
      generic: GENERIC_READER,
      parseHtml: parseFragment,
    });
    expect(posting?.title).toBe('Nurse Practitioner');
    expect(posting?.company).toBe('Harbor Clinics');
  });

  it('does a bounded amount of work however many postings the scripts hold', () => {
    // 20 scripts of 1,000 postings each: once every posting was compared with every other.
    const scripts = Array.from({ length: 20 }, (_, i) => decoys(1_000, i * 1_000));
    let parses = 0;
    const counting = (html: string) => {
      parses++;
      return parseFragment(html);
    };
    const result = readJsonLd(page(...scripts, own), counting, { url: null, title: 'Nurse Practitioner' });
    // The HTML of one posting at most is parsed (its title, company and description).
    expect(parses).toBeLessThanOrEqual(8);
    // The page's own posting comes after 20,000 decoys and still wins, found by its title.
    expect(result.kind === 'one' && result.posting.title).toBe('Nurse Practitioner');
  });

  it('parses no more than its character budget, and skips what lies beyond it', () => {
    const big = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Big',
      description: 'x'.repeat(MAX_SCRIPT_CHARS - 100),
    });
    let parses = 0;
    const counting = (html: string) => {
      parses++;
      return parseFragment(html);
    };
    const doc = page(...Array.from({ length: 20 }, () => big));
    expect(readJsonLd(doc, counting).kind).toBe('one');
    expect(parses).toBeLessThanOrEqual(8);
    expect(MAX_TOTAL_CHARS).toBeLessThan(3 * MAX_SCRIPT_CHARS);
  });
});
