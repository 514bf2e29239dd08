// Property-based tests over what a hostile page can hand the core and the reader: any
// text or document in, no exception out; claims always inside the description and true
// to it; the same answer twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseFragment } from '../../../scripts/node-dom.ts';
import { analyzeDocument, analyzePosting } from '../../../src/core/analyze.ts';
import { GENERIC_READER } from '../../../src/core/extract/generic.ts';
import { parseJsonSafely, readJsonLd } from '../../../src/core/extract/json-ld.ts';
import type { Posting } from '../../../src/core/types.ts';

// Mission language and payment talk mixed with noise, so claims are actually found.
const PHRASES = [
  'We are on a mission to transform healthcare.',
  'Our clinics served 12,000 uninsured patients in 2024, and visits rose 18%.',
  'Health plans pay us a fixed monthly fee for each member.',
  'You will schedule visits and keep records current.',
  'We believe everyone deserves access to quality care.',
  'Requirements: two years of experience.',
];
const noisyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PHRASES),
      fc.string({ maxLength: 80 }),
      fc.constantFrom('\n', '\n\n', ' ', '.'),
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(' '));

const posting = fc
  .record({
    title: fc.option(fc.string({ maxLength: 120 })),
    company: fc.option(fc.string({ maxLength: 80 })),
    location: fc.option(fc.string({ maxLength: 60 })),
    description: noisyText,
    industry: fc.option(fc.string({ maxLength: 60 })),
    occupationalCategory: fc.option(fc.string({ maxLength: 60 })),
    employerDescription: fc.option(noisyText),
  })
  .map((p): Posting => ({ ...p, board: 'career-site', url: null, source: 'generic' }));

describe('the analysis core, on any posting', () => {
  it('never throws, keeps every claim inside the description, and answers the same twice', () => {
    let claims = 0;
    fc.assert(
      fc.property(posting, (p) => {
        const a = analyzePosting(p);
        claims += a.claims.length;
        for (const c of a.claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(p.description.length);
          expect(c.start).toBeLessThan(c.end);
          expect(p.description.slice(c.start, c.end).replace(/\s+/g, ' ').trim()).toBe(
            c.text.replace(/\s+/g, ' ').trim(),
          );
        }
        expect(analyzePosting(p)).toEqual(a);
      }),
      { numRuns: 150 },
    );
    // The generated postings do hold claims, so the checks above were exercised.
    expect(claims).toBeGreaterThan(50);
  });
});

describe('the reader, on any page', () => {
  const html = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(
          '<p>',
          '</p>',
          '<div>',
          '</div>',
          '<h1>',
          '</h1>',
          '<li>',
          '<br>',
          '<script>',
          '</script>',
          '<!--',
          '-->',
        ),
        fc.constantFrom(...PHRASES),
        fc.json().map((j) => `<script type="application/ld+json">${j}</script>`),
      ),
      { maxLength: 40 },
    )
    .map((parts) => `<!doctype html><html><body>${parts.join('')}</body></html>`);

  it('never throws on any document, with or without the generic reader', () => {
    fc.assert(
      fc.property(html, fc.boolean(), (page, generic) => {
        const doc = parseDocument(page);
        const { analysis } = analyzeDocument(doc, 'https://careers.example.org/jobs/1', {
          generic: generic && GENERIC_READER,
          parseHtml: parseFragment,
        });
        expect(typeof analysis.isJobPosting).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  });

  it('reads any JSON-LD without throwing, and never lets a prototype key through', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ '@type': 'JobPosting', title: v, __proto__: v })),
        ),
        (text) => {
          const parsed = parseJsonSafely(text);
          expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
          if (parsed && typeof parsed === 'object') expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
          const doc = parseDocument(
            `<html><head><script type="application/ld+json">${text.replace(/<\//g, '<\\/')}</script></head></html>`,
          );
          expect(['none', 'one', 'many']).toContain(readJsonLd(doc, parseFragment).kind);
        },
      ),
      { numRuns: 200 },
    );
  });
});
