// PLACEHOLDER until the extraction work lands: reads JSON-LD only.
import type { Board, Posting } from '../types.ts';

export interface ReadOptions {
  /** Allow the generic career-page reader (used on request, and by the `analyze` command). */
  generic: boolean;
  /** Parses an HTML fragment into an inert document (DOMParser in a browser, linkedom in Node). */
  parseHtml: (html: string) => Document;
}

export interface ReadResult {
  board: Board;
  posting: Posting | null;
}

export function readPosting(_doc: Document, _url: string | null, _options: ReadOptions): ReadResult {
  return { board: 'unknown', posting: null };
}
