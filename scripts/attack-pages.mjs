// Attack pages: the demo posting at a Greenhouse job address, as bench-pages.mjs serves
// it, with hostile JSON-LD added: many postings across scripts, huge descriptions, one
// huge script, deep nesting, malformed and `__proto__` data, a list of decoy postings.
// The end-to-end suite (test/e2e/attack-pages.e2e.ts) checks the extension still reads
// the page's own posting and still works after; `npm run bench:attack` measures the
// longest main-thread task on each, with and without the extension.
import { demo, greenhousePosting } from './bench-pages.mjs';

const HARBORLINE = greenhousePosting(demo('harborline-rn-care-manager.html'));
const ld = (data) =>
  `<script type="application/ld+json">${JSON.stringify(data).replaceAll('</', '<\\/')}</script>`;
const withScripts = (scripts) => HARBORLINE.replace('</head>', `${scripts.join('')}</head>`);

function smallPosting(i) {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: `Decoy Role ${i}`,
    hiringOrganization: { '@type': 'Organization', name: `Decoy Employer ${i % 97}` },
    description: `<p>Decoy posting ${i}: we transform healthcare for everyone, every day.</p>`,
    datePosted: '2026-11-01',
  };
}

const postings = (from, count) => Array.from({ length: count }, (_, i) => smallPosting(from + i));
/** As small as a posting gets (about 40 bytes): many of them in few bytes, as the attack run had. */
const tinyPostings = (from, count) =>
  Array.from({ length: count }, (_, i) => ({ '@type': 'JobPosting', title: `Role ${from + i}` }));

function deeplyNested(depth) {
  return `<script type="application/ld+json">${'['.repeat(depth)}{"@type":"JobPosting","title":"Deep"}${']'.repeat(depth)}</script>`;
}

const PROTO = `<script type="application/ld+json">{"@type":"JobPosting","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"title":{"__proto__":{"x":1}},"hiringOrganization":{"__proto__":null,"name":"Proto Co"}}</script>`;
const MALFORMED = [
  '<script type="application/ld+json">{"@type":"JobPosting","title":"Broken",</script>',
  '<script type="application/ld+json">{{{{[[[[</script>',
  '<script type="application/ld+json">null</script>',
  `<script type="application/ld+json">"${'a'.repeat(50_000)}"</script>`,
];

const address = (n) => `https://boards.greenhouse.io/harborline/jobs/${4100000100 + n}`;

/** Each page's name, address, HTML, and the title the reader must still find there. */
export const ATTACK_PAGES = [
  {
    name: 'JSON-LD: 20 scripts of 1,000 postings',
    url: address(1),
    html: withScripts(Array.from({ length: 20 }, (_, s) => ld(tinyPostings(s * 1_000, 1_000)))),
  },
  {
    name: 'JSON-LD: 20 scripts of 5,000 postings',
    url: address(2),
    html: withScripts(Array.from({ length: 20 }, (_, s) => ld(tinyPostings(s * 5_000, 5_000)))),
  },
  {
    name: 'JSON-LD: 10 scripts with a 990 kB description each',
    url: address(3),
    html: withScripts(
      Array.from({ length: 10 }, (_, s) =>
        ld({ ...smallPosting(s), description: `<p>${'We improve access to care. '.repeat(36_600)}</p>` }),
      ),
    ),
  },
  {
    name: 'JSON-LD: 5,000 postings in one script',
    url: address(4),
    html: withScripts([ld(tinyPostings(0, 5_000))]),
  },
  {
    name: 'JSON-LD: one 10 MB script',
    url: address(5),
    html: withScripts([ld({ ...smallPosting(0), description: 'x'.repeat(10_000_000) })]),
  },
  {
    name: 'JSON-LD: 100,000 levels deep, malformed, __proto__ keys',
    url: address(6),
    html: withScripts([deeplyNested(100_000), PROTO, ...MALFORMED]),
  },
  {
    name: 'JSON-LD: the posting among 200 decoys in an ItemList',
    url: address(7),
    html: withScripts([
      ld({
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        itemListElement: postings(0, 200).map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
      }),
    ]),
  },
].map((page) => ({ ...page, posting: true, markRoot: '#content' }));

/** The title every attack page shows (its own posting's). */
export const ATTACK_TITLE = HARBORLINE.match(/<h1 class="app-title">([^<]+)<\/h1>/)[1];
