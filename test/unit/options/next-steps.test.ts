// Where the wizard sends the user next must be a page Mission Lens reads: the demo
// posting is in the demo board's catalog at its board address, and the job boards'
// searches are covered by the content script's match patterns.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_POSTING, JOB_BOARDS } from '../../../src/options/next-steps.ts';
import { CONTENT_SCRIPT_MATCHES } from '../../../src/sites/hosts.ts';
import { matches } from '../../e2e-shared/board-fixtures.ts';

const CATALOG: {
  url: string;
  title: string;
  company: string;
  healthcare: boolean | null;
  isPosting: boolean;
}[] = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '../../..'), 'demo/catalog.json'), 'utf8'));

describe('the next step after the wizard', () => {
  it('the demo posting is a healthcare posting of the demo board, at an address the content script reads', () => {
    const entry = CATALOG.find((e) => e.url === DEMO_POSTING.url);
    expect(entry).toMatchObject({
      title: DEMO_POSTING.title,
      company: DEMO_POSTING.company,
      healthcare: true,
      isPosting: true,
    });
    expect(CONTENT_SCRIPT_MATCHES.some((p) => matches(p, DEMO_POSTING.url))).toBe(true);
  });

  it('each job board’s healthcare search is a page the content script runs on', () => {
    for (const board of JOB_BOARDS)
      expect(
        CONTENT_SCRIPT_MATCHES.some((p) => matches(p, board.url)),
        board.url,
      ).toBe(true);
  });
});
