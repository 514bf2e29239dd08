// The pages both benches (bench-page.mjs for Chromium, bench-page-firefox.mjs) visit,
// built from the demo board: the same bytes in both browsers, so their figures compare.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export const demo = (f) => readFileSync(join(ROOT, 'demo/postings', f), 'utf8');
const HARBORLINE = demo('harborline-rn-care-manager.html');
// The description's opening tag. The long posting's extra paragraphs go first, so the
// posting still ends with its own lists and benefits.
const DESCRIPTION_START = 'show-more-less-html__markup--clamp-after-5 relative overflow-hidden">';

/** Plain paragraphs from every demo posting, to grow a description with real-sounding text. */
export function demoParagraphs() {
  const out = [];
  for (const f of readdirSync(join(ROOT, 'demo/postings'))) {
    for (const m of demo(f).matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)) {
      const text = m[2].replace(/<[^>]+>/g, '').trim();
      if (text.split(/\s+/).length >= 8) out.push(text);
    }
  }
  return out;
}

function padded(html, nodes) {
  // "Similar jobs" and "people also viewed" rails: 1 li + 3 elements + 3 texts per card.
  const cards = [];
  for (let i = 0; i < Math.ceil(nodes / 8); i++) {
    cards.push(
      `<li class="similar-card"><a href="/jobs/view/${4300000000 + i}/">Registered Nurse ${i}</a><span>Clinic ${i % 40}</span><span>${i % 30} days ago</span></li>`,
    );
  }
  return html.replace('</body>', `<aside class="padding-rail"><ul>${cards.join('')}</ul></aside></body>`);
}

function longPosting(html, words) {
  const paragraphs = demoParagraphs();
  const extra = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    extra.push(`<p>${p}</p>`);
    count += p.split(/\s+/).length;
  }
  return html.replace(DESCRIPTION_START, `${DESCRIPTION_START}${extra.join('')}`);
}

/**
 * The demo posting as a classic Greenhouse hosted board shows it: #app_body with the
 * title, "at company" and #content, and a JobPosting in JSON-LD, as Greenhouse serves.
 */
function greenhousePosting(html) {
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1]);
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: ld.title,
    hiringOrganization: { '@type': 'Organization', name: ld.hiringOrganization.name },
    jobLocation: ld.jobLocation,
    datePosted: ld.datePosted,
    description: ld.description,
  };
  const json = JSON.stringify(posting).replaceAll('</', '<\\/');
  return `<!doctype html>
<html><head><title>Job Application for ${ld.title} at ${ld.hiringOrganization.name}</title>
<script type="application/ld+json">${json}</script></head>
<body><div id="wrapper"><div id="app_body">
<div id="header"><h1 class="app-title">${ld.title}</h1>
<span class="company-name">at ${ld.hiringOrganization.name}</span>
<div class="location">Ashby Falls, OH</div></div>
<div id="content">${ld.description}</div>
<div id="application"><form id="application_form"><label>First Name</label><input type="text" name="first_name"><button type="submit">Submit Application</button></form></div>
</div></div></body></html>`;
}

export const PAGES = [
  {
    name: 'board page, not a posting (LinkedIn search)',
    url: 'https://www.linkedin.com/jobs/search/?keywords=nurse',
    html: demo('linkedin-search-nurse.html'),
    posting: false,
  },
  {
    name: 'demo posting (LinkedIn)',
    url: 'https://www.linkedin.com/jobs/view/4100000001/',
    html: HARBORLINE,
    posting: true,
  },
  {
    name: 'demo posting at a Greenhouse job address (JSON-LD)',
    url: 'https://boards.greenhouse.io/harborline/jobs/4100000001',
    html: greenhousePosting(HARBORLINE),
    posting: true,
    markRoot: '#content',
  },
  {
    name: 'posting padded to ~5,000 nodes',
    url: 'https://www.linkedin.com/jobs/view/4100000011/',
    html: padded(HARBORLINE, 4_300),
    posting: true,
  },
  {
    name: '10,000-word posting',
    url: 'https://www.linkedin.com/jobs/view/4100000012/',
    html: longPosting(HARBORLINE, 10_000),
    posting: true,
  },
];
