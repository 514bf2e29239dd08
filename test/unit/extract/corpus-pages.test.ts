// Reads ../shared/corpus: every saved page must come out as one posting with the
// labelled title and company, and the analyze command's path must call it a posting.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, pagePath, readLabels } from '../../../scripts/corpus.ts';
import { analyzeFile } from '../../../scripts/load-posting.ts';
import { canonicalUrl, parseDocument, parseFragment } from '../../../scripts/node-dom.ts';
import { GENERIC_READER } from '../../../src/core/extract/generic.ts';
import { readPosting } from '../../../src/core/extract/read-posting.ts';
import { urlFacts } from '../../../src/sites/posting-urls.ts';

const squash = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Labels sometimes add a note ("Heidi (Heidi Health)"), boards a suffix ("PaperCut Software"). */
const sameName = (got: string | null, want: string) => {
  const a = squash(got);
  const b = squash(want);
  return a.length > 0 && (a === b || a.includes(b) || b.includes(a));
};

const labels = new Map(readLabels().map((l) => [l.id, l]));
const pages = readdirSync(`${CORPUS_DIR}/pages`)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace('.html', ''))
  .sort();

describe('corpus pages (reads ../shared/corpus)', () => {
  it('has a label for every page', () => {
    expect(pages.length).toBeGreaterThan(90);
    for (const id of pages) expect(labels.has(id), id).toBe(true);
  });

  it.each(pages)('%s reads as a posting with its labelled title and company', (id) => {
    const label = labels.get(id)!;
    const doc = parseDocument(readFileSync(pagePath(id), 'utf8'));
    const { posting } = readPosting(doc, canonicalUrl(doc), {
      urlFacts,
      generic: GENERIC_READER,
      parseHtml: parseFragment,
    });
    expect(posting).not.toBeNull();
    expect(sameName(posting?.title ?? null, label.title), `title ${posting?.title} vs ${label.title}`).toBe(
      true,
    );
    expect(
      sameName(posting?.company ?? null, label.company),
      `company ${posting?.company} vs ${label.company}`,
    ).toBe(true);
    // every labelled claim must survive extraction, or it can never be found
    const text = posting?.description.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ') ?? '';
    for (const claim of label.claims) {
      expect(text, claim.quote).toContain(
        claim.quote
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      );
    }
    // paragraph structure survives (one short posting in the corpus is a single paragraph)
    if ((posting?.description.length ?? 0) > 1000) expect(posting?.description).toMatch(/\n\n/);
  });

  it('the analyze command path calls every page a posting', async () => {
    for (const id of pages) {
      const { analysis } = await analyzeFile(pagePath(id));
      expect(analysis.isJobPosting, id).toBe(true);
      expect(analysis.title, id).toBeTruthy();
      expect(analysis.company, id).toBeTruthy();
    }
  });
});
