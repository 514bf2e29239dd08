// The pages both benches (bench-page.mjs for Chromium, bench-page-firefox.mjs) visit,
// built from the demo board: the same bytes in both browsers, so their figures compare.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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
export function greenhousePosting(html) {
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

/** The companies saved before the list page's visits: every tenth card's. */
export const LIST_SAVED = Array.from({ length: 10 }, (_, i) => `Riverside Care Group ${i * 10}`);

/**
 * A LinkedIn search-results page of `count` job cards, as the logged-in app lays them
 * out (list item, card, title link, company line, place and age, an insight line).
 * Every tenth card is a company of LIST_SAVED, the rest are other names.
 */
function searchResults(count) {
  const cards = [];
  for (let i = 0; i < count; i++) {
    const company = i % 10 === 0 ? `Riverside Care Group ${i}` : `Northfield Clinic ${i}`;
    cards.push(
      `<li class="jobs-search-results__list-item" data-occludable-job-id="${4500000000 + i}"><div class="job-card-container job-card-list"><div class="artdeco-entity-lockup"><div class="artdeco-entity-lockup__title"><a class="job-card-list__title" href="/jobs/view/${4500000000 + i}/">Care Manager ${i}</a></div><div class="artdeco-entity-lockup__subtitle"><span>${company}</span></div><div class="artdeco-entity-lockup__caption"><ul class="job-card-container__metadata-wrapper"><li>Columbus, OH (Hybrid)</li></ul></div></div><ul class="job-card-list__footer-wrapper"><li><time>${i % 14} days ago</time></li><li>${(i * 7) % 90} applicants</li></ul></div></li>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>Care manager jobs | LinkedIn</title>
<style>body{margin:0;font:14px system-ui,sans-serif}.jobs-search-results-list{list-style:none;margin:0;padding:0;width:560px}.job-card-container{padding:12px 16px;border-bottom:1px solid #e0e0e0}ul{list-style:none;padding:0;margin:0}</style></head>
<body><header style="height:52px;border-bottom:1px solid #ddd">LinkedIn · Jobs</header><main><ul class="jobs-search-results-list">${cards.join('')}</ul></main></body></html>`;
}

export const PAGES = [
  {
    name: 'board page, not a posting (LinkedIn search)',
    url: 'https://www.linkedin.com/jobs/search/?keywords=nurse',
    html: demo('linkedin-search-nurse.html'),
    posting: false,
  },
  {
    name: '100-card search results, 10 of their companies saved (LinkedIn)',
    url: 'https://www.linkedin.com/jobs/search/?keywords=care%20manager&start=25',
    html: searchResults(100),
    posting: false,
    // The list holds LIST_SAVED during these visits (and only these), so the marks are drawn.
    savedCompanies: LIST_SAVED,
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

/**
 * The demo posting, where the warm-up visits and the cold/warm paint runs go: found by
 * name, since a page added to PAGES before it once moved those runs to a list page.
 */
export const DEMO_POSTING = PAGES.find((p) => p.name === 'demo posting (LinkedIn)');
if (!DEMO_POSTING?.posting) throw new Error('bench-pages.mjs: the demo posting is missing');

/**
 * Run in the extension (its worker, or one of its pages in Firefox): makes the saved list
 * exactly `names`, each an applied company with no posting, so a list page has marks to draw.
 */
export async function seedListInExtension(names) {
  const all = await chrome.storage.local.get(null);
  await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('list:c:')));
  const now = Date.now();
  const entries = names.map((name) => {
    const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const entry = {
      id,
      name,
      status: 'applied',
      statusHistory: [{ status: 'applied', at: now }],
      notes: '',
      tags: [],
      answers: {},
      postings: [],
      createdAt: now,
      updatedAt: now,
    };
    return [`list:c:${id}`, { v: 1, entry }];
  });
  await chrome.storage.local.set(Object.fromEntries(entries));
}

/**
 * What a page loads of the extension's scripts, gzipped at level 9. `boot`: the files the
 * manifest's content scripts list, which every board page loads. `posting`: those plus
 * the web-accessible scripts the content script imports once a posting or a job list
 * shows (the page layer). `onRequest`: the other scripts beside them, injected only when
 * the user asks ("analyse this page anyway"), listed and not counted.
 */
export function scriptSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const boot = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const layer = [
    ...new Set((manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? [])),
  ].filter((file) => file.endsWith('.js'));
  const size = (file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, kB: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 };
  };
  const total = (files) => files.reduce((s, f) => s + f.gzipKb, 0);
  const dirs = [...new Set([...boot, ...layer].map((file) => dirname(file)))];
  const others = dirs.flatMap((dir) =>
    readdirSync(join(dist, dir))
      .map((name) => join(dir, name))
      .filter((file) => file.endsWith('.js') && !boot.includes(file) && !layer.includes(file)),
  );
  const files = [...boot, ...layer].map(size);
  return {
    files,
    bootKb: total(files.filter((f) => boot.includes(f.file))),
    /** What a posting page loads: the target's figure. */
    gzipKb: total(files),
    onRequest: others.map(size),
  };
}
