// The one-pass purpose check must say yes exactly when one of the purpose cues does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabels, textPath } from '../../../scripts/corpus.ts';
import { postingFromText } from '../../../src/core/analyze.ts';
import { alternativesOf, anyOf } from '../../../src/core/claims/any-of.ts';
import { segmentDescription } from '../../../src/core/claims/segment.ts';
import { NEGATIVE_CUES, PURPOSE_CUES } from '../../../src/core/lexicon/claims-cues.ts';

describe('alternativesOf', () => {
  it('splits at top-level bars only', () => {
    expect(alternativesOf('a|b(c|d)|[|x]|\\|e')).toEqual(['a', 'b(c|d)', '[|x]', '\\|e']);
  });
});

describe('anyOf', () => {
  it('agrees with the purpose and negative cues one by one on every corpus sentence', () => {
    const purpose = anyOf(PURPOSE_CUES.map((c) => c.pattern));
    const caseless = NEGATIVE_CUES.filter((c) => c.pattern.flags === 'i');
    const negative = anyOf(caseless.map((c) => c.pattern));
    expect(purpose).not.toBeNull();
    expect(negative).not.toBeNull();
    for (const label of readLabels()) {
      const { description } = postingFromText(readFileSync(textPath(label.id), 'utf8'));
      for (const { text } of segmentDescription(description)) {
        expect(purpose!.test(text), text).toBe(PURPOSE_CUES.some((c) => c.pattern.test(text)));
        expect(negative!.test(text), text).toBe(caseless.some((c) => c.pattern.test(text)));
      }
    }
  });

  it('keeps alternatives that do not start at a word boundary', () => {
    const re = anyOf([/\bcat\b|\?$/i, /\bdog/i]);
    expect(re?.test('Is it?')).toBe(true);
    expect(re?.test('hotdog')).toBe(false);
    expect(re?.test('a Dog')).toBe(true);
  });

  it('refuses patterns whose flags differ or that refer back to a group', () => {
    expect(anyOf([/a/i, /b/])).toBeNull();
    expect(anyOf([/(a)\1/i])).toBeNull();
    expect(anyOf([])).toBeNull();
  });
});
