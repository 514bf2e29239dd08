// Sanity checks for the demo board: every page parses, JSON-LD is valid JSON, canonical matches
// the catalog, no external resources or scripts, description length is realistic.
//   node demo/tools/check.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalog = JSON.parse(readFileSync(join(DEMO_DIR, 'catalog.json'), 'utf8'));

/** Where each board keeps the posting text (mirrors what a site adapter would read). */
const BODY_SELECTOR = {
  linkedin: '.show-more-less-html__markup',
  greenhouse: '#content',
  lever: '.content .section-wrapper.page-full-width:not(.accent-section)',
  'career-site': 'article',
};

let failures = 0;
const fail = (file, msg) => {
  failures++;
  console.error(`FAIL ${file}: ${msg}`);
};

for (const entry of catalog) {
  const html = readFileSync(join(DEMO_DIR, entry.file), 'utf8');
  const { document } = parseHTML(html);
  const f = entry.file;

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const expected = entry.url.replace('{origin}', '');
  if (canonical !== expected) fail(f, `canonical ${canonical} != ${expected}`);

  const ldBlocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
  const postings = [];
  for (const s of ldBlocks) {
    try {
      const obj = JSON.parse(s.textContent);
      if (obj['@type'] === 'JobPosting') postings.push(obj);
    } catch (e) {
      fail(f, `invalid JSON-LD: ${e.message}`);
    }
  }
  if (entry.jsonLd && postings.length !== 1)
    fail(f, `expected one JobPosting JSON-LD, found ${postings.length}`);
  if (!entry.jsonLd && postings.length) fail(f, 'unexpected JobPosting JSON-LD');
  for (const ld of postings) {
    for (const k of [
      'title',
      'description',
      'hiringOrganization',
      'jobLocation',
      'datePosted',
      'employmentType',
    ]) {
      if (!ld[k]) fail(f, `JSON-LD missing ${k}`);
    }
    if (ld.title !== entry.title) fail(f, `JSON-LD title ${ld.title} != ${entry.title}`);
    if (ld.hiringOrganization?.name !== entry.company) fail(f, 'JSON-LD company mismatch');
    if (!ld.hiringOrganization?.sameAs) fail(f, 'JSON-LD hiringOrganization.sameAs missing');
    if (!/^2026-11-\d\d$/.test(ld.datePosted)) fail(f, `datePosted ${ld.datePosted}`);
  }

  for (const s of document.querySelectorAll('script')) {
    if (s.getAttribute('type') !== 'application/ld+json') fail(f, 'non-JSON-LD script');
  }
  for (const el of document.querySelectorAll('img[src], link[href], source[src], iframe, object, embed')) {
    const rel = el.getAttribute('rel');
    if (el.tagName === 'LINK' && rel === 'canonical') continue;
    const src = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
    if (!src.startsWith('data:')) fail(f, `external resource ${el.tagName} ${src}`);
  }
  if (/url\((?!["']?data:)/.test(html) || /@import/.test(html)) fail(f, 'external CSS resource');

  if (entry.isPosting) {
    const container = document.querySelector(BODY_SELECTOR[entry.style]);
    if (!container) {
      fail(f, `no ${BODY_SELECTOR[entry.style]}`);
      continue;
    }
    const words = container.textContent.trim().split(/\s+/).length;
    const text = container.textContent;
    if (words < 400 || words > 900) fail(f, `description has ${words} words`);
    if (!/health insurance/i.test(text)) fail(f, 'no "health insurance" benefit');
    if (!/equal opportunity/i.test(text)) fail(f, 'no EEO paragraph');
    console.log(`ok   ${f.padEnd(55)} ${String(words).padStart(4)} words  ${entry.style}`);
  } else {
    console.log(`ok   ${f.padEnd(55)}   (not a posting)`);
  }
}

const { document: index } = parseHTML(readFileSync(join(DEMO_DIR, 'index.html'), 'utf8'));
const links = new Set([...index.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
for (const entry of catalog) {
  if (!links.has(entry.url.replace('{origin}', ''))) fail('index.html', `no link to ${entry.url}`);
}

if (failures) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
console.log(`all ${catalog.length} pages ok`);
