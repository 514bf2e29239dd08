// Reads the page in front of the user with the shared core, exactly as the `analyze`
// command reads a saved page.
import { analyzeDocument, type DocumentAnalysis } from '../core/analyze.ts';

const parser = new DOMParser();
// DOMParser documents are inert: no script runs and nothing is fetched.
const parseHtml = (html: string) => parser.parseFromString(html, 'text/html');

export function readPage(generic: boolean): DocumentAnalysis {
  return analyzeDocument(document, location.href, { generic, parseHtml });
}
