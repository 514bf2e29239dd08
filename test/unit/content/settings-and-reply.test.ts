// Stored settings and the background's reply are untrusted shapes: anything odd reads
// as the safe default.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { parseHiddenSites, siteKey } = await import('../../../src/shared/site-settings.ts');
const { viewFromReply } = await import('../../../src/content/reply.ts');
const { pageViewOf } = await import('../../../src/shared/page-view.ts');
const { notAPosting } = await import('../../../src/core/analyze.ts');

describe('hiddenSites', () => {
  it('keeps a valid list and drops anything else', () => {
    expect(parseHiddenSites(['linkedin.com', 'indeed.com'])).toEqual(['linkedin.com', 'indeed.com']);
    expect(parseHiddenSites('linkedin.com')).toEqual([]);
    expect(parseHiddenSites([1, 2])).toEqual([]);
    expect(parseHiddenSites(undefined)).toEqual([]);
    expect(parseHiddenSites(['x'.repeat(300)])).toEqual([]);
  });

  it('names a site by its host without www', () => {
    expect(siteKey('https://www.linkedin.com/jobs/view/1/')).toBe('linkedin.com');
    expect(siteKey('https://uk.indeed.com/viewjob?jk=1')).toBe('uk.indeed.com');
    expect(siteKey('not a url')).toBe('');
  });
});

describe('reply to page-report', () => {
  const view = pageViewOf(notAPosting('linkedin'));

  it('reads what the page draws, and nothing of a comparison an older worker still sent', () => {
    const comparison = { overall: 'mixed', summary: 'Two themes fit.', items: [] };
    const read = viewFromReply({ ok: true, view, comparison });
    expect(read).toEqual(view);
    expect(JSON.stringify(read)).not.toContain('Two themes fit');
  });

  it('keeps only what the page draws of a claim', () => {
    const claim = { text: 'We care.', start: 0, end: 8, theme: 'access', specificity: 'vague' };
    const read = viewFromReply({ ok: true, view: { ...view, claims: [{ ...claim, reasons: ['x'] }] } });
    expect(read?.claims).toEqual([claim]);
  });

  it('reads no answer from a missing or malformed view', () => {
    expect(viewFromReply({ ok: true })).toBeNull();
    expect(viewFromReply({ ok: true, view: { ...view, claims: 'none' } })).toBeNull();
    expect(
      viewFromReply({
        ok: true,
        view: { ...view, claims: [{ text: 'x', start: -1, end: 1, theme: 'access', specificity: 'vague' }] },
      }),
    ).toBeNull();
    // Offsets are whole numbers: a fraction or an unsafe integer is no offset into a text.
    for (const end of [1.5, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY])
      expect(
        viewFromReply({
          ok: true,
          view: { ...view, claims: [{ text: 'x', start: 0, end, theme: 'access', specificity: 'vague' }] },
        }),
        String(end),
      ).toBeNull();
    expect(viewFromReply(undefined)).toBeNull();
  });
});
