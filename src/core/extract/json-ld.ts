// schema.org JobPosting from a page's JSON-LD. The page is hostile: scripts can be
// huge, malformed, deeply nested, or carry `__proto__` keys, so every script is
// bounded, parsed in a try, stripped of prototype keys, walked to a fixed depth, and
// each field is read from `unknown` through type guards (a field of the wrong type reads
// as missing and never costs the others).
import { decodeEntities, textOfHtml } from './html-text.ts';

// Bounds on what a page can make the reader do, whatever its JSON-LD holds: the work
// is linear in the characters parsed (at most MAX_TOTAL_CHARS) and in the JobPosting
// objects found (at most MAX_CANDIDATES, each costing a few string operations); only
// the posting finally chosen is validated and has its HTML description parsed.
export const MAX_SCRIPT_CHARS = 1_000_000;
export const MAX_TOTAL_CHARS = 2_000_000;
const MAX_SCRIPTS = 20;
const MAX_DEPTH = 8;
const MAX_NODES = 5_000;
export const MAX_CANDIDATES = 500;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The fields of one JobPosting, as clean text. */
export interface JsonLdPosting {
  title: string | null;
  company: string | null;
  location: string | null;
  description: string;
  industry: string | null;
  occupationalCategory: string | null;
  employerDescription: string | null;
}

export type JsonLdResult =
  | { kind: 'none' }
  /** Several different postings, none of them the page's own: a list or search page. */
  | { kind: 'many'; count: number }
  | { kind: 'one'; posting: JsonLdPosting };

/** What the page itself shows, to tell its own posting from others in the same data. */
export interface PageHint {
  url: string | null;
  /** The job title the page shows (a board adapter's, or the first heading). */
  title: string | null;
}

type Node = Record<string, unknown>;

/** `value` as an object (not an array), else undefined: every field is read through this. */
const asNode = (value: unknown): Node | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Nesting deeper than this is no posting: the script is skipped before it is parsed. */
const MAX_NESTING = 64;

/**
 * Whether brackets nest deeper than `limit` anywhere in the source, outside strings: one
 * pass over the characters, so a script of 100,000 nested arrays costs a scan, not a
 * JSON.parse that runs for tens of milliseconds in one task.
 */
export function nestsDeeperThan(source: string, limit: number): boolean {
  // Nesting needs as many opening brackets: a posting's few dozen are counted with the
  // string search (native), and only a script with more than `limit` is scanned.
  if (fewerThan(source, '{', '[', limit + 1)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** Whether `source` holds fewer than `n` of the characters `a` and `b` together. */
function fewerThan(source: string, a: string, b: string, n: number): boolean {
  let count = 0;
  for (const c of [a, b]) {
    for (let i = source.indexOf(c); i >= 0; i = source.indexOf(c, i + 1)) if (++count >= n) return false;
  }
  return true;
}

/** JSON.parse that drops prototype-polluting keys and tolerates the common breakages. */
export function parseJsonSafely(source: string): unknown {
  const reviver = (key: string, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value);
  try {
    return JSON.parse(source, reviver);
  } catch {
    // CMSs wrap JSON-LD in comments or CDATA, and leave raw newlines and tabs inside strings.
    const repaired = source
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters inside strings are what breaks these scripts
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired, reviver);
    } catch {
      return undefined;
    }
  }
}

function isJobPosting(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:])JobPosting$/i.test(t.trim()));
}

/** Every JobPosting object under `root` (up to `room`), resolving `{"@id": ...}` references. */
function collectJobPostings(root: unknown, room: number): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  let visited = 0;
  const walk = (node: unknown, depth: number) => {
    if (depth > MAX_DEPTH || visited > MAX_NODES || node === null || typeof node !== 'object') return;
    visited++;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const id = obj['@id'];
    if (typeof id === 'string' && Object.keys(obj).length > 1) byId.set(id, obj);
    if (isJobPosting(obj)) {
      if (found.length < room) found.push(obj);
      return;
    }
    for (const key of Object.keys(obj)) walk(obj[key], depth + 1);
  };
  walk(root, 0);
  // A posting may name its employer by reference to another node of the @graph.
  for (const posting of found) {
    const org = posting.hiringOrganization;
    if (org && typeof org === 'object' && !Array.isArray(org)) {
      const ref = (org as Record<string, unknown>)['@id'];
      const target = typeof ref === 'string' ? byId.get(ref) : undefined;
      if (target && Object.keys(org).length === 1) posting.hiringOrganization = target;
    }
  }
  return found;
}

type Parse = (html: string) => Document;

/** The first text in a field (a string, a number, a list, or an object's `name`), a few levels deep at most. */
function firstText(value: unknown, depth = 0): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (depth > 3) return null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) {
      const t = firstText(item, depth + 1);
      if (t) return t;
    }
  }
  const node = asNode(value);
  return node && 'name' in node ? firstText(node.name, depth + 1) : null;
}

function allTexts(value: unknown): string[] {
  return asList(value)
    .slice(0, 50)
    .map((item) => firstText(item))
    .filter((t): t is string => !!t);
}

/** A one-line field: entities decoded (twice-encoded titles exist), tags and spaces collapsed. */
function line(value: string | null, parse: Parse, max = 300): string | null {
  if (!value) return null;
  let s = value;
  for (let i = 0; i < 2; i++) s = decodeEntities(s, parse);
  s = s
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return s ? s.slice(0, max) : null;
}

