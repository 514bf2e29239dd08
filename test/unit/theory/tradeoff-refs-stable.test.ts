// Saved theories name tradeoffs by reference ("theme:access:0"). If the lexicon is
// reordered or a prompt's meaning changes, a user's stored choice would silently point at
// another prompt; this pins every reference to the start of its text. When it fails, add a
// numbered migration that maps the old references, then update tradeoff-refs.json.
import { describe, expect, it } from 'vitest';
import { ALL_TRADEOFFS } from '../../../src/core/theory/tradeoff-refs.ts';
import pinned from './tradeoff-refs.json' with { type: 'json' };

describe('tradeoff references', () => {
  it('still point at the prompts users chose', () => {
    const now = new Map(ALL_TRADEOFFS.map((t) => [t.ref as string, t.text.slice(0, 48)]));
    for (const [ref, start] of Object.entries(pinned)) {
      expect(now.get(ref), `${ref} was saved by users; it must keep its meaning`).toBe(start);
    }
  });

  it('are all pinned, so a new one is pinned on purpose', () => {
    const unpinned = ALL_TRADEOFFS.map((t) => t.ref as string).filter((ref) => !(ref in pinned));
    expect(unpinned).toEqual([]);
  });
});
