// Reads the page in front of the user with the shared core, exactly as the `analyze`
// command reads a saved page. The posting goes to the worker, which analyses it.
import { type ReadOptions, type ReadResult, readPosting } from '../core/extract/read-posting.ts';
import { injectedGenericReader } from './generic-key.ts';

let parser: DOMParser | null = null;
// DOMParser documents are inert: no script runs and nothing is fetched.
const parseHtml = (html: string) => {
  parser ??= new DOMParser();
  return parser.parseFromString(html, 'text/html');
};

export function readPage(url: string, generic: boolean, urlFacts: ReadOptions['urlFacts']): ReadResult {
  // The generic reader is there only if the popup injected it along with the request.
  return readPosting(document, url, { generic: generic && injectedGenericReader(), parseHtml, urlFacts });
}
