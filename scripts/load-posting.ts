// Reads one saved page or text file into an analysis, exactly as the contract says.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  analyzeDocument,
  analyzePosting,
  type DocumentAnalysis,
  postingFromText,
} from '../src/core/analyze.ts';
import { GENERIC_READER } from '../src/core/extract/generic.ts';
import { canonicalUrl, parseDocument, parseFragment } from './node-dom.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export async function analyzeFile(file: string): Promise<DocumentAnalysis> {
  const raw = await readFile(file);
  if (raw.includes(0)) throw new Error('not a text file (binary content)');
  const content = raw.toString('utf8');
  const ext = extname(file).toLowerCase();
  const looksHtml = HTML_EXTENSIONS.has(ext) || (!TEXT_EXTENSIONS.has(ext) && /^\s*</.test(content));
  if (!looksHtml) {
    if (!content.trim()) throw new Error('empty file');
    const posting = postingFromText(content);
    return { posting, analysis: analyzePosting(posting) };
  }
  if (!/<[a-z!]/i.test(content)) throw new Error('not an HTML page (no markup found)');
  const doc = parseDocument(content);
  return analyzeDocument(doc, canonicalUrl(doc), { generic: GENERIC_READER, parseHtml: parseFragment });
}
