// The reader for career pages no adapter knows: a title in an `h1`, the largest block
// of prose as the description, the company from the page's own markup or <title>, and
// signs that this is one job (an apply control, job-ad section headings) rather than
// a list of jobs. Cheap checks come first so most non-postings cost a few queries.
import { anyMatches, pageTitle, readBlocks, readLine } from './adapter-read.ts';
import { lineText, textOfElement } from './html-text.ts';

export interface GenericFields {
  title: string | null;
  company: string | null;
  location: string | null;
  description: string;
}

const TITLE = ['h1', '[itemprop="title"]', '.job-title', '[class*="job-title"]', '[class*="jobTitle"]'];
const DESCRIPTION = [
  '[itemprop="description"]',
  '.job-description',
  '#job-description',
  '#jobDescription',
  '.jobDescription',
  '[class*="job-description"]',
  '[class*="jobDescription"]',
  '[id*="job-description"]',
  '[class*="job-details"]',
  '[class*="posting-description"]',
];
const COMPANY = [
  '[itemprop="hiringOrganization"] [itemprop="name"]@content',
  '[itemprop="hiringOrganization"] [itemprop="name"]',
  '[itemprop="hiringOrganization"]',
  '.company',
  '.company-name',
  '[class*="company-name"]',
  '[class*="companyName"]',
  '[class*="employer-name"]',
];
const LOCATION = [
  '[itemprop="jobLocation"]',
  '.job-location',
  '[class*="job-location"]',
  '[class*="jobLocation"]',
  '.location',
];
const DROP = ['h1', 'nav', 'header', 'footer', 'form', 'aside', '[role="navigation"]', '.apply'];

const MIN_DESCRIPTION = 200;
const APPLY =
  /^\s*(?:apply|apply now|apply for (?:this|the) (?:job|role|position)|apply online|submit (?:your )?application|i'?m interested)\b/i;
const JOB_HEADING =
  /^(?:about (?:the|this) (?:role|job|position|opportunity)|about you|the role|job (?:summary|description|purpose|overview)|(?:key )?responsibilities|duties|what you(?:'|’)?ll (?:do|bring)|what you will (?:do|bring)|who you are|(?:minimum |preferred |required )?qualifications|requirements|skills|experience|benefits|what we offer|position summary|essential functions)\b/im;
const JOB_LINK =
  /(?:\/jobs?\/[^/?#]+|[?&](?:gh_jid|jobId|jk|jid)=|\/careers?\/[^/?#]+\/[^/?#]+|\/positions?\/|\/vacanc|\/openings?\/|\/job-listing\/|\/requisitions?\/)/i;

function count(root: ParentNode, selector: string, test: (el: Element) => boolean, limit: number): number {
  let n = 0;
  const all = root.querySelectorAll(selector);
  for (let i = 0; i < all.length && i < limit; i++) if (test(all[i]!)) n++;
  return n;
}

/** Distinct links to job pages: a page with many of them is a list of jobs. */
function jobLinks(root: ParentNode): Set<string> {
  const hrefs = new Set<string>();
  const anchors = root.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < 2000; i++) {
    const href = anchors[i]!.getAttribute('href') ?? '';
    if (JOB_LINK.test(href)) hrefs.add(href.replace(/#.*$/, ''));
  }
  return hrefs;
}

/** The block holding most paragraph text: each `p`/`li` credits its parent, half to the grandparent. */
function largestProse(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const paras = doc.querySelectorAll('p, li, dd');
  for (let i = 0; i < paras.length && i < 3000; i++) {
    const p = paras[i]!;
    const length = (p.textContent ?? '').trim().length;
    if (length < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && grand.tagName !== 'BODY') scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && !el.closest('nav, footer, header, aside')) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').length || 1;
  let linked = 0;
  const anchors = el.querySelectorAll('a');
  for (let i = 0; i < anchors.length && i < 500; i++) linked += (anchors[i]!.textContent ?? '').length;
  return linked / total;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "Title - Company", "Title at Company", "Title | Company": the part that is not the title. */
export function companyFromPageTitle(page: string, title: string | null): string | null {
  if (!page || !title) return null;
  const parts = page.split(/\s+(?:[-–—|•·]|at|@)\s+/i);
  if (parts.length < 2) return null;
  const key = squash(title);
  const index = parts.findIndex((p) => squash(p) === key);
  const rest = index >= 0 ? parts.filter((_, i) => i !== index) : [];
  const company = rest.find((p) => !/^(?:careers?|jobs?|job board|home|apply)$/i.test(p.trim()));
  return company?.trim() || null;
}

function siteName(doc: Document): string | null {
  const raw = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  const name = raw
    .replace(/\s*[-–|]?\s*(?:careers?|jobs?|job openings|career site)\s*$/i, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return name ? name.slice(0, 200) : null;
}

/** Whether this document reads as a list of jobs (a search or careers index), not one job. */
export function looksLikeJobList(doc: Document, description: Element | null): boolean {
  const links = jobLinks(doc);
  if (links.size < 6) return false;
  if (!description) return true;
  // A posting page may list "similar jobs" beside the description, never inside it.
  return jobLinks(description).size >= 4 || linkDensity(description) > 0.35;
}

export function readGeneric(doc: Document): GenericFields | null {
  const title = readLine(doc, TITLE);
  if (!title || title.length > 200) return null;

  let block: Element | null = null;
  for (const selector of anyMatches(doc, DESCRIPTION) ? DESCRIPTION : []) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').trim().length >= MIN_DESCRIPTION) {
      block = el;
      break;
    }
  }
  block ??= largestProse(doc);
  if (!block || looksLikeJobList(doc, block)) return null;
  if (linkDensity(block) > 0.35) return null;

  const skip = new Set<Element>();
  for (const selector of DROP) for (const el of Array.from(block.querySelectorAll(selector))) skip.add(el);
  const description = textOfElement(block, skip);
  if (description.length < MIN_DESCRIPTION) return null;

  const applies = count(
    doc,
    'a, button, input[type="submit"]',
    (el) => APPLY.test(lineText(el, 80) || (el.getAttribute('value') ?? '')),
    1500,
  );
  const headings = JOB_HEADING.test(description);
  if (applies === 0 && !headings) return null;
  // Several apply controls each with its own job link is a list with quick-apply buttons.
  if (applies > 4 && jobLinks(doc).size > 4) return null;

  const company = readLine(doc, COMPANY) ?? companyFromPageTitle(pageTitle(doc), title) ?? siteName(doc);
  const location = readLine(doc, LOCATION);
  return {
    title,
    company: company && company.length <= 200 ? company : null,
    location: location && location.length <= 150 ? location : null,
    description,
  };
}

/** Reads a description block by the generic selectors only (used to fill what JSON-LD lacked). */
export function readGenericDescription(doc: Document): string {
  return readBlocks(doc, DESCRIPTION, DROP);
}

/** The generic reader as `readPosting` takes it (it does not import this file itself). */
export const GENERIC_READER = { readGeneric, readGenericDescription } as const;
export type GenericReader = typeof GENERIC_READER;