function locationOf(raw: Node, parse: Parse): string | null {
  const names: string[] = [];
  for (const place of asList(raw.jobLocation).slice(0, 5)) {
    if (typeof place === 'string') {
      names.push(place);
      continue;
    }
    const node = asNode(place);
    const addr = node?.address;
    const addrNode = asNode(addr);
    if (typeof addr === 'string') names.push(addr);
    else if (addrNode) {
      const parts = [
        firstText(addrNode.addressLocality),
        firstText(addrNode.addressRegion),
        firstText(addrNode.addressCountry),
      ];
      const joined = parts.filter(Boolean).join(', ');
      if (joined) names.push(joined);
    } else if (node?.name) names.push(firstText(node.name) ?? '');
  }
  if (firstText(raw.jobLocationType)?.toUpperCase() === 'TELECOMMUTE') {
    const where = firstText(raw.applicantLocationRequirements);
    names.unshift(where ? `Remote (${where})` : 'Remote');
  }
  const unique = [...new Set(names.map((n) => line(n, parse)).filter((n): n is string => !!n))];
  return unique.length > 0 ? unique.join('; ') : null;
}

function toPosting(raw: Node, parse: Parse): JsonLdPosting {
  const org = asList(raw.hiringOrganization)[0];
  const orgNode = asNode(org);
  const company = typeof org === 'string' ? org : (firstText(orgNode?.name) ?? firstText(orgNode?.legalName));
  const industries = [...allTexts(raw.industry), ...allTexts(orgNode?.industry)];
  const description = firstText(raw.description);
  const employerDescription = firstText(orgNode?.description);
  return {
    title: line(firstText(raw.title) ?? firstText(raw.name), parse),
    company: line(company, parse),
    location: locationOf(raw, parse),
    description: description ? textOfHtml(description, parse) : '',
    industry: line([...new Set(industries)].join(', '), parse, 500),
    occupationalCategory: line(allTexts(raw.occupationalCategory).join(', '), parse, 500),
    employerDescription: employerDescription ? textOfHtml(employerDescription, parse) : null,
  };
}

/** Lower case letters and digits only: how titles and companies are compared. */
const squash = (value: unknown) =>
  (firstText(value) ?? '')
    .replace(/<[^>]*>|&[#\w]+;/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Two squashed titles name the same job: equal, or one holds the other and is not much
 * longer ("Registered Nurse" and "Registered Nurse, Nights"); a heading like "Nurse
 * jobs" on a list page must not pick one item of the list.
 */
function containsTitle(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) && short.length >= long.length * 0.6;
}

const pageKey = (url: string) =>
  url
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();

interface Candidate {
  node: Record<string, unknown>;
  title: string;
  url: string | null;
}

function companyOf(node: Record<string, unknown>): unknown {
  const org = node.hiringOrganization;
  const first = Array.isArray(org) ? org[0] : org;
  return first && typeof first === 'object' ? (first as Record<string, unknown>).name : first;
}

/** The page's own posting among several distinct ones: the one at its address, or with its title. */
function ownPosting(distinct: Candidate[], hint: PageHint): Candidate | null {
  const unique = (list: Candidate[]) => (list.length === 1 ? list[0]! : null);
  if (hint.url) {
    const here = pageKey(hint.url);
    const at = unique(distinct.filter((c) => c.url !== null && pageKey(c.url) === here));
    if (at) return at;
  }
  const title = squash(hint.title);
  return title ? unique(distinct.filter((c) => containsTitle(c.title, title))) : null;
}

/**
 * The page's JobPosting: the only one (pages often repeat it), or, when the data holds
 * several, the one the page itself shows (`hint`). Anything else is a list.
 */
export function readJsonLd(
  doc: Document,
  parse: Parse,
  hint: PageHint = { url: null, title: null },
): JsonLdResult {
  const all = Array.from(doc.querySelectorAll('script[type*="ld+json" i]'), (s) => s.textContent ?? '');
  // Scripts naming the page's own title first, so decoys placed before it cannot use up the bounds.
  const title = hint.title?.trim().slice(0, 80) ?? '';
  const scripts = title
    ? [...all.filter((s) => s.includes(title)), ...all.filter((s) => !s.includes(title))]
    : all;
  const distinct = new Map<string, Candidate>();
  let seen = 0;
  let parsedChars = 0;
  let itemLists = 0;
  for (const source of scripts.slice(0, MAX_SCRIPTS)) {
    if (
      source.length > MAX_SCRIPT_CHARS ||
      parsedChars + source.length > MAX_TOTAL_CHARS ||
      !source.includes('JobPosting') ||
      nestsDeeperThan(source, MAX_NESTING)
    ) {
      if (/"ItemList"/.test(source.slice(0, 2000))) itemLists++;
      continue;
    }
    parsedChars += source.length;
    for (const node of collectJobPostings(parseJsonSafely(source), MAX_CANDIDATES - seen)) {
      seen++;
      const candidate = {
        node,
        title: squash(node.title ?? node.name),
        url: typeof node.url === 'string' ? node.url : null,
      };
      const key = `${candidate.title}\n${squash(companyOf(node))}`;
      if (!distinct.has(key)) distinct.set(key, candidate);
    }
    if (seen >= MAX_CANDIDATES) break;
  }
  const candidates = [...distinct.values()];
  const chosen =
    candidates.length === 1 ? candidates[0]! : candidates.length > 1 ? ownPosting(candidates, hint) : null;
  const posting = chosen ? toPosting(chosen.node, parse) : null;
  if (posting) return { kind: 'one', posting };
  if (candidates.length > 1) return { kind: 'many', count: candidates.length };
  return itemLists > 0 ? { kind: 'many', count: 0 } : { kind: 'none' };
}
