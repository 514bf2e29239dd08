// Stored settings and the background's reply are untrusted shapes: anything odd reads
// as the safe default.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { parseHiddenSites, siteKey } = await import('../../../src/shared/site-settings.ts');
const { comparisonFromReply } = await import('../../../src/content/reply.ts');

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
  const comparison = {
    overall: 'mixed',
    summary: 'Two themes fit; one is in tension.',
    items: [
      { kind: 'theme', key: 'equity', verdict: 'aligned', reason: 'You care about equity.', redLine: false },
    ],
  };

  it('reads the comparison when there is one', () => {
    expect(comparisonFromReply({ ok: true, comparison })).toEqual(comparison);
  });

  it('keeps the sentence a verdict quotes, so the card can say it is another claim', () => {
    const quoted = {
      ...comparison,
      items: [{ ...comparison.items[0], quotes: 'We serve 12,400 members across the valley.' }],
    };
    expect(comparisonFromReply({ ok: true, comparison: quoted })).toEqual(quoted);
  });

  it('reads null from an older worker, a null comparison or a malformed one', () => {
    expect(comparisonFromReply({ ok: true })).toBeNull();
    expect(comparisonFromReply({ ok: true, comparison: null })).toBeNull();
    expect(comparisonFromReply({ ok: true, comparison: { ...comparison, overall: 'great' } })).toBeNull();
    expect(comparisonFromReply(undefined)).toBeNull();
  });
});
