// A saved posting and an entry built from real analysis of a demo posting, for the list tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, parseFragment } from '../../../scripts/node-dom.ts';
import { analyzeDocument } from '../../../src/core/analyze.ts';
import { GENERIC_READER } from '../../../src/core/extract/generic.ts';
import { withPosting } from '../../../src/core/list/entry-edits.ts';
import type { Entry, SavedPosting } from '../../../src/core/list/list-types.ts';

const ROOT = join(import.meta.dirname, '../../..');
const URL = 'https://www.linkedin.com/jobs/view/4100000001/';

export function demoPosting(url = URL, savedAt = 1_760_000_000_000): SavedPosting {
  const html = readFileSync(join(ROOT, 'demo/postings/harborline-rn-care-manager.html'), 'utf8');
  const { analysis } = analyzeDocument(parseDocument(html), url, {
    generic: GENERIC_READER,
    parseHtml: parseFragment,
  });
  return { url, title: analysis.title, board: analysis.board, savedAt, analysis, comparison: null };
}

export function demoEntry(name = 'Harborline Community Health Plan', at = 1_760_000_000_000): Entry {
  return withPosting(null, name, demoPosting(URL, at), at);
}
