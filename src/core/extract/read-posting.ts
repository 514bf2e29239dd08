// Reads the one job posting a page shows, or decides that it shows none. Sources, best
// first: the page's schema.org JobPosting JSON-LD, the board adapter's selectors (which
// also fill what JSON-LD lacked), and on request a generic career-page reader.
import { ADAPTERS, adapterFor, adapterForDocument } from '../../sites/adapters.ts';
import type { UrlFacts } from '../../sites/posting-urls.ts';
import type { SiteAdapter } from '../../sites/types.ts';
import type { Board, Posting, PostingSource } from '../types.ts';
import { anyMatches, readWithAdapter } from './adapter-read.ts';
import type { GenericReader } from './generic.ts';
import { type JsonLdPosting, readJsonLd } from './json-ld.ts';

export interface ReadOptions {
  /**
   * The generic career-page reader, where it is allowed (on request in the browser, and
   * always in the `analyze` command), else false. Passed in rather than imported: the
   * content script loads it only when the user asks (src/content/generic-reader.ts).
   */
  generic: GenericReader | false;
  /** Parses an HTML fragment into an inert document (DOMParser in a browser, linkedom in Node). */
  parseHtml: (html: string) => Document;
  /**
   * The URL table's answer for an address (sites/posting-urls.ts `urlFacts`). Passed in:
   * the page layer uses the boot script's table rather than shipping a copy of its own.
   */
  urlFacts: (url: string | null) => UrlFacts;
}

export interface ReadResult {
  board: Board;
  posting: Posting | null;
}

/** Shorter than this, a "description" is a teaser or a page still loading, not a posting. */
export const MIN_DESCRIPTION_CHARS = 150;

const squash = (s: string | null) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Two titles name the same job when one contains the other once punctuation is gone. */
function sameTitle(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

interface Fields {
  title: string | null;
  company: string | null;
  location: string | null;
  description: string;
}

/** Fills the gaps of `base` from `extra`; a much fuller description replaces a teaser. */
function fill<T extends Fields>(base: T, extra: Fields | null): T {
  if (!extra) return base;
  const description =
    extra.description.length > Math.max(base.description.length * 1.5, base.description.length + 200)
      ? extra.description
      : base.description || extra.description;
  return {
    ...base,
    title: base.title ?? extra.title,
    company: base.company ?? extra.company,
    location: base.location ?? extra.location,
    description,
  };
}

const FINGERPRINTS = ADAPTERS.flatMap((a) => (a.fingerprint ? [a.fingerprint] : []));

/** The board a saved page without a URL came from; one query when it is none of them. */
function adapterOfDocument(doc: Document): SiteAdapter | null {
  return anyMatches(doc, FINGERPRINTS) ? adapterForDocument(doc) : null;
}

export function readPosting(doc: Document, url: string | null, options: ReadOptions): ReadResult {
  const facts = options.urlFacts(url);
  let adapter: SiteAdapter | null = adapterFor(facts);
  let board: Board = facts.board;
  // A known board's feed, home, company or search page without a selected job: no DOM work.
  if (adapter && url && !facts.posting) return { board, posting: null };
  // Any other site is read only when asked.
  if (!adapter && url && !options.generic) return { board, posting: null };
  if (!adapter && options.generic) {
    adapter = adapterOfDocument(doc);
    if (adapter) board = adapter.board;
  }

  const byAdapter = adapter ? readWithAdapter(doc, adapter) : null;
  // The title the page shows tells its own posting from others in the same data.
  const shownTitle = byAdapter?.title ?? doc.querySelector('h1')?.textContent?.trim() ?? null;
  const ld = readJsonLd(doc, options.parseHtml, { url, title: shownTitle || null });
  // Several postings in the page's data, none of them the one shown: a list, unless a
  // board pane shows the selected one.
  if (ld.kind === 'many' && !adapter?.root) return { board, posting: null };

  let fromLd: JsonLdPosting | null = ld.kind === 'one' ? ld.posting : null;
  // Single-page boards keep the first job's JSON-LD while the pane moves on to another job.
  if (fromLd?.title && byAdapter?.title && !sameTitle(fromLd.title, byAdapter.title)) fromLd = null;

  let source: PostingSource | null = null;
  let fields: Fields & Pick<Posting, 'industry' | 'occupationalCategory' | 'employerDescription'> = {
    title: null,
    company: null,
    location: null,
    description: '',
    industry: null,
    occupationalCategory: null,
    employerDescription: null,
  };
  if (fromLd && (fromLd.description || fromLd.title)) {
    fields = { ...fromLd };
    source = 'json-ld';
  }
  if (byAdapter && (byAdapter.description || byAdapter.title)) {
    fields = fill(fields, byAdapter);
    source ??= 'adapter';
  }
  if (options.generic && fields.description.length < MIN_DESCRIPTION_CHARS) {
    const generic = fromLd ? null : options.generic.readGeneric(doc);
    if (generic) {
      fields = fill(fields, generic);
      source ??= 'generic';
    } else if (fromLd) {
      // JSON-LD without a description (or a teaser): the page's own description block.
      fields = fill(fields, {
        title: null,
        company: null,
        location: null,
        description: options.generic.readGenericDescription(doc),
      });
    }
  }

  if (!source || fields.description.length < MIN_DESCRIPTION_CHARS || !(fields.title || fields.company)) {
    return { board, posting: null };
  }
  if (board === 'unknown') board = 'career-site';
  return {
    board,
    posting: {
      title: fields.title,
      company: fields.company,
      location: fields.location,
      description: fields.description,
      board,
      url,
      source,
      industry: fields.industry,
      occupationalCategory: fields.occupationalCategory,
      employerDescription: fields.employerDescription,
    },
  };
}
