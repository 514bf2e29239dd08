// compiledNow runs a regex once on a long subject (so V8 compiles it to machine code at
// once): the regex that comes back is the same one, in the same state, matching the same.
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../../src/core/claims/any-of.ts';
import { compileTerms } from '../../../src/core/classify/term-matcher.ts';
import { compiledNow } from '../../../src/core/native-regex.ts';

describe('compiledNow', () => {
  it('hands back the same regex with its search position at the start', () => {
    const spaces = / +/g;
    expect(compiledNow(spaces)).toBe(spaces);
    expect(spaces.lastIndex).toBe(0);
    expect('a b'.replace(spaces, '_')).toBe('a_b');
    const sticky = /\s/y;
    compiledNow(sticky);
    expect(sticky.lastIndex).toBe(0);
    expect(sticky.test(' x')).toBe(true);
  });

  it('leaves what the combined patterns and term scans find unchanged', () => {
    const any = anyOf([/\bmission\b/i, /\bimprove (?:access|outcomes)\b/i]);
    expect(any?.test('We improve access to care')).toBe(true);
    expect(any?.test('We sell shoes')).toBe(false);
    const matcher = compileTerms([{ label: 'patients', patterns: ['patients?'], weight: 1, segment: null }]);
    expect(matcher.scan('Patients first, then more patients.').map((h) => h.text)).toEqual([
      'Patients',
      'patients',
    ]);
  });
});
